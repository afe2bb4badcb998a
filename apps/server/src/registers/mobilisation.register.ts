import { prestigiousPersonContract, preventionModelContract } from '@pcmt/contracts';
import { prestigiousPersonRoutes } from '../http/routes/prestigious-persons.routes.ts';
import { preventionModelRoutes } from '../http/routes/prevention-models.routes.ts';
import type { Actor } from '../modules/access/actor.ts';
import { modelDemo, prestigeDemo } from '../modules/mobilisation/mobilisation.demo.ts';
import { createPrestigiousPersonService } from '../modules/mobilisation/prestigious-person.service.ts';
import { createPreventionModelService } from '../modules/mobilisation/prevention-model.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

// The matrix's officers are PC04's, who only read these registers: the records are written by the same
// officers acting as their commune's committee (the role that keeps them), in the same jurisdictions.
const asCommittee = (a: Actor): Actor => ({ ...a, roles: ['commune_committee'] });

const person = (fullName: string, unitId: string) => ({
  fullName,
  role: 'village_elder' as const,
  ethnicity: '12',
  unitId,
  village: 'Làng Plei Đôn',
  phone: '0987654321',
});
const model = (name: string, unitId: string) => ({
  name,
  kind: 'drug_free_village' as const,
  unitId,
  startedOn: '2025-09-01',
  hostAgency: 'Ban Công tác Mặt trận thôn',
  membersCount: 12,
});

export const prestigiousPersonRegister = defineRegister({
  key: 'prestigiousPersons',
  contract: prestigiousPersonContract,
  createService: ({ db }) => createPrestigiousPersonService(db),
  routes: prestigiousPersonRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(asCommittee(actorIn), person('A Ma trận Trong', here))).id,
      out: (await service.create(asCommittee(actorOut), person('A Ma trận Ngoài', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/prestigious-persons': ({ here }) => person('A Ma trận Mới', here),
      'PUT /api/v1/prestigious-persons/:id': async ({ record, current }) => {
        const p = await current(record!);
        return { ...person(p.fullName as string, (p.unit as { id: string }).id), version: p.version };
      },
      'POST /api/v1/prestigious-persons/:id/transitions': async ({ record, current }) => {
        const p = await current(record!);
        const to = p.status === 'inactive' ? 'active' : 'inactive';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: p.version };
      },
      'POST /api/v1/prestigious-persons/:id/engagements': async ({ record, current }) => {
        const p = await current(record!);
        // An inactive person records nothing from the day they left: date the sample before it then.
        const on = p.status === 'inactive' ? '2025-10-01' : todayInVietnam();
        return { on, kind: 'propaganda', content: 'Tuyên truyền tại nhà rông theo ma trận' };
      },
    },
  },
  demo: prestigeDemo,
});

export const preventionModelRegister = defineRegister({
  key: 'preventionModels',
  contract: preventionModelContract,
  createService: ({ db }) => createPreventionModelService(db),
  routes: preventionModelRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(asCommittee(actorIn), model('Thôn ma trận (trong)', here))).id,
      out: (await service.create(asCommittee(actorOut), model('Thôn ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/models': ({ here }) => model('Thôn ma trận mới', here),
      'PUT /api/v1/models/:id': async ({ record, current }) => {
        const m = await current(record!);
        return { ...model(m.name as string, (m.unit as { id: string }).id), version: m.version };
      },
      // Active ↔ paused, so the record never reaches the final status between callers.
      'POST /api/v1/models/:id/transitions': async ({ record, current }) => {
        const m = await current(record!);
        const to = m.status === 'paused' ? 'active' : 'paused';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: m.version };
      },
      'POST /api/v1/models/:id/results': () => ({
        on: todayInVietnam(),
        content: 'Sinh hoạt định kỳ theo ma trận',
        eventsHeld: 1,
        participants: 20,
      }),
    },
  },
  demo: modelDemo,
});

/** Prevention and mobilisation registers (issue 11 item 6, second part). */
export const mobilisationRegisters = [prestigiousPersonRegister, preventionModelRegister] as const;

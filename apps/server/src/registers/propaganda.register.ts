import { massEventContract, propagandaContract } from '@pcmt/contracts';
import { massEventRoutes } from '../http/routes/mass-events.routes.ts';
import { propagandaRoutes } from '../http/routes/propaganda.routes.ts';
import { createMassEventService } from '../modules/propaganda/mass-event.service.ts';
import { massEventDemo, propagandaDemo } from '../modules/propaganda/propaganda.demo.ts';
import { createPropagandaService } from '../modules/propaganda/propaganda.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const session = (title: string, unitId: string) => ({
  title,
  dateFrom: todayInVietnam(),
  organizer: 'Công an phường (ma trận)',
  unitId,
  forms: ['community' as const],
  targetGroups: ['youth' as const],
  participants: 40,
  languages: ['01'],
  topics: ['harms' as const],
});
const event = (title: string, unitId: string) => ({
  title,
  kind: 'festival' as const,
  on: todayInVietnam(),
  organizer: 'UBND phường (ma trận)',
  unitId,
  participants: 100,
});
/** The next allowed move from wherever earlier callers left the record (planned ↔ cancelled, never held). */
const nextMove = (r: Record<string, unknown>) => ({
  to: r.status === 'cancelled' ? 'planned' : 'cancelled',
  on: todayInVietnam(),
  reason: 'Chuyển trạng thái theo ma trận',
  version: r.version,
});

/** Propaganda sessions on drug prevention (issue 11 item 6). */
export const propagandaRegister = defineRegister({
  key: 'propaganda',
  contract: propagandaContract,
  createService: ({ db }) => createPropagandaService(db),
  routes: propagandaRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    // Planned ones, so the transition sample can move them back and forth.
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (
        await service.create(actorIn, { ...session('Tuyên truyền ma trận (trong)', here), status: 'planned' })
      ).id,
      out: (
        await service.create(actorOut, {
          ...session('Tuyên truyền ma trận (ngoài)', there),
          status: 'planned',
        })
      ).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/propaganda': ({ here }) => session('Tuyên truyền mới ma trận', here),
      'PUT /api/v1/propaganda/:id': async ({ record, current }) => {
        const p = await current(record!);
        return { ...session(p.title as string, (p.unit as { id: string }).id), version: p.version };
      },
      'POST /api/v1/propaganda/:id/transitions': async ({ record, current }) =>
        nextMove(await current(record!)),
    },
  },
  demo: propagandaDemo,
});

/** Mass-movement events: ngày hội, mít tinh, phát động phong trào (issue 11 item 6). */
export const massEventRegister = defineRegister({
  key: 'massEvents',
  contract: massEventContract,
  createService: ({ db }) => createMassEventService(db),
  routes: massEventRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, { ...event('Ngày hội ma trận (trong)', here), status: 'planned' }))
        .id,
      out: (
        await service.create(actorOut, { ...event('Ngày hội ma trận (ngoài)', there), status: 'planned' })
      ).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/mass-events': ({ here }) => event('Ngày hội mới ma trận', here),
      'PUT /api/v1/mass-events/:id': async ({ record, current }) => {
        const e = await current(record!);
        return { ...event(e.title as string, (e.unit as { id: string }).id), version: e.version };
      },
      'POST /api/v1/mass-events/:id/transitions': async ({ record, current }) =>
        nextMove(await current(record!)),
    },
  },
  demo: massEventDemo,
});

export const propagandaRegisters = [propagandaRegister, massEventRegister] as const;

import { measureContract, personContract } from '@pcmt/contracts';
import { addDays } from '@pcmt/domain';
import { measureRoutes, personRoutes } from '../http/routes/persons.routes.ts';
import type { Actor } from '../modules/access/actor.ts';
import { hotspotForMatrix } from '../modules/persons/hotspot-person.repository.ts';
import { personDemo } from '../modules/persons/person.demo.ts';
import { createPersonModule, type PersonModule } from '../modules/persons/person.module.ts';
import { unmergeForMatrix } from '../modules/persons/person.repository.ts';
import { reopenMeasureForMatrix } from '../modules/persons/person-history.repository.ts';
import { pendingTransferForMatrix } from '../modules/persons/person-transfer.repository.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister, type MatrixWorld, type RegisterDeps } from './register.ts';
import { ringRegister } from './rings.register.ts';

const build = ({ db, keyring }: RegisterDeps) => createPersonModule(db, { keyring });

const samplePerson = (fullName: string, unitId: string) => ({
  fullName,
  birthDate: '1990-05-01',
  sex: 'male' as const,
  unitId,
  residenceAddress: 'Tổ 2',
  // Matrix persons share a birth date; each is a different (fictitious) person.
  confirmDuplicates: true,
});

/** Whichever matrix officer can read the record (PC04 reads everywhere; kept symmetric with the others). */
const readAs = async (m: PersonModule, { actorIn, actorOut }: MatrixWorld, id: string) =>
  (await m.persons.readable(actorIn, id)) ? actorIn : actorOut;

/** A person under user management (a positive test, then a decided and running measure). */
async function managedPerson(m: PersonModule, actor: Actor, unitId: string, name: string) {
  const today = todayInVietnam();
  const p = await m.persons.create(actor, samplePerson(name, unitId));
  await m.measures.addTest(actor, p.id, {
    testedOn: addDays(today, -40),
    method: 'rapid_urine',
    result: 'positive',
  });
  return m.measures.createMeasure(actor, p.id, {
    type: 'user_management',
    status: 'in_progress',
    decisionNumber: `QĐ ma trận ${name}`,
    decisionDate: addDays(today, -30),
    decider: 'Chủ tịch UBND phường',
    startOn: addDays(today, -30),
  });
}

/** Persons (người sử dụng trái phép, người nghiện, đối tượng): `/api/v1/persons`. */
export const personRegister = defineRegister({
  key: 'persons',
  contract: personContract,
  createService: build,
  routes: personRoutes,
  readable: (m, actor, id) => m.persons.readable(actor, id),
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => ({
      in: (await m.persons.create(actorIn, samplePerson('Người mẫu ma trận (trong)', here))).id,
      out: (await m.persons.create(actorOut, samplePerson('Người mẫu ma trận (ngoài)', there))).id,
    }),
    // `merge:<id>`: the record taken out of an earlier merge (fixture) with a fresh record to merge it into;
    // `transfer:<id>`: with a pending hand-over notice; `hotspot:<id>`: with a new hotspot of Phường Kon Tum to
    // link; `linked:<id>`: with a hotspot linked to it.
    current: async (m, world, key) => {
      const [kind, rest] = key.includes(':') ? key.split(':') : [null, key];
      if (kind === 'transfer') {
        await pendingTransferForMatrix(world.db, rest!);
        return m.persons.get(await readAs(m, world, rest!), rest!);
      }
      if (kind === 'hotspot' || kind === 'linked') {
        const hotspotId = await hotspotForMatrix(world.db, world.here, world.actorIn.agencyId);
        const p = await m.persons.get(await readAs(m, world, rest!), rest!);
        if (kind === 'hotspot') return { ...p, hotspotId };
        const linked = await m.persons.linkHotspot(world.actorIn, rest!, { hotspotId, version: p.version });
        return { ...linked, hotspotId };
      }
      if (!key.startsWith('merge:')) return m.persons.get(await readAs(m, world, key), key);
      const id = key.slice('merge:'.length);
      await unmergeForMatrix(world.db, id);
      const into = await m.persons.create(
        world.actorIn,
        samplePerson('Người mẫu ma trận (giữ lại)', world.here),
      );
      return { ...(await m.persons.get(await readAs(m, world, id), id)), intoId: into.id };
    },
    samples: {
      'POST /api/v1/persons': ({ here }) => samplePerson('Người mẫu ma trận mới', here),
      'PUT /api/v1/persons/:id': async ({ record, current }) => {
        const p = await current(record!);
        return {
          fullName: p.fullName,
          birthDate: p.birthDate,
          sex: p.sex,
          unitId: (p.unit as { id: string }).id,
          residenceAddress: 'Tổ 3',
          version: p.version,
        };
      },
      'POST /api/v1/persons/:id/sealed': () => ({ reason: 'Đối chiếu hồ sơ theo ma trận quyền' }),
      'POST /api/v1/persons/reconciliation': () => ({
        reason: 'Đối chiếu với CSDL quốc gia về dân cư',
        cccds: ['062090123456'],
      }),
      // Closed on the same day, so every caller can record it again.
      'POST /api/v1/persons/:id/statuses': () => {
        const today = todayInVietnam();
        return { status: 'suspect', fromOn: today, toOn: today, basis: 'Ma trận quyền' };
      },
      'POST /api/v1/persons/:id/tests': () => ({
        testedOn: todayInVietnam(),
        method: 'rapid_urine',
        result: 'negative',
      }),
      'POST /api/v1/persons/:id/determinations': () => ({
        determinedOn: todayInVietnam(),
        trigger: 'voluntary',
        performedBy: 'Trạm y tế phường',
        result: 'not_addicted',
      }),
      'POST /api/v1/persons/:id/measures': () => ({ type: 'commune_education' }),
      'POST /api/v1/persons/export': () => ({ reason: 'Báo cáo định kỳ theo ma trận quyền' }),
      'POST /api/v1/persons/:id/transfer/acknowledge': async ({ record, current }) => {
        const p = await current(`transfer:${record}`);
        return { version: (p.pendingTransfer as { version: number }).version };
      },
      'POST /api/v1/persons/:id/hotspots': async ({ record, current }) => {
        const p = await current(`hotspot:${record}`);
        return { hotspotId: p.hotspotId, role: 'Người bán lẻ', version: p.version };
      },
      'POST /api/v1/persons/:id/hotspots/remove': async ({ record, current }) => {
        const p = await current(`linked:${record}`);
        return { hotspotId: p.hotspotId, version: p.version };
      },
      'POST /api/v1/persons/:id/merge': async ({ record, current }) => {
        const p = await current(`merge:${record}`);
        return { intoId: p.intoId, reason: 'Hai hồ sơ là một người', version: p.version };
      },
    },
  },
  demo: (m, world) => personDemo(m, world),
});

/** A person's measure (`/api/v1/measures/:id`): its moves, reviews and early end. No files of its own. */
export const measureRegister = defineRegister({
  key: 'personMeasures',
  contract: measureContract,
  createService: build,
  routes: (m) => measureRoutes(m),
  readable: async () => false,
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => ({
      in: (await managedPerson(m, actorIn, here, 'Người mẫu biện pháp (trong)')).id,
      out: (await managedPerson(m, actorOut, there, 'Người mẫu biện pháp (ngoài)')).id,
    }),
    // `running:<id>`: the measure put back in progress first (fixture), for a route that ends it.
    current: async (m, world, key) => {
      const [, reopen] = key.split(':').length === 2 ? key.split(':') : [null, null];
      const id = reopen ?? key;
      if (reopen) await reopenMeasureForMatrix(world.db, id);
      return m.measures.getMeasure(world.actorIn, id);
    },
    samples: {
      // Suspend and resume in turn: every caller has a move to make.
      'POST /api/v1/measures/:id/transitions': async ({ record, current }) => {
        const x = await current(record!);
        return {
          to: x.status === 'suspended' ? 'in_progress' : 'suspended',
          on: todayInVietnam(),
          reason: 'Ma trận quyền',
          version: x.version,
        };
      },
      'POST /api/v1/measures/:id/reviews': async ({ record, current }) => {
        const x = await current(record!);
        return { reviewedOn: todayInVietnam(), outcome: 'Chấp hành tốt', version: x.version };
      },
      'POST /api/v1/measures/:id/early-end': async ({ record, current }) => {
        const x = await current(`running:${record}`);
        return { endReason: 'moved', on: todayInVietnam(), reason: 'Chuyển nơi cư trú', version: x.version };
      },
    },
  },
});

export const personRegisters = [personRegister, measureRegister, ringRegister] as const;

import {
  communeClassificationContract,
  communeIndicatorContract,
  communePageContract,
  keyAreaContract,
} from '@pcmt/contracts';
import {
  classificationRoutes,
  communeIndicatorRoutes,
  communePageRoutes,
  keyAreaRoutes,
} from '../http/routes/areas.routes.ts';
import { communeOfScopeEndingOn } from '../modules/key-areas/commune.repository.ts';
import { keyAreaDemo } from '../modules/key-areas/key-area.demo.ts';
import { createKeyAreaModule, type KeyAreaModule } from '../modules/key-areas/key-area.module.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister, type MatrixWorld, type RegisterDeps } from './register.ts';

/** Figures that both rule sets put in loại I (so a designation can rest on them). */
const keyFigures = {
  population: 10_000,
  personsWithRecords: 100,
  addicts: 120,
  drugUseVenueCount: 3,
  arrestedOffenders: 20,
  plantCount: 0,
  plantAreaM2: 0,
  onKeyRoute: false,
};
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
// Each matrix call that records figures needs a period of its own (one set per commune and period start).
let samplePeriods = 0;

/** The matrix's in-scope commune of 30/6/2025: one that merged into `here` (in its officers' scope). */
const predecessorOfHere = async (world: MatrixWorld) =>
  (await communeOfScopeEndingOn(world.db, world.actorIn.agencyId, '2025-06-30'))!;

/** A designation resting on a fresh loại I classification of `unitId` on `on` (figures recorded first). */
async function designate(m: KeyAreaModule, actor: MatrixWorld['actorIn'], unitId: string, on: string) {
  await m.indicators.create(actor, { unitId, periodFrom: on, periodTo: on, ...keyFigures });
  const [basis] = await m.classifications.run(actor, { on, unitId });
  return m.areas.create(actor, {
    basisClassificationId: basis!.id,
    decisionNumber: `QĐ ma trận ${on}`,
    decisionDate: on,
    decisionIssuer: 'UBND tỉnh',
  });
}

const build = ({ db, units }: RegisterDeps) => createKeyAreaModule(db, { units });
// Recorded figures, classifications and the commune page carry no files (their source is their note):
// attachments ask `readable` and get "no such record".
const noFiles = async () => false;

/** Key areas (địa bàn trọng điểm, phức tạp): designation by decision, correction, removal; views of a date. */
export const keyAreaRegister = defineRegister({
  key: 'keyAreas',
  contract: keyAreaContract,
  createService: build,
  routes: keyAreaRoutes,
  readable: (m, actor, id) => m.areas.readable(actor, id),
  matrix: {
    // In scope: a ward of 30/6/2025 that merged into `here`; out of scope: `there` on 1/7/2025.
    records: async (m, world) => ({
      in: (await designate(m, world.actorIn, await predecessorOfHere(world), '2025-06-30')).id,
      out: (await designate(m, world.actorOut, world.there, '2025-07-01')).id,
    }),
    current: async (m, { actorIn, actorOut, here }, id) => {
      // The POST sample's basis: `here` classified on 1/7/2025, with no designation left in force on it.
      if (id === 'fresh-basis') {
        const on = '2025-07-01';
        const recorded = await m.indicators.list(actorIn, { unitId: here, on, page: 1, pageSize: 1 });
        if (!recorded.total)
          await m.indicators.create(actorIn, { unitId: here, periodFrom: on, periodTo: on, ...keyFigures });
        const [basis] = await m.classifications.run(actorIn, { on, unitId: here });
        const active = await m.areas.list(actorIn, {
          unitId: here,
          status: ['designated'],
          page: 1,
          pageSize: 1,
        });
        for (const a of active.data)
          await m.areas.remove(actorIn, a.id, {
            decisionNumber: 'QĐ ma trận',
            on,
            reason: 'Ma trận',
            version: a.version,
          });
        return { id: basis!.id };
      }
      return (await m.areas.readable(actorIn, id)) ? m.areas.get(actorIn, id) : m.areas.get(actorOut, id);
    },
    samples: {
      'POST /api/v1/areas': async ({ current }) => ({
        basisClassificationId: (await current('fresh-basis')).id,
        decisionNumber: 'QĐ ma trận mới',
        decisionDate: '2025-07-01',
        decisionIssuer: 'UBND tỉnh',
      }),
      'PUT /api/v1/areas/:id': async ({ record, current }) => {
        const a = await current(record!);
        return {
          basisClassificationId: (a.basis as { id: string }).id,
          decisionNumber: a.decisionNumber,
          decisionDate: a.decisionDate,
          decisionIssuer: a.decisionIssuer,
          note: 'Sửa theo ma trận',
          version: a.version,
        };
      },
      'POST /api/v1/areas/:id/removal': async ({ record, current }) => {
        const a = await current(record!);
        return {
          decisionNumber: 'QĐ đưa ra ma trận',
          on: todayInVietnam(),
          reason: 'Đã chuyển hóa',
          version: a.version,
        };
      },
    },
  },
  demo: keyAreaDemo,
});

/** Recorded figures of a commune for a period (`/api/v1/areas/indicators`). */
export const communeIndicatorRegister = defineRegister({
  key: 'communeIndicators',
  contract: communeIndicatorContract,
  createService: build,
  routes: (m) => communeIndicatorRoutes(m),
  readable: noFiles,
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => {
      const on = todayInVietnam();
      const period = { periodFrom: on, periodTo: on, ...keyFigures };
      return {
        in: (await m.indicators.create(actorIn, { unitId: here, ...period })).id,
        out: (await m.indicators.create(actorOut, { unitId: there, ...period })).id,
      };
    },
    current: async (m, { actorIn, actorOut }, id) =>
      (await m.indicators.readable(actorIn, id))
        ? m.indicators.get(actorIn, id)
        : m.indicators.get(actorOut, id),
    samples: {
      'POST /api/v1/areas/indicators': ({ here }) => {
        const on = addDays('2025-07-02', samplePeriods++);
        return { unitId: here, periodFrom: on, periodTo: on, population: 9000, sourceNote: 'Ma trận' };
      },
      'PUT /api/v1/areas/indicators/:id': async ({ record, current }) => {
        const i = await current(record!);
        return {
          unitId: (i.unit as { id: string }).id,
          periodFrom: i.periodFrom,
          periodTo: i.periodTo,
          ...keyFigures,
          sourceNote: 'Sửa theo ma trận',
          version: i.version,
        };
      },
    },
  },
});

/** Classification runs (`/api/v1/areas/classifications`). */
export const classificationRegister = defineRegister({
  key: 'classifications',
  contract: communeClassificationContract,
  createService: build,
  routes: (m) => classificationRoutes(m),
  readable: noFiles,
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => {
      const on = todayInVietnam();
      return {
        in: (await m.classifications.run(actorIn, { on, unitId: here }))[0]!.id,
        out: (await m.classifications.run(actorOut, { on, unitId: there }))[0]!.id,
      };
    },
    current: async (m, { actorIn, actorOut }, id) =>
      (await m.classifications.readable(actorIn, id))
        ? m.classifications.get(actorIn, id)
        : m.classifications.get(actorOut, id),
    samples: {
      'POST /api/v1/areas/classifications': ({ here }) => ({ on: todayInVietnam(), unitId: here }),
    },
  },
});

/** The commune page (`/api/v1/communes/:id/overview`): its "record" is the commune itself. */
export const communePageRegister = defineRegister({
  key: 'communePages',
  contract: communePageContract,
  createService: build,
  routes: (m) => communePageRoutes(m),
  readable: noFiles,
  matrix: {
    records: async (_m, { here, there }) => ({ in: here, out: there }),
    current: async () => ({}),
    samples: {},
  },
});

/** The key-communes registers, in the order their fixtures build on each other. */
export const keyAreaRegisters = [
  communeIndicatorRegister,
  classificationRegister,
  keyAreaRegister,
  communePageRegister,
] as const;

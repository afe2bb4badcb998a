import { plantContract } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { plantRoutes } from '../http/routes/plants.routes.ts';
import { plantDemo } from '../modules/plants/plant.demo.ts';
import { createPlantService } from '../modules/plants/plant.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (place: string, unitId: string) => ({
  species: 'cannabis' as const,
  detectedOn: todayInVietnam(),
  place,
  unitId,
  areaM2: 12.5,
  plantCount: 40,
  detectedBy: 'Công an phường',
});

export const plantRegister = defineRegister({
  key: 'plants',
  contract: plantContract,
  createService: ({ db }) => createPlantService(db),
  routes: plantRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Vườn ma trận (trong)', here))).id,
      out: (await service.create(actorOut, sample('Vườn ma trận (ngoài)', there))).id,
    }),
    // The matrix moves the record once per permitted role (five) and destroyed is final, so the fixture puts a
    // destroyed record back to detected before the next caller (a fixture reset, not a move of the domain).
    current: async (service, { db, actorIn, actorOut }, id) => {
      await db.execute(sql`update narcotic_plant set status = 'detected', destroyed_on = null,
        destruction_method = null, destroyed_by = null, area_destroyed_m2 = null, plants_destroyed = null,
        handed_over_on = null, receiver = null where id = ${id} and status = 'destroyed'`);
      return (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id);
    },
    samples: {
      'POST /api/v1/plants': ({ here }) => sample('Vườn mới ma trận', here),
      'PUT /api/v1/plants/:id': async ({ record, current }) => {
        const p = await current(record!);
        return { ...sample(p.place as string, (p.unit as { id: string }).id), version: p.version };
      },
      // Hand over while detected, destroy after a hand-over; a destroyed record answers 409 (final).
      'POST /api/v1/plants/:id/transitions': async ({ record, current }) => {
        const p = await current(record!);
        return p.status === 'detected'
          ? {
              to: 'handed_over',
              on: todayInVietnam(),
              receiver: 'Cơ quan CSĐT',
              reason: 'Theo ma trận',
              version: p.version,
            }
          : {
              to: 'destroyed',
              on: todayInVietnam(),
              method: 'uproot',
              destroyedBy: 'Công an phường',
              reason: 'Theo ma trận',
              version: p.version,
            };
      },
    },
  },
  demo: plantDemo,
});

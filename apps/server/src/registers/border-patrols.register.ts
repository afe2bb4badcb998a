import { borderPatrolContract } from '@pcmt/contracts';
import { borderPatrolRoutes } from '../http/routes/border-patrols.routes.ts';
import { borderPatrolDemo } from '../modules/border/patrol.demo.ts';
import { createBorderPatrolService } from '../modules/border/patrol.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (route: string, unitId: string) => ({
  kind: 'patrol' as const,
  station: 'Đồn Biên phòng ma trận',
  route,
  unitId,
  startOn: todayInVietnam(),
  officers: 6,
  jointWith: ['police' as const],
});

export const borderPatrolRegister = defineRegister({
  key: 'borderPatrols',
  contract: borderPatrolContract,
  createService: ({ db }) => createBorderPatrolService(db),
  routes: borderPatrolRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Tuyến ma trận (trong)', here))).id,
      out: (await service.create(actorOut, sample('Tuyến ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/border-patrols': ({ here }) => sample('Tuyến mới ma trận', here),
      'PUT /api/v1/border-patrols/:id': async ({ record, current }) => {
        const p = await current(record!);
        return {
          ...sample(p.route as string, (p.unit as { id: string }).id),
          startOn: p.startOn,
          version: p.version,
        };
      },
      // The next move from wherever earlier callers left the record: planned → in progress → completed.
      'POST /api/v1/border-patrols/:id/transitions': async ({ record, current }) => {
        const p = await current(record!);
        const to = p.status === 'planned' ? 'in_progress' : 'completed';
        return { to, on: todayInVietnam(), version: p.version };
      },
      'POST /api/v1/border-patrols/:id/results': async ({ record, current }) => {
        const p = await current(record!);
        return {
          on: todayInVietnam(),
          arrests: 1,
          seizures: [{ drugType: 'meth_crystal', measure: 'g', quantity: 12.5 }],
          version: p.version,
        };
      },
    },
  },
  demo: borderPatrolDemo,
});

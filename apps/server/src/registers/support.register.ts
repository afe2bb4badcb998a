import { supportContract } from '@pcmt/contracts';
import { supportRoutes } from '../http/routes/support.routes.ts';
import { supportDemo } from '../modules/support/support.demo.ts';
import { createSupportService } from '../modules/support/support.service.ts';
import { defineRegister } from './register.ts';

const sample = (description: string, unitId: string) => ({
  unitId,
  on: '2026-01-10',
  kind: 'rapid_test' as const,
  description,
  quantity: 200,
  quantityUnit: 'que',
  valueVnd: 4_000_000,
  source: 'province_budget' as const,
  decisionRef: '15/QĐ-CAT',
});

export const supportRegister = defineRegister({
  key: 'support',
  contract: supportContract,
  createService: ({ db }) => createSupportService(db),
  routes: supportRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Que test nhanh (ma trận, trong)', here))).id,
      out: (await service.create(actorOut, sample('Que test nhanh (ma trận, ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/support': ({ here }) => sample('Que test nhanh mới (ma trận)', here),
      'PUT /api/v1/support/:id': async ({ record, current }) => {
        const s = await current(record!);
        return { ...sample(s.description as string, (s.unit as { id: string }).id), version: s.version };
      },
    },
  },
  demo: supportDemo,
});

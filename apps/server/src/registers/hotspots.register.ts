import { hotspotContract } from '@pcmt/contracts';
import { hotspotRoutes } from '../http/routes/hotspots.routes.ts';
import { hotspotDemo } from '../modules/hotspots/hotspot.demo.ts';
import { createHotspotService } from '../modules/hotspots/hotspot.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (name: string, unitId: string) => ({
  name,
  behaviours: ['selling' as const],
  detectedOn: '2026-01-15',
  unitId,
  address: 'Tổ 3',
});

export const hotspotRegister = defineRegister({
  key: 'hotspots',
  contract: hotspotContract,
  createService: ({ db, units }) => createHotspotService(db, { units }),
  routes: hotspotRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Điểm ma trận (trong)', here))).id,
      out: (await service.create(actorOut, sample('Điểm ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/hotspots': ({ here }) => sample('Điểm mới ma trận', here),
      'PUT /api/v1/hotspots/:id': async ({ record, current }) => {
        const h = await current(record!);
        return {
          name: h.name,
          behaviours: h.behaviours,
          detectedOn: h.detectedOn,
          unitId: (h.unit as { id: string }).id,
          version: h.version,
        };
      },
      // The next allowed move from wherever earlier callers left the record.
      'POST /api/v1/hotspots/:id/transitions': async ({ record, current }) => {
        const h = await current(record!);
        const to = (h.allowedTransitions as string[])[0];
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: h.version };
      },
    },
  },
  demo: hotspotDemo,
});

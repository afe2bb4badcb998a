import { commendationContract } from '@pcmt/contracts';
import { commendationRoutes } from '../http/routes/commendations.routes.ts';
import { commendationDemo } from '../modules/commendations/commendation.demo.ts';
import { createCommendationService } from '../modules/commendations/commendation.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (collectiveName: string, unitId: string) => ({
  recipientKind: 'collective' as const,
  collectiveName,
  unitId,
  level: 'province_police_director' as const,
  form: 'certificate' as const,
  proposedOn: '2026-01-05',
  reason: 'Thành tích xuất sắc trong đợt cao điểm tấn công trấn áp tội phạm ma túy',
});

export const commendationRegister = defineRegister({
  key: 'commendations',
  contract: commendationContract,
  createService: ({ db, records }) => createCommendationService(db, { readable: records.readable }),
  routes: commendationRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Công an phường (ma trận, trong)', here))).id,
      out: (await service.create(actorOut, sample('Công an xã (ma trận, ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/commendations': ({ here }) => sample('Tập thể mới (ma trận)', here),
      'PUT /api/v1/commendations/:id': async ({ record, current }) => {
        const c = await current(record!);
        return { ...sample(c.recipient as string, (c.unit as { id: string }).id), version: c.version };
      },
      // Proposed ↔ rejected, so every caller with the permission finds a move (a decision is final).
      'POST /api/v1/commendations/:id/transitions': async ({ record, current }) => {
        const c = await current(record!);
        const to = c.status === 'rejected' ? 'proposed' : 'rejected';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: c.version };
      },
    },
  },
  demo: commendationDemo,
});

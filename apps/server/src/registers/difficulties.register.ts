import { difficultyContract } from '@pcmt/contracts';
import { difficultyRoutes } from '../http/routes/difficulties.routes.ts';
import { difficultyDemo } from '../modules/difficulties/difficulty.demo.ts';
import { createDifficultyService } from '../modules/difficulties/difficulty.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (content: string, unitId: string) => ({
  unitId,
  raisedOn: '2026-01-12',
  topic: 'funding' as const,
  content,
  proposal: 'Đề nghị bố trí kinh phí mua que test nhanh',
  addressedTo: 'Ban Chỉ đạo tỉnh',
});

export const difficultyRegister = defineRegister({
  key: 'difficulties',
  contract: difficultyContract,
  createService: ({ db }) => createDifficultyService(db),
  routes: difficultyRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Thiếu kinh phí (ma trận, trong)', here))).id,
      out: (await service.create(actorOut, sample('Thiếu kinh phí (ma trận, ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/difficulties': ({ here }) => sample('Thiếu kinh phí (ma trận, mới)', here),
      'PUT /api/v1/difficulties/:id': async ({ record, current }) => {
        const d = await current(record!);
        return { ...sample(d.content as string, (d.unit as { id: string }).id), version: d.version };
      },
      // A further answer is allowed while open or answered; the sample reopens nothing itself.
      'POST /api/v1/difficulties/:id/answer': async ({ record, current }) => {
        const d = await current(record!);
        return {
          on: todayInVietnam(),
          answer: 'Đã bố trí kinh phí (ma trận)',
          answeredBy: 'Ban Chỉ đạo tỉnh',
          version: d.version,
        };
      },
      // Closed ↔ open, so every caller with the permission finds a move.
      'POST /api/v1/difficulties/:id/transitions': async ({ record, current }) => {
        const d = await current(record!);
        const to = d.status === 'closed' ? 'open' : 'closed';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: d.version };
      },
    },
  },
  demo: difficultyDemo,
});

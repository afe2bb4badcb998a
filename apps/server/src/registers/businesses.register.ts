import { businessContract } from '@pcmt/contracts';
import { businessRoutes } from '../http/routes/businesses.routes.ts';
import { businessDemo } from '../modules/businesses/business.demo.ts';
import { createBusinessService } from '../modules/businesses/business.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (name: string, unitId: string) => ({
  line: 'karaoke' as const,
  name,
  ownerName: 'Nguyễn Văn Chủ',
  address: 'Tổ 3',
  unitId,
  certificateNumber: '01/GCN-ANTT',
  certificateDate: '2025-09-01',
  certificateIssuer: 'Công an tỉnh',
});

export const businessRegister = defineRegister({
  key: 'businesses',
  contract: businessContract,
  createService: ({ db }) => createBusinessService(db),
  routes: businessRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Karaoke ma trận (trong)', here))).id,
      out: (await service.create(actorOut, sample('Karaoke ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/businesses': ({ here }) => sample('Karaoke mới ma trận', here),
      'PUT /api/v1/businesses/:id': async ({ record, current }) => {
        const b = await current(record!);
        return { ...sample(b.name as string, (b.unit as { id: string }).id), version: b.version };
      },
      // The next allowed move from wherever earlier callers left the record (operating ↔ suspended).
      'POST /api/v1/businesses/:id/transitions': async ({ record, current }) => {
        const b = await current(record!);
        const to = b.status === 'suspended' ? 'operating' : 'suspended';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: b.version };
      },
      'POST /api/v1/businesses/:id/inspections': async ({ record, current }) => {
        const b = await current(record!);
        return {
          on: todayInVietnam(),
          team: 'Đoàn kiểm tra ma trận',
          agencies: ['Công an phường'],
          checklist: [{ itemId: 'karaoke_room_area', result: 'met' }],
          version: b.version,
        };
      },
    },
  },
  demo: businessDemo,
});

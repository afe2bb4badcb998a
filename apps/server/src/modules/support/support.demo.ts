import type { SupportCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import { addDays, unitToday } from '../commendations/commendation.demo.ts';
import type { SupportService } from './support.service.ts';

type Demo = { agency: string; unit: string; daysAgo: number; body: Omit<SupportCreate, 'unitId' | 'on'> };

const DEMO: Demo[] = [
  {
    agency: 'DEMO-PC04',
    unit: '23293',
    daysAgo: 200,
    body: {
      kind: 'rapid_test',
      description: 'Que test nhanh 4 chân phát hiện ma túy (mẫu)',
      quantity: 500,
      quantityUnit: 'que',
      valueVnd: 12_500_000,
      source: 'province_budget',
      decisionRef: '310/QĐ-CAT (mẫu)',
    },
  },
  {
    agency: 'DEMO-PC04',
    unit: '23500',
    daysAgo: 150,
    body: {
      kind: 'vehicle',
      description: 'Xe mô tô tuần tra địa bàn (mẫu)',
      quantity: 2,
      quantityUnit: 'chiếc',
      valueVnd: 64_000_000,
      source: 'central',
      decisionRef: '1205/QĐ-BCA (mẫu)',
    },
  },
  {
    agency: 'DEMO-PC04',
    unit: '23500',
    daysAgo: 90,
    body: {
      kind: 'equipment',
      description: 'Máy bộ đàm cầm tay (mẫu)',
      quantity: 4,
      quantityUnit: 'bộ',
      valueVnd: 18_000_000,
      source: 'province_budget',
    },
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 60,
    body: {
      kind: 'funds',
      description: 'Kinh phí hỗ trợ lực lượng tham gia bảo vệ ANTT ở cơ sở (mẫu)',
      valueVnd: 30_000_000,
      source: 'commune_budget',
      decisionRef: '88/QĐ-UBND (mẫu)',
    },
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 20,
    body: {
      kind: 'equipment',
      description: 'Camera giám sát tại điểm nóng (doanh nghiệp tài trợ) (mẫu)',
      quantity: 6,
      quantityUnit: 'chiếc',
      valueVnd: 21_000_000,
      source: 'socialised',
    },
  },
];

/** Fictitious support ("(mẫu)") to two commune police units, of every source. */
export async function supportDemo(service: SupportService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from police_support where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  let written = 0;
  for (const d of DEMO) {
    const unitId = await unitToday(world, d.unit);
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    await service.create(actor, { ...d.body, unitId, on: addDays(today, -d.daysAgo) }, { isDemo: true });
    written += 1;
  }
  return written;
}

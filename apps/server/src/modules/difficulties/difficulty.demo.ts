import type { DifficultyCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import { addDays, unitToday } from '../commendations/commendation.demo.ts';
import type { DifficultyService } from './difficulty.service.ts';

type Demo = {
  agency: string;
  unit: string;
  daysAgo: number;
  body: Omit<DifficultyCreate, 'unitId' | 'raisedOn'>;
  /** Answered by PC04 this many days after it was raised: [days, answer]. */
  answered?: [number, string];
  closedAfter?: number;
};

const DEMO: Demo[] = [
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    daysAgo: 75,
    body: {
      topic: 'law',
      content:
        'Người sử dụng trái phép chất ma túy tái sử dụng nhiều lần nhưng chưa đủ căn cứ lập hồ sơ cai nghiện bắt buộc (mẫu)',
      proposal:
        'Kiến nghị hướng dẫn áp dụng Luật Phòng, chống ma túy 2021 đối với người sử dụng tái phạm (mẫu)',
      addressedTo: 'Ban Chỉ đạo tỉnh',
    },
    answered: [
      20,
      'Đã tổng hợp, kiến nghị Bộ Công an hướng dẫn; tạm thời thực hiện theo Công văn 125/CAT-PC04 (mẫu)',
    ],
    closedAfter: 30,
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    daysAgo: 50,
    body: {
      topic: 'funding',
      content: 'Thiếu kinh phí mua que test nhanh cho các đợt kiểm tra cơ sở kinh doanh (mẫu)',
      proposal: 'Đề nghị tỉnh hỗ trợ 500 que test nhanh (mẫu)',
      addressedTo: 'Công an tỉnh',
    },
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 40,
    body: {
      topic: 'rehabilitation',
      content: 'Cơ sở cai nghiện tự nguyện tại cộng đồng chưa có cán bộ y tế chuyên trách (mẫu)',
      proposal: 'Đề nghị Sở Y tế bố trí cán bộ hỗ trợ điều trị cắt cơn (mẫu)',
      addressedTo: 'Sở Y tế',
    },
    answered: [12, 'Sở Y tế sẽ bố trí luân phiên cán bộ của Trung tâm Y tế khu vực (mẫu)'],
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '',
    daysAgo: 10,
    body: {
      topic: 'coordination',
      content:
        'Chưa có quy chế trao đổi thông tin tội phạm ma túy qua biên giới giữa đồn Biên phòng và Công an xã (mẫu)',
      proposal: 'Đề nghị ban hành quy chế phối hợp (mẫu)',
      addressedTo: 'UBND tỉnh',
    },
  },
];

/** Fictitious difficulties ("(mẫu)") from commune police, a commune committee and border guards. */
export async function difficultyDemo(service: DifficultyService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from difficulty where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  const pc04 = await world.actorOf('DEMO-PC04');
  let written = 0;
  for (const d of DEMO) {
    // No unit: the agency's own area (the border station's communes).
    const unitId = d.unit ? await unitToday(world, d.unit) : undefined;
    if (d.unit && !unitId) continue;
    const actor = await world.actorOf(d.agency);
    const raisedOn = addDays(today, -d.daysAgo);
    let r = await service.create(
      actor,
      { ...d.body, ...(unitId ? { unitId } : {}), raisedOn },
      { isDemo: true },
    );
    if (d.answered && (await service.readable(pc04, r.id)))
      r = await service.answer(pc04, r.id, {
        on: addDays(raisedOn, d.answered[0]),
        answer: d.answered[1],
        answeredBy: 'Thường trực Ban Chỉ đạo tỉnh (PC04)',
        version: r.version,
      });
    if (d.closedAfter)
      await service.transition(actor, r.id, {
        to: 'closed',
        on: addDays(raisedOn, d.closedAfter),
        reason: 'Đã được hướng dẫn (mẫu)',
        version: r.version,
      });
    written += 1;
  }
  return written;
}

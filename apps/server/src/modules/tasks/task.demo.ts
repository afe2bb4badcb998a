import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { TaskService } from './task.service.ts';

/** A date `days` from today (Vietnam): the open demo tasks stay open or overdue whenever the seed runs. */
const inDays = (days: number) => {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

type Step = 'progress' | 'complete' | 'accept' | 'return' | 'cancel';
type DemoTask = {
  title: string;
  assigner: string;
  assignee: string;
  unitCode: string;
  ref: string;
  assignedIn: number;
  deadlineIn: number;
  steps: [Step, number][];
};

/**
 * Directive tasks in every state (flagged demo), dated around today: two overdue (one flagged to the head of
 * Công an phường Kon Tum; Sở Y tế has no account with a head role, so nobody is named), open, handed in
 * awaiting acceptance, accepted, returned, cancelled.
 */
const DEMO: DemoTask[] = [
  {
    title: 'Kiểm tra các cơ sở kinh doanh karaoke, nhà nghỉ trên địa bàn phường',
    assigner: 'DEMO-PC04',
    assignee: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    ref: 'Kế hoạch 45/KH-PC04',
    assignedIn: -60,
    deadlineIn: -10,
    steps: [['progress', -30]],
  },
  {
    title: 'Tổ chức điều trị methadone cho người nghiện tại phường Kon Tum',
    assigner: 'DEMO-PC04',
    assignee: 'DEMO-SO-YTE',
    unitCode: '23293',
    ref: 'Công văn 210/BCĐ-TT',
    assignedIn: -45,
    deadlineIn: -3,
    steps: [],
  },
  {
    title: 'Tuần tra chung tuyến biên giới, đường mòn lối mở quý IV',
    assigner: 'DEMO-PC04',
    assignee: 'DEMO-BP-BOY',
    unitCode: '23377',
    ref: 'Kế hoạch phối hợp 12/KH-BĐBP-CAT',
    assignedIn: -20,
    deadlineIn: 25,
    steps: [['progress', -5]],
  },
  {
    title: 'Xác minh tin báo về tụ tập sử dụng ma túy tại khu nhà bỏ hoang gần chợ',
    assigner: 'DEMO-PC04',
    assignee: 'DEMO-CA-DAKHA',
    unitCode: '23500',
    ref: 'Chỉ đạo của Thường trực ngày 05/3/2026',
    assignedIn: -30,
    deadlineIn: 10,
    steps: [
      ['progress', -20],
      ['complete', -2],
    ],
  },
  {
    title: 'Báo cáo số liệu người nghiện có hồ sơ quản lý quý III',
    assigner: 'DEMO-UBND-KONTUM',
    assignee: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    ref: 'Công văn 30/UBND',
    assignedIn: -70,
    deadlineIn: -40,
    steps: [
      ['complete', -42],
      ['accept', -38],
    ],
  },
  {
    title: 'Tuyên truyền phòng, chống ma túy trong trường học',
    assigner: 'DEMO-UBND-KONTUM',
    assignee: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    ref: 'Kế hoạch 18/KH-UBND',
    assignedIn: -50,
    deadlineIn: 15,
    steps: [
      ['complete', -15],
      ['return', -12],
    ],
  },
  {
    title: 'Lắp đặt camera tại điểm ven sông (thay bằng tuần tra)',
    assigner: 'DEMO-UBND-KONTUM',
    assignee: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    ref: 'Công văn 41/UBND',
    assignedIn: -40,
    deadlineIn: 20,
    steps: [['cancel', -35]],
  },
];

async function unitIdAt(world: DemoWorld, code: string, on: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    world.db,
    sql`select id from unit where code = ${code} and valid_from <= ${on}::date
          and (valid_to is null or valid_to >= ${on}::date)`,
  );
  return row?.id ?? null;
}

export async function taskDemo(service: TaskService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from task where is_demo and source_kind = 'directive'`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  let written = 0;
  for (const d of DEMO) {
    const assigner = await world.actorOf(d.assigner);
    const assignee = await world.actorOf(d.assignee);
    const assignedOn = inDays(d.assignedIn);
    const unitId = await unitIdAt(world, d.unitCode, assignedOn);
    if (!unitId) continue;
    let t = await service.create(
      assigner,
      {
        title: d.title,
        unitId,
        sourceKind: 'directive',
        sourceRef: d.ref,
        assigneeAgencyId: assignee.agencyId,
        assignedOn,
        deadline: inDays(d.deadlineIn),
      },
      { isDemo: true },
    );
    for (const [step, day] of d.steps) {
      const on = inDays(day);
      if (step === 'progress')
        t = await service.progress(assignee, t.id, {
          progress: 'Đang triển khai, đã hoàn thành một phần',
          percent: 40,
          on,
        });
      if (step === 'complete')
        t = await service.complete(assignee, t.id, { on, note: 'Báo cáo hoàn thành', version: t.version });
      if (step === 'accept')
        t = await service.accept(assigner, t.id, { on, note: 'Đạt yêu cầu', version: t.version });
      if (step === 'return')
        t = await service.giveBack(assigner, t.id, {
          on,
          note: 'Thiếu danh sách học sinh tham dự',
          version: t.version,
        });
      if (step === 'cancel')
        t = await service.cancel(assigner, t.id, {
          on,
          note: 'Đã bố trí tuần tra thay thế',
          version: t.version,
        });
    }
    written += 1;
  }
  return written;
}

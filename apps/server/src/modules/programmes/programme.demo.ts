import type { Task } from '@pcmt/contracts';
import { defaultEvaluationChecklist } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { ProgrammeService } from './programme.service.ts';

async function unitIdAt(world: DemoWorld, code: string, on: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    world.db,
    sql`select id from unit where code = ${code} and valid_from <= ${on}::date
          and (valid_to is null or valid_to >= ${on}::date)`,
  );
  return row?.id ?? null;
}
const agencyId = async (world: DemoWorld, code: string) => (await world.actorOf(code)).agencyId;

type Plan = {
  title: string;
  assignee: string;
  assignedOn: string;
  deadline: string;
  doneOn: string;
  acceptedOn: string;
};

/**
 * Two demo programmes (flagged demo): Phường Kon Tum, evaluated đạt in January 2026 and then tái phức tạp when
 * the demo hotspot by the Đăk Bla river re-formed on 10/02/2026 (found by the relapse check); and Xã Bờ Y,
 * evaluated đạt in July 2026 and watched since. Their plan items became tasks, handed in and accepted (one late).
 */
export async function programmeDemo(service: ProgrammeService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from programme where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const pc04 = await world.actorOf('DEMO-PC04');
  const ubnd = await world.actorOf('DEMO-UBND-KONTUM');
  const allMet = (note: string) =>
    defaultEvaluationChecklist.map((c) => ({ criterionId: c.id, met: true, evidence: note }));

  async function run(
    actor: typeof pc04,
    input: {
      name: string;
      unitCode: string;
      decision: [string, string, string];
      from: string;
      to: string;
      members: Parameters<ProgrammeService['create']>[1]['members'];
      plans: Plan[];
      months: [string, string][];
      evaluatedOn: string;
      evidence: string;
    },
  ) {
    const unitId = await unitIdAt(world, input.unitCode, input.from);
    if (!unitId) return null;
    let p = await service.create(
      actor,
      {
        name: input.name,
        unitId,
        decisionNumber: input.decision[0],
        decisionDate: input.decision[1],
        decisionIssuer: input.decision[2],
        periodFrom: input.from,
        periodTo: input.to,
        objectives:
          'Triệt xóa điểm, tụ điểm; quản lý chặt người nghiện, người sử dụng; đưa xã ra khỏi địa bàn trọng điểm.',
        members: input.members,
      },
      { isDemo: true },
    );
    p = await service.transition(actor, p.id, {
      to: 'approved',
      on: input.decision[1],
      reason: 'Phê duyệt kế hoạch',
      version: p.version,
    });
    p = await service.transition(actor, p.id, {
      to: 'in_progress',
      on: input.from,
      reason: 'Lễ phát động chuyển hóa',
      version: p.version,
    });
    const tasks: Task[] = [];
    for (const plan of input.plans) {
      const { data } = await service.planTasks(actor, p.id, {
        items: [
          {
            title: plan.title,
            assigneeAgencyId: await agencyId(world, plan.assignee),
            assignedOn: plan.assignedOn,
            deadline: plan.deadline,
          },
        ],
      });
      tasks.push(...data);
    }
    for (const [i, t] of tasks.entries()) {
      const plan = input.plans[i]!;
      const assignee = await world.actorOf(plan.assignee);
      const done = await service.tasks.complete(assignee, t.id, {
        on: plan.doneOn,
        note: 'Đã thực hiện xong, gửi báo cáo kèm minh chứng',
        version: t.version,
      });
      await service.tasks.accept(actor, t.id, {
        on: plan.acceptedOn,
        note: 'Đạt yêu cầu',
        version: done.version,
      });
    }
    for (const [month, summary] of input.months)
      await service.addReport(
        actor,
        p.id,
        { month, summary, figures: { 'Buổi tuyên truyền': 2 } },
        { isDemo: true },
      );
    p = await service.get(actor, p.id);
    p = await service.transition(actor, p.id, {
      to: 'evaluating',
      on: input.evaluatedOn,
      reason: 'Hết thời gian thực hiện, tổ chức đánh giá',
      version: p.version,
    });
    p = await service.evaluate(pc04, p.id, {
      on: input.evaluatedOn,
      criteria: allMet(input.evidence),
      version: p.version,
    });
    return p;
  }

  const kontum = await run(ubnd, {
    name: 'Chuyển hóa địa bàn phường Kon Tum (6 tháng cuối năm 2025)',
    unitCode: '23293',
    decision: ['85/QĐ-UBND', '2025-07-01', 'UBND phường Kon Tum'],
    from: '2025-07-01',
    to: '2025-12-31',
    members: [
      { name: 'Võ Thị Chủ Tịch (mẫu)', kind: 'agency', title: 'Chủ tịch UBND phường', role: 'head' },
      { name: 'Hoàng Văn Trưởng (mẫu)', kind: 'agency', title: 'Trưởng Công an phường', role: 'deputy' },
      {
        name: 'Hội Phụ nữ phường',
        kind: 'mass_organisation',
        organisation: 'Hội Liên hiệp Phụ nữ',
        role: 'member',
      },
      { name: 'Già làng A Hiên', kind: 'prestigious_person', title: 'Người có uy tín tổ 4', role: 'member' },
    ],
    plans: [
      {
        title: 'Rà soát, lập hồ sơ quản lý người sử dụng trái phép chất ma túy trên địa bàn',
        assignee: 'DEMO-CA-KONTUM',
        assignedOn: '2025-07-05',
        deadline: '2025-09-30',
        doneOn: '2025-09-25',
        acceptedOn: '2025-10-02',
      },
      {
        title: 'Tuyên truyền phòng, chống ma túy tại các tổ dân phố ven sông',
        assignee: 'DEMO-UBND-KONTUM',
        assignedOn: '2025-07-05',
        deadline: '2025-10-31',
        doneOn: '2025-11-10',
        acceptedOn: '2025-11-15',
      },
    ],
    months: [
      ['2025-08', 'Hoàn thành rà soát 4 tổ dân phố; lập hồ sơ 6 người sử dụng.'],
      ['2025-11', 'Tổ chức 3 buổi tuyên truyền; không phát sinh điểm mới.'],
    ],
    evaluatedOn: '2026-01-05',
    evidence: 'Biên bản kiểm tra của Đoàn công tác tỉnh ngày 05/01/2026',
  });
  // The demo hotspot re-formed on 10/02/2026 lies in this ward: the relapse check flags the programme.
  if (kontum) {
    await service.checkRelapses(new Date());
    const now = await service.get(ubnd, kontum.id);
    if (now.status === 'succeeded')
      await service.transition(ubnd, kontum.id, {
        to: 'relapsed',
        on: '2026-02-10',
        reason: 'Tụ điểm ven sông Đăk Bla tái hoạt động trong thời gian theo dõi',
        version: now.version,
      });
  }

  const boY = await run(pc04, {
    name: 'Chuyển hóa địa bàn xã Bờ Y 2025–2026',
    unitCode: '23377',
    decision: ['120/QĐ-BCĐ', '2025-07-10', 'Ban Chỉ đạo phòng, chống tội phạm tỉnh'],
    from: '2025-07-15',
    to: '2026-06-30',
    members: [
      { name: 'A Thông (mẫu)', kind: 'agency', title: 'Đồn Biên phòng Bờ Y', role: 'deputy' },
      {
        name: 'Đoàn Thanh niên xã',
        kind: 'mass_organisation',
        organisation: 'Đoàn TNCS Hồ Chí Minh',
        role: 'member',
      },
    ],
    plans: [
      {
        title: 'Tuần tra, kiểm soát đường mòn, lối mở khu vực biên giới',
        assignee: 'DEMO-BP-BOY',
        assignedOn: '2025-07-20',
        deadline: '2026-03-31',
        doneOn: '2026-03-28',
        acceptedOn: '2026-04-05',
      },
      {
        title: 'Điều trị methadone, tư vấn cho người nghiện tại trạm y tế xã',
        assignee: 'DEMO-SO-YTE',
        assignedOn: '2025-07-20',
        deadline: '2026-05-31',
        doneOn: '2026-05-30',
        acceptedOn: '2026-06-10',
      },
    ],
    months: [['2026-03', 'Phối hợp tuần tra 12 lượt; không phát hiện vận chuyển trái phép.']],
    evaluatedOn: '2026-07-10',
    evidence: 'Báo cáo kết quả chuyển hóa và biên bản họp Ban Chỉ đạo tỉnh ngày 10/07/2026',
  });
  return (kontum ? 1 : 0) + (boY ? 1 : 0);
}

import type { CommendationCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { CommendationService } from './commendation.service.ts';

export const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The unit of a code today (the province 51 or a commune), for the demo records. */
export async function unitToday(world: DemoWorld, code: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(
    world.db,
    sql`select id from unit where code = ${code} and valid_to is null limit 1`,
  );
  return row?.id;
}

type Demo = {
  agency: string;
  unit: string;
  daysAgo: number;
  body: Omit<CommendationCreate, 'unitId' | 'proposedOn' | 'decision'>;
  /** Days after the proposal the decision came (number, issuer); none: still proposed. */
  decided?: [number, string, string];
  rejected?: [number, string];
  /** Link the first demo record of this type (a case, a campaign). */
  achievement?: 'case' | 'campaign';
};

const DEMO: Demo[] = [
  {
    agency: 'DEMO-PC04',
    unit: '51',
    daysAgo: 120,
    body: {
      recipientKind: 'collective',
      collectiveName: 'Phòng Cảnh sát điều tra tội phạm về ma túy (mẫu)',
      level: 'province_chairman',
      form: 'certificate_of_merit',
      reason: 'Triệt phá đường dây mua bán trái phép chất ma túy liên tỉnh (mẫu)',
      amountVnd: 3_000_000,
    },
    decided: [20, '125/QĐ-UBND (mẫu)', 'Chủ tịch UBND tỉnh'],
    achievement: 'case',
  },
  {
    agency: 'DEMO-PC04',
    unit: '51',
    daysAgo: 60,
    body: {
      recipientKind: 'individual',
      personName: 'Nguyễn Văn Dũng (mẫu)',
      position: 'Đội trưởng',
      recipientAgency: 'Phòng PC04, Công an tỉnh',
      level: 'province_police_director',
      form: 'certificate',
      reason: 'Thành tích xuất sắc trong đợt cao điểm tấn công trấn áp tội phạm ma túy (mẫu)',
      amountVnd: 1_000_000,
    },
    decided: [10, '2210/QĐ-CAT (mẫu)', 'Giám đốc Công an tỉnh'],
    achievement: 'campaign',
  },
  {
    agency: 'DEMO-PC04',
    unit: '51',
    daysAgo: 15,
    body: {
      recipientKind: 'collective',
      collectiveName: 'Công an phường Kon Tum (mẫu)',
      level: 'minister_public_security',
      form: 'certificate_of_merit',
      reason: 'Xây dựng phường không ma túy (mẫu)',
    },
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 45,
    body: {
      recipientKind: 'individual',
      personName: 'A Hùng (mẫu)',
      position: 'Trưởng thôn',
      recipientAgency: 'Thôn Kon Klor, phường Kon Tum',
      level: 'commune_chairman',
      form: 'certificate',
      reason: 'Tích cực cung cấp thông tin, vận động người nghiện đi cai (mẫu)',
      amountVnd: 500_000,
    },
    decided: [7, '45/QĐ-UBND (mẫu)', 'Chủ tịch UBND phường Kon Tum'],
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 30,
    body: {
      recipientKind: 'collective',
      collectiveName: 'Tổ dân phố 3 (mẫu)',
      level: 'commune_chairman',
      form: 'letter',
      reason: 'Đề nghị khen tổ dân phố không có tệ nạn (mẫu)',
    },
    rejected: [12, 'Chưa đủ thời gian duy trì kết quả (mẫu)'],
  },
];

/** Fictitious commendations ("(mẫu)"): provincial and commune, decided, pending and rejected. */
export async function commendationDemo(service: CommendationService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from commendation where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  const firstOf = async (type: 'case' | 'campaign') => {
    const table = type === 'case' ? sql`criminal_case` : sql`peak_campaign`;
    const [row] = await queryRows<{ id: string }>(
      world.db,
      sql`select id from ${table} where is_demo order by created_at limit 1`,
    );
    return row?.id;
  };
  let written = 0;
  for (const d of DEMO) {
    const unitId = await unitToday(world, d.unit);
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    const proposedOn = addDays(today, -d.daysAgo);
    const linked = d.achievement ? await firstOf(d.achievement) : undefined;
    // The demo case or campaign, when the seed wrote one the demo officer may read.
    const achievement =
      linked && d.achievement && (await service.achievementReadable(actor, d.achievement, linked))
        ? { recordType: d.achievement, id: linked }
        : null;
    const c = await service.create(
      actor,
      {
        ...d.body,
        unitId,
        proposedOn,
        achievement,
        ...(d.decided
          ? {
              decision: {
                decisionNumber: d.decided[1],
                decisionDate: addDays(proposedOn, d.decided[0]),
                decisionIssuer: d.decided[2],
              },
            }
          : {}),
      },
      { isDemo: true },
    );
    if (d.rejected)
      await service.transition(actor, c.id, {
        to: 'rejected',
        on: addDays(proposedOn, d.rejected[0]),
        reason: d.rejected[1],
        version: c.version,
      });
    written += 1;
  }
  return written;
}

import type { BorderPartner, BorderPatrolKind, BorderSeizureInput } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import { currentUnitIdByCode } from '../units/unit.repository.ts';
import type { BorderPatrolService } from './patrol.service.ts';

type DemoResult = {
  daysAgo: number;
  arrests?: number;
  tipsPassed?: number;
  seizures?: BorderSeizureInput[];
  note?: string;
};
type DemoPatrol = {
  agency: string;
  unit: string;
  kind: BorderPatrolKind;
  route: string;
  gateCode?: string;
  startDaysAgo: number;
  officers: number;
  forces: string[];
  jointWith?: BorderPartner[];
  counterpart?: string;
  plan: string;
  results?: DemoResult[];
  /** Final state: planned (start in the future), in progress, completed or cancelled. */
  end: 'planned' | 'in_progress' | 'completed' | 'cancelled';
};

/** Fictitious patrols ("(mẫu)") of the Bờ Y station and a PC04 joint patrol, in every status. */
const DEMO: DemoPatrol[] = [
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    kind: 'control',
    route: 'Khu vực cửa khẩu quốc tế Bờ Y (mẫu)',
    gateCode: 'BO_Y',
    startDaysAgo: 45,
    officers: 8,
    forces: ['Đội Kiểm soát cửa khẩu (mẫu)'],
    jointWith: ['customs'],
    plan: 'Kiểm soát người, phương tiện xuất nhập cảnh, phát hiện vận chuyển ma túy qua cửa khẩu',
    results: [
      {
        daysAgo: 44,
        arrests: 2,
        seizures: [
          { drugType: 'meth_crystal', measure: 'kg', quantity: 1.2 },
          { drugType: 'tablets', measure: 'vien', quantity: 6000 },
        ],
        note: 'Phát hiện xe khách giấu ma túy trong khoang hành lý',
      },
    ],
    end: 'completed',
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    kind: 'patrol',
    route: 'Đường biên từ cột mốc 3 đến cột mốc 5 (mẫu)',
    startDaysAgo: 20,
    officers: 12,
    forces: ['Tổ công tác Đồn Biên phòng Bờ Y (mẫu)'],
    jointWith: ['laos'],
    counterpart: 'Đại đội bảo vệ biên giới tỉnh Attapeu (mẫu)',
    plan: 'Tuần tra song phương, trao đổi thông tin về đối tượng vận chuyển ma túy qua đường mòn',
    results: [
      { daysAgo: 19, tipsPassed: 2, note: 'Chuyển 2 tin về đường mòn qua biên giới cho Công an xã' },
      { daysAgo: 18, arrests: 1, seizures: [{ drugType: 'heroin', measure: 'banh', quantity: 2 }] },
    ],
    end: 'completed',
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    kind: 'ambush',
    route: 'Đường mòn phía tây làng Iệc (mẫu)',
    startDaysAgo: 2,
    officers: 6,
    forces: ['Tổ trinh sát (mẫu)'],
    jointWith: ['police'],
    plan: 'Phục kích theo tin báo về đối tượng vận chuyển ma túy tổng hợp',
    results: [{ daysAgo: 1, seizures: [{ drugType: 'tablets', measure: 'vien', quantity: 1200 }] }],
    end: 'in_progress',
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    kind: 'patrol',
    route: 'Tuyến biên giới khu vực Ngọc Hồi (mẫu)',
    startDaysAgo: -5,
    officers: 10,
    forces: ['Đồn Biên phòng Bờ Y (mẫu)', 'Dân quân xã Bờ Y (mẫu)'],
    jointWith: ['militia'],
    plan: 'Tuần tra định kỳ theo kế hoạch tháng',
    end: 'planned',
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    kind: 'patrol',
    route: 'Khu vực suối biên giới (mẫu)',
    startDaysAgo: 10,
    officers: 6,
    forces: ['Tổ công tác (mẫu)'],
    plan: 'Tuần tra khu vực suối',
    end: 'cancelled',
  },
  {
    agency: 'DEMO-PC04',
    unit: '23538',
    kind: 'patrol',
    route: 'Tuyến biên giới xã Ia Tơi (mẫu)',
    startDaysAgo: 30,
    officers: 15,
    forces: ['Phòng PC04 (mẫu)', 'Đồn Biên phòng Ia Tơi (mẫu)'],
    jointWith: ['police', 'cambodia'],
    counterpart: 'Lực lượng biên phòng tỉnh Ratanakiri (mẫu)',
    plan: 'Tuần tra liên hợp phòng, chống ma túy qua biên giới Campuchia',
    results: [
      {
        daysAgo: 29,
        arrests: 3,
        tipsPassed: 1,
        seizures: [
          { drugType: 'cannabis', measure: 'kg', quantity: 4.5 },
          { drugType: 'meth_crystal', measure: 'g', quantity: 350 },
        ],
      },
    ],
    end: 'completed',
  },
];

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Writes the demo patrols through the service (once), as the demo station and PC04. */
export async function borderPatrolDemo(service: BorderPatrolService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from border_patrol where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  let written = 0;
  for (const d of DEMO) {
    const unitId = await currentUnitIdByCode(world.db, d.unit);
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    const startOn = addDays(today, -d.startDaysAgo);
    let p = await service.create(
      actor,
      {
        kind: d.kind,
        route: d.route,
        gateCode: d.gateCode ?? null,
        unitId,
        startOn,
        endOn: d.end === 'planned' ? addDays(startOn, 2) : null,
        officers: d.officers,
        forces: d.forces,
        jointWith: d.jointWith ?? [],
        counterpart: d.counterpart ?? null,
        plan: d.plan,
        status: d.end === 'planned' || d.end === 'cancelled' ? 'planned' : 'in_progress',
      },
      { isDemo: true },
    );
    for (const r of d.results ?? []) {
      const done = await service.addResult(
        actor,
        p.id,
        {
          on: addDays(today, -r.daysAgo),
          arrests: r.arrests ?? 0,
          tipsPassed: r.tipsPassed ?? 0,
          seizures: r.seizures ?? [],
          note: r.note ?? null,
          version: p.version,
        },
        { isDemo: true },
      );
      p = done.patrol;
    }
    if (d.end === 'completed') {
      const last = Math.min(...(d.results ?? []).map((r) => r.daysAgo), d.startDaysAgo);
      p = await service.transition(actor, p.id, {
        to: 'completed',
        on: addDays(today, -last),
        version: p.version,
      });
    }
    if (d.end === 'cancelled')
      p = await service.transition(actor, p.id, {
        to: 'cancelled',
        on: today,
        reason: 'Mưa lũ, đường tuần tra bị sạt lở (mẫu)',
        version: p.version,
      });
    written += 1;
  }
  return written;
}

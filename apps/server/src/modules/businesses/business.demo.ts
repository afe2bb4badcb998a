import type { BusinessLine, ChecklistResult, Sanction } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { BusinessService } from './business.service.ts';

type DemoInspection = {
  daysAgo: number;
  answers: [string, ChecklistResult][];
  tested?: number;
  positive?: number;
  findings: string;
  sanctions?: Sanction[];
  followUpInDays?: number;
};
type DemoBusiness = {
  agency: string;
  /** A commune code, or `other:<n>` for the n-th other commune of former Kon Tum (PC04's). */
  unit: string;
  line: BusinessLine;
  name: string;
  owner: string;
  address: string;
  inspections: DemoInspection[];
  /** Status moves after the inspections: [to, days ago, reason]. */
  moves?: [string, number, string][];
  hotspot?: string;
};

const met = (ids: string[]): [string, ChecklistResult][] => ids.map((id) => [id, 'met']);
const KARAOKE = ['no_drugs_found', 'no_drug_use', 'antt_certificate', 'fire_safety', 'karaoke_room_area'];

/** Fictitious premises ("(mẫu)") in the demo communes, at every risk level, some with a follow-up due. */
const DEMO: DemoBusiness[] = [
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    line: 'karaoke',
    name: 'Karaoke Ánh Dương (mẫu)',
    owner: 'Nguyễn Văn Dương (mẫu)',
    address: '45 Phan Đình Phùng',
    inspections: [
      {
        daysAgo: 40,
        answers: [...met(KARAOKE), ['karaoke_no_inner_latch', 'not_met'], ['karaoke_no_alarm', 'met']],
        findings: 'Phòng 3 và phòng 5 lắp chốt cửa bên trong',
        sanctions: [{ kind: 'warning', decisionNumber: '15/QĐ-XPHC' }],
        followUpInDays: 30,
      },
    ],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    line: 'dance_bar',
    name: 'Bar Sông Đăk Bla (mẫu)',
    owner: 'Trần Thị Hà (mẫu)',
    address: 'Đường ven sông Đăk Bla',
    hotspot: 'Nhà trọ ven sông Đăk Bla',
    inspections: [
      {
        daysAgo: 240,
        answers: [
          ['no_drugs_found', 'not_met'],
          ['no_drug_use', 'not_met'],
          ['dance_room_area', 'met'],
        ],
        tested: 12,
        positive: 3,
        findings: 'Phát hiện 3 khách dương tính với ma túy tổng hợp, thu giữ dụng cụ sử dụng',
        sanctions: [
          { kind: 'fine', amountVnd: 40_000_000 },
          { kind: 'suspension', from: '', to: '' },
        ],
      },
      {
        daysAgo: 120,
        answers: met(['no_drugs_found', 'no_drug_use']),
        tested: 8,
        positive: 0,
        findings: 'Không phát hiện vi phạm',
      },
    ],
    moves: [
      ['suspended', 239, 'Đình chỉ hoạt động 3 tháng theo quyết định xử phạt'],
      ['operating', 148, 'Hết thời hạn đình chỉ'],
    ],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    line: 'lodging',
    name: 'Nhà nghỉ Hoa Mai (mẫu)',
    owner: 'Lê Văn Mai (mẫu)',
    address: '12 Trần Hưng Đạo',
    inspections: [
      {
        daysAgo: 60,
        answers: met(['no_drugs_found', 'antt_certificate', 'lodging_stay_notice']),
        findings: 'Chấp hành tốt',
      },
    ],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    line: 'pawn',
    name: 'Tiệm cầm đồ Minh Phát (mẫu)',
    owner: 'Phạm Minh Phát (mẫu)',
    address: '88 Bà Triệu',
    inspections: [],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    line: 'massage',
    name: 'Cơ sở xoa bóp Thảo Nguyên (mẫu)',
    owner: 'Y Thảo (mẫu)',
    address: 'Thôn 1',
    inspections: [
      {
        daysAgo: 10,
        answers: [
          ['massage_separate_rooms', 'not_met'],
          ...met(['massage_valuables_storage', 'no_drugs_found']),
        ],
        findings: 'Chưa bố trí phòng riêng cho nam và nữ',
        sanctions: [{ kind: 'fine', amountVnd: 5_000_000 }],
      },
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    line: 'restaurant',
    name: 'Nhà hàng Đăk Hà (mẫu)',
    owner: 'A Nhơn (mẫu)',
    address: 'Gần chợ trung tâm',
    inspections: [
      { daysAgo: 90, answers: met(['no_drugs_found', 'no_drug_use']), findings: 'Không phát hiện vi phạm' },
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    line: 'karaoke',
    name: 'Karaoke Thanh Xuân (mẫu)',
    owner: 'Đinh Văn Xuân (mẫu)',
    address: 'Tổ dân phố 4',
    inspections: [
      {
        daysAgo: 420,
        answers: [
          ['no_drug_use', 'not_met'],
          ['karaoke_room_area', 'not_met'],
        ],
        tested: 6,
        positive: 4,
        findings: 'Tổ chức cho khách sử dụng ma túy trong phòng hát',
        sanctions: [{ kind: 'revocation', decisionNumber: '03/QĐ-CAT' }],
      },
    ],
    moves: [['revoked', 415, 'Thu hồi giấy chứng nhận đủ điều kiện về ANTT']],
  },
  ...(['other:0', 'other:1', 'other:2'] as const).map(
    (unit, i): DemoBusiness => ({
      agency: 'DEMO-PC04',
      unit,
      line: (['karaoke', 'lodging', 'dance_bar'] as const)[i]!,
      name: ['Karaoke Hoàng Gia (mẫu)', 'Khách sạn Ngọc Linh (mẫu)', 'Quán bar Đêm Xanh (mẫu)'][i]!,
      owner: ['Võ Văn Hoàng (mẫu)', 'Hồ Thị Linh (mẫu)', 'Bùi Văn Xanh (mẫu)'][i]!,
      address: 'Trung tâm xã',
      inspections: [
        {
          daysAgo: 30 + i * 50,
          answers: i === 2 ? [['no_drugs_found', 'not_met']] : met(['no_drugs_found']),
          findings: i === 2 ? 'Thu giữ ma túy tổng hợp tại quầy' : 'Không phát hiện vi phạm',
        },
      ],
    }),
  ),
];

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function communesToday(world: DemoWorld) {
  return queryRows<{ id: string; code: string }>(
    world.db,
    sql`select id, code from unit where valid_to is null and type in ('xa', 'phuong', 'thi_tran')
          and code like '23%' order by code`,
  );
}

export async function businessDemo(service: BusinessService, world: DemoWorld): Promise<number> {
  // Once only: running the seed again must not double the register.
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from business where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  const communes = await communesToday(world);
  const others = communes.filter((c) => c.code !== '23293' && c.code !== '23500');
  let written = 0;
  for (const d of DEMO) {
    const unitId = d.unit.startsWith('other:')
      ? others[Number(d.unit.slice(6)) * 3]?.id
      : communes.find((c) => c.code === d.unit)?.id;
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    const [hotspot] = d.hotspot
      ? await queryRows<{ id: string }>(
          world.db,
          sql`select id from hotspot where is_demo and name = ${d.hotspot}`,
        )
      : [];
    let b = await service.create(
      actor,
      {
        line: d.line,
        name: d.name,
        ownerName: d.owner,
        address: d.address,
        unitId,
        certificateNumber: d.line === 'restaurant' ? null : `${100 + written}/GCN-ANTT`,
        certificateDate: addDays(today, -900),
        certificateIssuer: 'Phòng Cảnh sát QLHC về TTXH, Công an tỉnh',
        hotspotIds: hotspot ? [hotspot.id] : [],
      },
      { isDemo: true },
    );
    const events = [
      ...d.inspections.map((i) => ({ daysAgo: i.daysAgo, inspection: i })),
      ...(d.moves ?? []).map(([to, daysAgo, reason]) => ({ daysAgo, move: { to, reason } })),
    ].sort((x, y) => y.daysAgo - x.daysAgo);
    for (const e of events) {
      const on = addDays(today, -e.daysAgo);
      if ('move' in e && e.move) {
        const to = e.move.to as 'operating';
        b = await service.transition(actor, b.id, { to, on, reason: e.move.reason, version: b.version });
      } else if ('inspection' in e && e.inspection) {
        const i = e.inspection;
        const sanctions = (i.sanctions ?? []).map((s) =>
          s.kind === 'suspension' ? { ...s, from: addDays(on, 1), to: addDays(on, 91) } : s,
        );
        const done = await service.inspect(
          actor,
          b.id,
          {
            on,
            team: 'Đoàn kiểm tra liên ngành (mẫu)',
            agencies: ['Công an xã, phường', 'Phòng Văn hóa - Xã hội'],
            checklist: i.answers.map(([itemId, result]) => ({ itemId, result })),
            customersTested: i.tested ?? null,
            customersPositive: i.positive ?? null,
            findings: i.findings,
            sanctions,
            followUpOn: i.followUpInDays ? addDays(on, i.followUpInDays) : null,
            version: b.version,
          },
          { isDemo: true },
        );
        b = done.business;
      }
    }
    written += 1;
  }
  return written;
}

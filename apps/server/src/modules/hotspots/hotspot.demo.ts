import type { HotspotBehaviour, HotspotStatus } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { HotspotService } from './hotspot.service.ts';

type Step = [HotspotStatus, string, string];
type DemoHotspot = {
  agency: string;
  name: string;
  unitCode: string;
  on: string;
  behaviours: HotspotBehaviour[];
  address: string;
  sellers?: number;
  users?: number;
  steps: Step[];
};

/**
 * Realistic sample hotspots 2023–2026 in the demo agencies' communes: some eliminated and stable, one
 * re-formed after elimination, some still being fought. All flagged as demo data.
 */
const DEMO: DemoHotspot[] = [
  {
    agency: 'DEMO-CA-KONTUM',
    name: 'Nhà trọ ven sông Đăk Bla',
    unitCode: '23293',
    on: '2023-11-02',
    behaviours: ['harbouring_use', 'group_use'],
    address: 'Tổ 4, khu vực ven sông Đăk Bla',
    users: 6,
    steps: [
      ['verifying', '2023-11-10', 'Phân công trinh sát xác minh'],
      ['active', '2023-12-01', 'Xác định có tụ tập sử dụng'],
      ['fighting', '2024-01-15', 'Lập kế hoạch đấu tranh'],
      ['eliminated', '2024-04-20', 'Bắt quả tang, khởi tố chủ nhà trọ'],
      ['watching', '2024-04-21', 'Đưa vào theo dõi 12 tháng'],
      ['reactivated', '2026-02-10', 'Tin báo của quần chúng: có tụ tập trở lại'],
    ],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    name: 'Quán cà phê đầu hẻm Trần Hưng Đạo',
    unitCode: '23293',
    on: '2024-06-18',
    behaviours: ['selling'],
    address: 'Hẻm 12 Trần Hưng Đạo',
    sellers: 1,
    steps: [
      ['verifying', '2024-06-25', 'Xác minh tin báo'],
      ['active', '2024-07-10', 'Có mua bán nhỏ lẻ'],
      ['fighting', '2024-08-01', 'Xác lập chuyên án'],
      ['eliminated', '2024-10-05', 'Bắt giữ đối tượng bán lẻ'],
      ['watching', '2024-10-06', 'Theo dõi sau triệt xóa'],
      ['stable', '2025-10-06', 'Hết thời gian theo dõi, không tái phát'],
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    name: 'Rẫy cà phê thôn 3',
    unitCode: '23500',
    on: '2025-09-12',
    behaviours: ['group_use'],
    address: 'Thôn 3',
    users: 5,
    steps: [
      ['verifying', '2025-09-20', 'Xác minh'],
      ['active', '2025-10-02', 'Có nhóm thanh niên sử dụng'],
      ['fighting', '2026-01-05', 'Triển khai biện pháp đấu tranh'],
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    name: 'Khu nhà bỏ hoang gần chợ',
    unitCode: '23500',
    on: '2026-03-03',
    behaviours: ['organising_use'],
    address: 'Gần chợ trung tâm',
    steps: [['verifying', '2026-03-05', 'Xác minh tin báo']],
  },
];

/** A point inside today's commune of that code (its label point), nudged so demo points do not overlap. */
async function pointIn(
  world: DemoWorld,
  code: string,
  nudge: number,
): Promise<{ lat: number; lng: number } | null> {
  const [row] = await queryRows<{ p: [number, number] | null }>(
    world.db,
    sql`select b.label_point as p from unit_boundary b join unit u on u.id = b.unit_id
         where u.code = ${code} and u.valid_to is null limit 1`,
  );
  if (!row?.p) return null;
  return { lng: row.p[0] + nudge * 0.0012, lat: row.p[1] - nudge * 0.0009 };
}

async function unitIdAt(world: DemoWorld, code: string, on: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    world.db,
    sql`select id from unit where code = ${code} and valid_from <= ${on}::date
          and (valid_to is null or valid_to >= ${on}::date)`,
  );
  return row?.id ?? null;
}

export async function hotspotDemo(service: HotspotService, world: DemoWorld): Promise<number> {
  // Once only: running the seed again must not double the demo register.
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from hotspot where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  let written = 0;
  for (const [i, d] of DEMO.entries()) {
    const actor = await world.actorOf(d.agency);
    const unitId = await unitIdAt(world, d.unitCode, d.on);
    if (!unitId) continue;
    // All but the last have a map point (the last shows how records without one are counted).
    const location = i < DEMO.length - 1 ? await pointIn(world, d.unitCode, i) : null;
    let h = await service.create(
      actor,
      {
        name: d.name,
        behaviours: d.behaviours,
        detectedOn: d.on,
        unitId,
        location,
        address: d.address,
        sellers: d.sellers ?? null,
        users: d.users ?? null,
      },
      { isDemo: true },
    );
    for (const [to, on, reason] of d.steps)
      h = await service.transition(actor, h.id, { to, on, reason, version: h.version });
    written += 1;
  }
  return written;
}

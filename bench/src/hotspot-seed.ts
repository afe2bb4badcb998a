// Bulk seed for the hotspot list benchmark: N hotspots in SQL (insert … select … from generate_series), spread
// over the communes of each era 2023–2026 (the unit valid on the detection date, as the app records them), with
// one hotspot_event row per transition of their lifecycle path. Deterministic (setseed) for a given N.
import type pg from 'pg';

/** Today in the data: nothing is detected or transitioned after this date. */
export const SEED_TODAY = '2026-11-30';

/**
 * Lifecycle paths (each a legal walk of the transition table from `detected`), shortest first, with weights.
 * Young hotspots draw only among the short paths (see `maxWeight` in the seed): a place detected last week
 * is not yet stable.
 */
const PATHS: [weight: number, path: string[]][] = [
  [8, ['detected']],
  [7, ['detected', 'verifying']],
  [4, ['detected', 'active']],
  [12, ['detected', 'verifying', 'active']],
  [6, ['detected', 'verifying', 'dismissed']],
  [12, ['detected', 'verifying', 'active', 'fighting']],
  [8, ['detected', 'verifying', 'active', 'fighting', 'eliminated']],
  [15, ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching']],
  [18, ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching', 'stable']],
  [4, ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching', 'reactivated']],
  [2, ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching', 'stable', 'reactivated']],
  [2, ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching', 'reactivated', 'fighting']],
];

const PLACES = [
  'Nhà trọ',
  'Quán cà phê',
  'Quán karaoke',
  'Nhà nghỉ',
  'Khu đất trống',
  'Chân cầu',
  'Bãi sông',
  'Nhà hoang',
  'Tiệm internet',
  'Quán nhậu',
  'Khu rẫy',
  'Nhà riêng',
];
const NAMES = [
  'Hồng Phát',
  'Minh Anh',
  'Thanh Bình',
  'Y Rơ',
  'A Thuyên',
  'Đăk Blà',
  'Hoa Sen',
  'Phú Quý',
  'Bình Minh',
];
const OFFICERS = [
  'Đại úy Nguyễn Văn Hùng',
  'Thượng úy Trần Thị Lan',
  'Trung úy A Dũng',
  'Thiếu tá Lê Minh Tâm',
];
const BEHAVIOURS = [
  '{selling}',
  '{group_use}',
  '{harbouring_use}',
  '{organising_use,harbouring_use}',
  '{selling,group_use}',
  '{other}',
];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `array[${xs.map(lit).join(',')}]`;

/**
 * Inserts `n` hotspots and their events, owned by the commune police agency whose scope holds the record's
 * unit (PC04 when none), then ANALYZEs. `client` is a plain pg client on the benchmark database.
 */
export async function seedHotspots(
  client: pg.Client,
  n: number,
  opts: { pc04AgencyId: string; createdBy: string },
): Promise<{ hotspots: number; events: number }> {
  await client.query('select setseed(0.20260701)');
  // The communes of each era: before 1/1/2025 (2023–2024), the first half of 2025 (1279/NQ-UBTVQH15 changes),
  // and from 1/7/2025 (96 communes). Ordered by code, which puts the wards of the towns first; the draw below
  // favours low indexes, so towns hold more hotspots than remote communes. Their map point: the label point
  // of their own boundary, else of their district's (before 2025 only districts have polygons).
  await client.query(`
    create temp table bench_commune as
    select e.era, (row_number() over (partition by e.era order by u.code) - 1)::int as idx, u.id, u.name,
           coalesce(b.label_point, pb.label_point, gb.label_point) as lp
      from (values ('a', date '2024-06-01'), ('b', date '2025-03-01'), ('c', date '2026-01-01')) e(era, at)
      join unit u on u.type in ('xa', 'phuong', 'thi_tran', 'dac_khu')
                 and u.valid_from <= e.at and (u.valid_to is null or u.valid_to >= e.at)
      left join unit p on p.id = u.parent_id
      left join unit_boundary b on b.unit_id = u.id
      left join unit_boundary pb on pb.unit_id = p.id
      left join unit_boundary gb on gb.unit_id = p.parent_id`);
  await client.query(
    'create temp table bench_era as select era, count(*)::int as n from bench_commune group by era',
  );
  let acc = 0;
  const paths = PATHS.map(([w, p]) => {
    const lo = acc;
    acc += w;
    return `(${lo}, ${acc}, ${arr(p)})`;
  });
  await client.query(
    `create temp table bench_path(lo int, hi int, path text[]); insert into bench_path values ${paths.join(',')}`,
  );
  // One row per hotspot with every random draw made once (materialised), then the hotspot and its events.
  await client.query(`
    create temp table bench_h as
    with draw as materialized (
      select i, gen_random_uuid() as id,
             date '2023-01-01' + floor(random() * (date '${SEED_TODAY}' - date '2023-01-01' + 1))::int as d,
             random() as r_unit, random() as r_path, random() as r_step, random() as r_kind, random() as r_loc,
             random() as r_lat, random() as r_lng, random() as r_name, random() as r_misc
        from generate_series(1, ${n}) i
    ), dated as (
      select d.*, case when d.d < date '2025-01-01' then 'a' when d.d < date '2025-07-01' then 'b' else 'c' end as era,
             date '${SEED_TODAY}' - d.d as age
        from draw d
    )
    select x.i, x.id, x.d, c.id as unit_id, c.name as unit_name, c.lp, p.path, cardinality(p.path) as len,
           least(20 + x.r_step * 100, x.age::numeric / greatest(cardinality(p.path) - 1, 1)) as step,
           x.r_kind, x.r_loc, x.r_lat, x.r_lng, x.r_name, x.r_misc
      from dated x
      join bench_era e on e.era = x.era
      join bench_commune c on c.era = x.era and c.idx = floor(e.n * power(x.r_unit, 1.6))::int
      -- Young records draw among the short paths only (a year old or more: any path).
      join bench_path p on x.r_path * ${acc} * least(1, 0.25 + x.age / 365.0) >= p.lo
                       and x.r_path * ${acc} * least(1, 0.25 + x.age / 365.0) < p.hi`);
  const places = arr(PLACES);
  const names = arr(NAMES);
  const officers = arr(OFFICERS);
  const behaviours = arr(BEHAVIOURS);
  const on = (k: string) => `(h.d + floor((${k}) * h.step)::int)`;
  await client.query(`
    insert into hotspot (id, unit_id, agency_id, version, created_by, updated_by, created_at, updated_at, is_demo,
                         kind, name, behaviours, status, status_since, detected_on, watch_until, lat, lng, address,
                         description, responsible_officer, linked_persons, linked_businesses, sellers, users, citations)
    select h.id, h.unit_id,
           coalesce((select s.agency_id from agency_scope_unit s join agency a on a.id = s.agency_id
                      where s.unit_id = h.unit_id and a.kind = 'commune_police' order by a.code limit 1),
                    '${opts.pc04AgencyId}'::uuid),
           h.len, '${opts.createdBy}'::uuid, '${opts.createdBy}'::uuid,
           h.d + time '09:00', ${on('h.len - 1')} + time '10:00', false,
           case when h.r_kind < 0.3 then 'gathering' else 'spot' end,
           (${places})[1 + floor(h.r_name * ${PLACES.length})::int] || ' ' ||
             (${names})[1 + (h.i % ${NAMES.length})] || ' (tổ ' || (1 + h.i % 17) || ', ' || h.unit_name || ')',
           ((${behaviours})[1 + (h.i % ${BEHAVIOURS.length})])::text[],
           h.path[h.len], ${on('h.len - 1')}, h.d,
           case when h.path[h.len] = 'watching' then (${on('h.len - 1')} + interval '12 months')::date end,
           case when h.r_loc < 0.88 and h.lp is not null then (h.lp->>1)::float8 + (h.r_lat - 0.5) * 0.04 end,
           case when h.r_loc < 0.88 and h.lp is not null then (h.lp->>0)::float8 + (h.r_lng - 0.5) * 0.04 end,
           'Tổ ' || (1 + h.i % 17) || ', ' || h.unit_name,
           case when h.r_misc < 0.5 then 'Nhiều người lạ ra vào ban đêm, có dụng cụ sử dụng ma túy' end,
           (${officers})[1 + (h.i % ${OFFICERS.length})],
           case when h.r_misc < 0.3 then 'Nguyễn Văn T. (SN 1990), Lê Văn B.' end,
           case when h.r_misc < 0.15 then 'Cơ sở kinh doanh karaoke' end,
           case when h.r_kind < 0.3 then 2 + (h.i % 4) else h.i % 3 end,
           case when h.r_kind < 0.3 then 5 + (h.i % 11) else 1 + (h.i % 6) end,
           case when h.r_misc < 0.2 then '["Kế hoạch 3220/KH-UBND"]'::jsonb else '[]'::jsonb end
      from bench_h h`);
  await client.query(`
    insert into hotspot_event (hotspot_id, from_status, to_status, "on", reason, citation, created_by, created_at)
    select h.id, h.path[k - 1], h.path[k], ${on('k - 1')},
           case when k = 1 then 'Ghi nhận điểm, tụ điểm' else 'Chuyển sang ' || h.path[k] end,
           case when h.path[k] = 'eliminated' then 'Kế hoạch 3220/KH-UBND' end,
           '${opts.createdBy}'::uuid, ${on('k - 1')} + time '10:00'
      from bench_h h, generate_subscripts(h.path, 1) k`);
  // VACUUM too: a table that has lived in production has its visibility map set by autovacuum.
  await client.query('vacuum analyze hotspot, hotspot_event');
  await client.query('analyze');
  const { rows } = await client.query<{ h: number; e: number }>(
    'select (select count(*)::int from hotspot) as h, (select count(*)::int from hotspot_event) as e',
  );
  await client.query('drop table bench_h, bench_path, bench_era, bench_commune');
  return { hotspots: rows[0]!.h, events: rows[0]!.e };
}

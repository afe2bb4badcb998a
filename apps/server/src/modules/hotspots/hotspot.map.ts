import { type HotspotMap, type HotspotMapQuery, type HotspotStatus, hotspotStatuses } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import type { UnitService } from '../units/unit.service.ts';

/** The records of the period as parallel arrays: only what the map draws and counts. */
type Columns = {
  id: string[];
  unitId: string[];
  status: HotspotStatus[];
  lat: (number | null)[];
  lng: (number | null)[];
  eliminated: number[];
  reformed: number[];
};
type Row = {
  id: string;
  unitId: string;
  status: HotspotStatus;
  lat: number | null;
  lng: number | null;
  eliminated: number;
  reformed: number;
};

const statusIndex = new Map<string, number>(hotspotStatuses.map((s, i) => [s, i]));
// 6 decimals ≈ 0.1 m: what the point picker records, and fewer bytes than a double's 15–17 digits.
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The register on a map, in the units of date `at`: each record is shown under the unit of `at` that its own
 * unit became through the reorganisations (a 2024 ward → the 2025 ward that absorbed it). A split commune's
 * record goes to the part that contains its point (or, without a point, to one part, deterministically): it
 * is never counted twice. Eliminations and re-formations are events dated inside the period. The points go
 * out as parallel arrays (`hotspotMapPoints`): 5 000 of them are ~330 kB instead of ~1.1 MB as objects.
 */
export async function hotspotMapOf(
  db: Db,
  units: UnitService,
  actor: Actor,
  q: HotspotMapQuery & { at: string },
): Promise<HotspotMap> {
  const from = q.from ?? null;
  const to = q.to ?? null;
  const inPeriod = sql`(${from ? sql`e.on >= ${from}::date` : sql`true`} and ${to ? sql`e.on <= ${to}::date` : sql`true`})`;
  // The records of the period, aggregated into one JSON text of parallel arrays: 5 000 rows decoded one by one
  // cost 35–60 ms on PGlite (each value crosses the wasm boundary), one text ~10 ms. Ordered by id: the same
  // data gives the same answer.
  const agg = (column: string) => sql.raw(`coalesce(json_agg(${column}), '[]')`);
  const [result] = await queryRows<{ columns: string }>(
    db,
    sql`
    select json_build_object('id', ${agg('r.id')}, 'unitId', ${agg('r.unit_id')}, 'status', ${agg('r.status')},
                             'lat', ${agg('r.lat')}, 'lng', ${agg('r.lng')},
                             'eliminated', ${agg('r.eliminated')}, 'reformed', ${agg('r.reformed')})::text as columns
      from (
        select h.id, h.unit_id, h.status, h.lat, h.lng,
               coalesce(ev.eliminated, 0) as eliminated, coalesce(ev.reformed, 0) as reformed
          from hotspot h
          -- one pass over the period's eliminations and re-formations, not two subqueries per record
          left join (
            select e.hotspot_id,
                   count(*) filter (where e.to_status = 'eliminated')::int as eliminated,
                   count(*) filter (where e.to_status = 'reactivated')::int as reformed
              from hotspot_event e
             where e.to_status in ('eliminated', 'reactivated') and ${inPeriod}
             group by e.hotspot_id
          ) ev on ev.hotspot_id = h.id
         where ${unitInScope(actor, 'hotspot.read', sql`h.unit_id`)}
           and ${to ? sql`h.detected_on <= ${to}::date` : sql`true`}
           and ${q.status?.length ? sql`h.status in ${q.status}` : sql`true`}
           and ${q.kind ? sql`h.kind = ${q.kind}` : sql`true`}
           -- in the period: detected before its end, and not closed (stable/dismissed) before its start
           and ${from ? sql`not (h.status in ('stable', 'dismissed') and h.status_since < ${from}::date)` : sql`true`}
         order by h.id
      ) r`,
  );
  const c = JSON.parse(result?.columns ?? '{}') as Columns;
  const rows: Row[] = (c.id ?? []).map((id, i) => ({
    id,
    unitId: c.unitId[i]!,
    status: c.status[i]!,
    lat: c.lat[i] ?? null,
    lng: c.lng[i] ?? null,
    eliminated: c.eliminated[i]!,
    reformed: c.reformed[i]!,
  }));
  const candidatesOf = await unitsAtDate(db, [...new Set(rows.map((r) => r.unitId))], q.at);

  const unitOf = async (r: Row): Promise<string | null> => {
    const c = candidatesOf.get(r.unitId) ?? [];
    if (c.length <= 1) return c[0] ?? null;
    if (r.lat !== null && r.lng !== null) {
      const found = await units.locatePoint(r.lat, r.lng, q.at);
      if (found && c.includes(found.unit.id)) return found.unit.id;
    }
    return c[0] ?? null;
  };

  const located: { r: Row; unitId: string | null }[] = [];
  const perUnit = new Map<
    string,
    { total: number; byStatus: Record<string, number>; eliminated: number; reformed: number }
  >();
  let unlocated = 0;
  for (const r of rows) {
    const unitId = await unitOf(r);
    if (q.unitId && unitId !== q.unitId) continue;
    if (r.lat !== null && r.lng !== null) located.push({ r, unitId });
    else unlocated += 1;
    if (!unitId) continue;
    const u = perUnit.get(unitId) ?? { total: 0, byStatus: {}, eliminated: 0, reformed: 0 };
    u.total += 1;
    u.byStatus[r.status] = (u.byStatus[r.status] ?? 0) + 1;
    u.eliminated += r.eliminated;
    u.reformed += r.reformed;
    perUnit.set(unitId, u);
  }
  const ids = [...perUnit.keys()];
  const names = ids.length
    ? await queryRows<{ id: string; code: string; name: string }>(
        db,
        sql`select id, code, name from unit where id in ${ids}`,
      )
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const unitRows = ids
    .map((unitId) => ({
      unitId,
      code: byId.get(unitId)?.code ?? '',
      name: byId.get(unitId)?.name ?? '',
      ...perUnit.get(unitId)!,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const unitIndex = new Map(unitRows.map((u, i) => [u.unitId, i]));
  const points: HotspotMap['points'] = { id: [], lat: [], lng: [], status: [], unit: [] };
  for (const { r, unitId } of located) {
    points.id.push(r.id);
    points.lat.push(round6(r.lat!));
    points.lng.push(round6(r.lng!));
    points.status.push(statusIndex.get(r.status) ?? 0);
    points.unit.push(unitId ? (unitIndex.get(unitId) ?? -1) : -1);
  }
  return { at: q.at, from, to, statuses: [...hotspotStatuses], points, units: unitRows, unlocated };
}

/**
 * For each unit, the units valid on `at` that it became through the reorganisations (more than one only for a
 * split commune): the unit itself when still valid, else its successors, link by link.
 */
async function unitsAtDate(db: Db, unitIds: string[], at: string): Promise<Map<string, string[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<{ origin: string; candidates: string[] }>(
    db,
    sql`
    with recursive fwd(origin, unit_id, depth) as (
      select u.id, u.id, 0 from unit u where u.id in ${unitIds}
      union all
      -- one recursive term (PostgreSQL allows no more): the units a unit became through a reorganisation
      -- link, or its next version (same code, back to back, no link between them)
      select f.origin, n.id, f.depth + 1 from fwd f cross join lateral (
        select l.successor_id as id from unit_link l where l.predecessor_id = f.unit_id
        union all
        select v.id from unit a join unit v on v.code = a.code and v.valid_from = a.valid_to + 1
         where a.id = f.unit_id and not exists (select 1 from unit_link l2 where l2.predecessor_id = a.id)
      ) n
       where f.depth < 12
    )
    select f.origin, array_agg(distinct f.unit_id order by f.unit_id) as candidates
      from fwd f join unit u on u.id = f.unit_id
     where u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)
     group by f.origin`,
  );
  return new Map(rows.map((r) => [r.origin, r.candidates]));
}

import type { HotspotMap, HotspotMapQuery } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import type { UnitService } from '../units/unit.service.ts';

type Row = {
  id: string;
  name: string;
  kind: HotspotMap['points'][number]['kind'];
  status: HotspotMap['points'][number]['status'];
  lat: number | null;
  lng: number | null;
  isDemo: boolean;
  eliminated: number;
  reformed: number;
  /** Units valid on `at` that the record's unit became (more than one only for a split commune). */
  candidates: string[] | null;
};

/**
 * The register on a map, in the units of date `at`: each record is shown under the unit of `at` that its own
 * unit became through the reorganisations (a 2024 ward → the 2025 ward that absorbed it). A split commune's
 * record goes to the part that contains its point (or, without a point, to one part, deterministically): it
 * is never counted twice. Eliminations and re-formations are events dated inside the period.
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
  const rows = await queryRows<Row>(
    db,
    sql`
    with recursive picked as (
      select h.* from hotspot h
       where ${unitInScope(actor, 'hotspot.read', sql`h.unit_id`)}
         and ${to ? sql`h.detected_on <= ${to}::date` : sql`true`}
         and ${q.status?.length ? sql`h.status in ${q.status}` : sql`true`}
         and ${q.kind ? sql`h.kind = ${q.kind}` : sql`true`}
         -- in the period: detected before its end, and not closed (stable/dismissed) before its start
         and ${from ? sql`not (h.status in ('stable', 'dismissed') and h.status_since < ${from}::date)` : sql`true`}
    ), fwd(origin, unit_id, depth) as (
      select distinct p.unit_id, p.unit_id, 0 from picked p
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
    ), at_date as (
      select f.origin, array_agg(distinct f.unit_id order by f.unit_id) as candidates
        from fwd f join unit u on u.id = f.unit_id
       where u.valid_from <= ${q.at}::date and (u.valid_to is null or u.valid_to >= ${q.at}::date)
       group by f.origin
    )
    select p.id, p.name, p.kind, p.status, p.lat, p.lng, p.is_demo as "isDemo",
           coalesce(ev.eliminated, 0) as "eliminated", coalesce(ev.reformed, 0) as "reformed",
           a.candidates
      from picked p
      left join at_date a on a.origin = p.unit_id
      -- one pass over the period's eliminations and re-formations, not two subqueries per record
      left join (
        select e.hotspot_id,
               count(*) filter (where e.to_status = 'eliminated')::int as eliminated,
               count(*) filter (where e.to_status = 'reactivated')::int as reformed
          from hotspot_event e
         where e.to_status in ('eliminated', 'reactivated') and ${inPeriod}
         group by e.hotspot_id
      ) ev on ev.hotspot_id = p.id`,
  );

  const unitOf = async (r: Row): Promise<string | null> => {
    const c = r.candidates ?? [];
    if (c.length <= 1) return c[0] ?? null;
    if (r.lat !== null && r.lng !== null) {
      const found = await units.locatePoint(r.lat, r.lng, q.at);
      if (found && c.includes(found.unit.id)) return found.unit.id;
    }
    return c[0] ?? null;
  };

  const points: HotspotMap['points'] = [];
  const perUnit = new Map<
    string,
    { total: number; byStatus: Record<string, number>; eliminated: number; reformed: number }
  >();
  let unlocated = 0;
  for (const r of rows) {
    const unitId = await unitOf(r);
    if (q.unitId && unitId !== q.unitId) continue;
    if (r.lat !== null && r.lng !== null)
      points.push({
        id: r.id,
        name: r.name,
        kind: r.kind,
        status: r.status,
        lat: r.lat,
        lng: r.lng,
        unitId,
        isDemo: r.isDemo,
      });
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
  return {
    at: q.at,
    from,
    to,
    points,
    units: ids
      .map((unitId) => ({
        unitId,
        code: byId.get(unitId)?.code ?? '',
        name: byId.get(unitId)?.name ?? '',
        ...perUnit.get(unitId)!,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    unlocated,
  };
}

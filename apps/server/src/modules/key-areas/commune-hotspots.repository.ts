import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

export type HotspotOnDateRow = {
  kind: string;
  status: string | null;
  lat: number | null;
  lng: number | null;
  isNew: boolean;
  eliminated: number;
  reformed: number;
  /** Units valid on `on` that the record's own unit became (more than one only for a split commune). */
  candidates: string[] | null;
};

/**
 * The hotspot register's records as of date `on`, each with its status **on that date** (its last event on or
 * before it, so a 2025 classification re-run in 2026 counts what was live in 2025) and the communes of `on`
 * its own unit became — the hotspot map's walk through the unit history (a 2024 ward's record goes to the 2025
 * ward that absorbed it). The map (`hotspot.map.ts`) does not expose its walk on its own and reads current
 * statuses, so the walk is written here again for dated statuses. Aggregates only: no hotspot scope applies
 * (the caller has checked the communes against the actor's jurisdiction). `only`: these communes' records.
 */
export async function hotspotRowsOn(
  db: Db,
  q: { on: string; since: string; only?: string[] | undefined },
): Promise<HotspotOnDateRow[]> {
  const restrict = q.only?.length ? sql`h.unit_id in (select unit_id from back)` : sql`true`;
  return queryRows<HotspotOnDateRow>(
    db,
    sql`
    with recursive back(unit_id, depth) as (
      -- the communes asked for and every unit whose records roll into them (predecessors, earlier versions)
      select u.id, 0 from unit u where ${q.only?.length ? sql`u.id in ${q.only}` : sql`false`}
      union all
      select n.id, b.depth + 1 from back b cross join lateral (
        select l.predecessor_id as id from unit_link l where l.successor_id = b.unit_id
        union all
        select v.id from unit a join unit v on v.code = a.code and v.valid_to + 1 = a.valid_from
         where a.id = b.unit_id and not exists (select 1 from unit_link l2 where l2.predecessor_id = v.id)
      ) n
       where b.depth < 12
    ), picked as (
      select h.id, h.unit_id, h.kind, h.lat, h.lng, h.detected_on >= ${q.since}::date as is_new,
             (select e.to_status from hotspot_event e where e.hotspot_id = h.id and e.on <= ${q.on}::date
               order by e.on desc, e.created_at desc limit 1) as status
        from hotspot h
       where h.detected_on <= ${q.on}::date and ${restrict}
    ), fwd(origin, unit_id, depth) as (
      select distinct p.unit_id, p.unit_id, 0 from picked p
      union all
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
       where u.valid_from <= ${q.on}::date and (u.valid_to is null or u.valid_to >= ${q.on}::date)
       group by f.origin
    )
    select p.kind, p.status, p.lat, p.lng, p.is_new as "isNew", a.candidates,
           coalesce(ev.eliminated, 0) as "eliminated", coalesce(ev.reformed, 0) as "reformed"
      from picked p
      left join at_date a on a.origin = p.unit_id
      left join (
        select e.hotspot_id,
               count(*) filter (where e.to_status = 'eliminated')::int as eliminated,
               count(*) filter (where e.to_status = 'reactivated')::int as reformed
          from hotspot_event e
         where e.to_status in ('eliminated', 'reactivated') and e.on >= ${q.since}::date and e.on <= ${q.on}::date
         group by e.hotspot_id
      ) ev on ev.hotspot_id = p.id`,
  );
}

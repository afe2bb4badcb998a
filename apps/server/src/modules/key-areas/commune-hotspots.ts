import { liveHotspotStatuses } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { UnitService } from '../units/unit.service.ts';

/** Hotspot figures of one commune on a date, as classification inputs and on the commune page. */
export type CommuneHotspotCounts = {
  /** Live on the date (see `liveHotspotStatuses`), by kind. */
  spots: number;
  gatherings: number;
  /** Recorded on or before the date and not dismissed by then. */
  recorded: number;
  /** In eliminated, watching or stable on the date. */
  eliminatedNow: number;
  /** Detected in [since, on] (new hotspots). */
  detected: number;
  /** Eliminations and re-formations dated in [since, on]. */
  eliminated: number;
  reformed: number;
};
const zero = (): CommuneHotspotCounts => ({
  spots: 0,
  gatherings: 0,
  recorded: 0,
  eliminatedNow: 0,
  detected: 0,
  eliminated: 0,
  reformed: 0,
});

type Row = {
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
 * Hotspot counts per commune of date `on`, from the register itself: each hotspot's status **on that date** is
 * its last event on or before it (so a 2025 classification re-run in 2026 counts what was live in 2025), and
 * each record is counted under the commune of `on` that its own unit became — the hotspot map's rule: a 2024
 * ward's record goes to the 2025 ward that absorbed it; a split commune's record to the part containing its
 * point (without a point, to one part, deterministically), never to both.
 *
 * The unit walk is the map's (`hotspot.map.ts`), which does not expose it on its own and reads current
 * statuses; the status-on-date is what a classification needs. Aggregates only: no hotspot scope applies (the
 * caller has checked the communes against the actor's jurisdiction). `only`: restrict to these communes.
 */
export async function hotspotCountsByCommune(
  db: Db,
  units: UnitService,
  q: { on: string; since: string; only?: string[] },
): Promise<Map<string, CommuneHotspotCounts>> {
  const live = [...liveHotspotStatuses];
  const restrict = q.only?.length ? sql`h.unit_id in (select unit_id from back)` : sql`true`;
  const rows = await queryRows<Row>(
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
  const out = new Map<string, CommuneHotspotCounts>();
  for (const r of rows) {
    const c = r.candidates ?? [];
    let unitId = c[0] ?? null;
    if (c.length > 1 && r.lat !== null && r.lng !== null) {
      const found = await units.locatePoint(r.lat, r.lng, q.on);
      if (found && c.includes(found.unit.id)) unitId = found.unit.id;
    }
    if (!unitId || (q.only && !q.only.includes(unitId))) continue;
    const n = out.get(unitId) ?? zero();
    if (r.status && live.includes(r.status as (typeof live)[number])) {
      if (r.kind === 'gathering') n.gatherings += 1;
      else n.spots += 1;
    }
    if (r.status && r.status !== 'dismissed') n.recorded += 1;
    if (r.status === 'eliminated' || r.status === 'watching' || r.status === 'stable') n.eliminatedNow += 1;
    if (r.isNew) n.detected += 1;
    n.eliminated += r.eliminated;
    n.reformed += r.reformed;
    out.set(unitId, n);
  }
  return out;
}

export const countsOf = (m: Map<string, CommuneHotspotCounts>, unitId: string) => m.get(unitId) ?? zero();

import type { IndicatorSnapshot, ProgrammeIndicators } from '@pcmt/contracts';
import { liveHotspotStatuses } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/**
 * A commune's indicators on a date, for a programme's baseline, its figures at success and the relapse watch.
 * Read with SQL from the key-areas tables (areas register: `commune_classification`, `commune_indicator`) and
 * the hotspot register; this module writes none of them.
 */

export const emptyIndicators = (): ProgrammeIndicators => ({
  population: null,
  personsWithRecords: null,
  addicts: null,
  drugUseVenueCount: null,
  activeSpots: null,
  activeGatherings: null,
  arrestedOffenders: null,
  plantCount: null,
  plantAreaM2: null,
  onKeyRoute: null,
});

const pick = (raw: Record<string, unknown> | null | undefined): ProgrammeIndicators => {
  const out = emptyIndicators();
  for (const k of Object.keys(out) as (keyof ProgrammeIndicators)[]) {
    const v = raw?.[k];
    if (k === 'onKeyRoute') out.onKeyRoute = typeof v === 'boolean' ? v : null;
    else (out as Record<string, unknown>)[k] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return out;
};

/**
 * The commune's area across reorganisations: the unit, the units it became (recursively) and the units that
 * became it (a 2025 ward and the old wards merged into it). A hotspot recorded under an old ward in 2023 and
 * re-formed in 2026 is a re-formation in the 2025 ward's programme.
 */
export async function areaUnits(db: Db, unitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive later(id) as (
          select ${unitId}::uuid
          union select l.successor_id from unit_link l join later a on l.predecessor_id = a.id
        ), earlier(id) as (
          select ${unitId}::uuid
          union select l.predecessor_id from unit_link l join earlier a on l.successor_id = a.id
        ) select id::text as id from later union select id::text from earlier`,
  );
  return rows.map((r) => r.id);
}

/** Live điểm / tụ điểm of the area on `on`: the status of each hotspot's last event on or before that day. */
export async function liveHotspots(db: Db, units: string[], on: string) {
  const live = liveHotspotStatuses as readonly string[];
  const [row] = await queryRows<{ spots: number; gatherings: number }>(
    db,
    sql`select count(*) filter (where h.kind = 'spot')::int as spots,
               count(*) filter (where h.kind = 'gathering')::int as gatherings
          from hotspot h
          join lateral (select e.to_status from hotspot_event e where e.hotspot_id = h.id and e.on <= ${on}::date
                         order by e.on desc, e.created_at desc limit 1) last on true
         where h.unit_id::text in ${units} and last.to_status in ${[...live]}`,
  );
  return { activeSpots: row?.spots ?? 0, activeGatherings: row?.gatherings ?? 0 };
}

/**
 * The indicators of the commune on `on`: as entered; else its latest classification on or before that day
 * (its inputs, as the classification used them); else its recorded figures covering that day with the live
 * hotspot counts; else only the live hotspot counts (`none`: nothing recorded).
 */
export async function snapshotOf(
  db: Db,
  unitId: string,
  on: string,
  entered?: Partial<ProgrammeIndicators>,
): Promise<IndicatorSnapshot> {
  const units = await areaUnits(db, unitId);
  if (entered && Object.keys(entered).length > 0)
    return {
      source: 'entered',
      asOf: on,
      classificationId: null,
      indicatorId: null,
      communeClass: null,
      indicators: { ...emptyIndicators(), ...entered },
    };
  const [classified] = await queryRows<{
    id: string;
    asOf: string;
    communeClass: string;
    inputs: Record<string, unknown>;
  }>(
    db,
    sql`select id::text as id, as_of::text as "asOf", commune_class as "communeClass", inputs
          from commune_classification
         where unit_id::text in ${units} and as_of <= ${on}::date
         order by as_of desc, created_at desc limit 1`,
  );
  if (classified)
    return {
      source: 'classification',
      asOf: classified.asOf,
      classificationId: classified.id,
      indicatorId: null,
      communeClass: classified.communeClass,
      indicators: pick(classified.inputs),
    };
  const hotspots = await liveHotspots(db, units, on);
  const [recorded] = await queryRows<Record<string, unknown> & { id: string; periodFrom: string }>(
    db,
    sql`select id::text as id, period_from::text as "periodFrom", population,
               persons_with_records as "personsWithRecords", addicts, drug_use_venue_count as "drugUseVenueCount",
               arrested_offenders as "arrestedOffenders", plant_count as "plantCount",
               plant_area_m2 as "plantAreaM2", on_key_route as "onKeyRoute"
          from commune_indicator
         where unit_id::text in ${units} and period_from <= ${on}::date and period_to >= ${on}::date
         order by period_from desc limit 1`,
  );
  if (recorded)
    return {
      source: 'recorded',
      asOf: on,
      classificationId: null,
      indicatorId: recorded.id,
      communeClass: null,
      indicators: { ...pick(recorded), ...hotspots },
    };
  return {
    source: 'none',
    asOf: on,
    classificationId: null,
    indicatorId: null,
    communeClass: null,
    indicators: { ...emptyIndicators(), ...hotspots },
  };
}

/** Hotspots of the area re-formed (moved to tái hoạt động) from `from` to `to`, with their names and dates. */
export async function reformationsIn(db: Db, units: string[], from: string, to: string) {
  return queryRows<{ hotspotId: string; name: string; on: string }>(
    db,
    sql`select h.id::text as "hotspotId", h.name, e.on::text as "on"
          from hotspot_event e join hotspot h on h.id = e.hotspot_id
         where h.unit_id::text in ${units} and e.to_status = 'reactivated'
           and e.on between ${from}::date and ${to}::date
         order by e.on, h.name`,
  );
}

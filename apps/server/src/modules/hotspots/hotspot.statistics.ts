import type { HotspotStatistics, HotspotStatisticsQuery } from '@pcmt/contracts';
import {
  type AreaGeometry,
  type CalendarPeriod,
  calendarPeriodOf,
  contiguityWeights,
  createBoundaryIndex,
  emergingHotspots,
  kernelDensity,
  tallyByUnitAndPeriod,
} from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import type { UnitService } from '../units/unit.service.ts';

type Formation = { on: string; lat: number | null; lng: number | null; weight?: number };

/** Every calendar period label from `from` to `to`, so quiet periods count as zeros, not as missing. */
export function periodsBetween(from: string, to: string, kind: CalendarPeriod): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = calendarPeriodOf(to, kind);
  for (let guard = 0; guard < 1200; guard++) {
    const label = calendarPeriodOf(`${y}-${String(m).padStart(2, '0')}-01`, kind);
    if (out.at(-1) !== label) out.push(label);
    if (label === end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * Where hotspots form, and how that changes: formations (a record, or a re-formation) per unit and period,
 * Getis–Ord Gi* of each period over the units of date `at` (queen contiguity), the emerging / persistent /
 * cooling classification of each unit's series, and a quartic kernel density of the formations for the heat
 * layer. Formations without a point cannot be placed in a polygon and are reported as `unplaced`.
 */
type Boundaries = Awaited<ReturnType<UnitService['boundaries']>>;
type Prepared = {
  areas: Boundaries['features'];
  index: ReturnType<typeof createBoundaryIndex<string>>;
  ids: string[];
  weights: ReturnType<typeof contiguityWeights>;
};
/**
 * The areas of a date, their point index and their contiguity weights, worked out once per boundaries object
 * (the unit service keeps one per date until the units change): the weights cost ~0.1 s of the event loop
 * for the province's 96 communes, at every opening of the map.
 */
const prepared = new WeakMap<Boundaries, Prepared>();
function preparedAreas(boundaries: Boundaries): Prepared {
  const known = prepared.get(boundaries);
  if (known) return known;
  // The finest level that has polygons on `at`: communes from 01/7/2025, districts before.
  const deepest = Math.max(...boundaries.features.map((f) => f.properties.level), 0);
  const areas = boundaries.features.filter((f) => f.properties.level === deepest);
  const made: Prepared = {
    areas,
    index: createBoundaryIndex(
      areas.map((f) => ({ geometry: f.geometry as AreaGeometry, value: f.properties.id, level: deepest })),
    ),
    ids: areas.map((f) => f.properties.id),
    weights: contiguityWeights(
      areas.map((f) => ({ id: f.properties.id, geometry: f.geometry as AreaGeometry })),
    ),
  };
  prepared.set(boundaries, made);
  return made;
}

export async function hotspotStatisticsOf(
  db: Db,
  units: UnitService,
  actor: Actor,
  q: HotspotStatisticsQuery & { at: string; from: string; to: string },
): Promise<HotspotStatistics> {
  const formations = await queryRows<Formation>(
    db,
    sql`select e.on::text as "on", h.lat, h.lng from hotspot_event e join hotspot h on h.id = e.hotspot_id
         where e.to_status in ('detected', 'reactivated') and e.on between ${q.from}::date and ${q.to}::date
           and ${unitInScope(actor, 'hotspot.read', sql`h.unit_id`)}
           and ${q.kind ? sql`h.kind = ${q.kind}` : sql`true`}`,
  );
  const { areas, index, ids, weights } = preparedAreas(await units.boundaries(q.at));
  const periods = periodsBetween(q.from, q.to, q.period);
  type Placed = { on: string; lat: number; lng: number; weight?: number };
  const placed = formations.filter((f): f is Placed => f.lat !== null && f.lng !== null);
  const tally = tallyByUnitAndPeriod(
    placed,
    ids,
    (f) => index.locate(f.lat, f.lng),
    (f) => calendarPeriodOf(f.on, q.period),
    periods,
  );
  const trends = emergingHotspots(
    tally.periods.map((period, k) => ({ period, values: tally.values[k]! })),
    weights,
  );
  const density = kernelDensity(placed, { bandwidthMetres: q.bandwidthMetres, cellSizeMetres: q.cellMetres });
  return {
    at: q.at,
    periods: tally.periods,
    level:
      areas[0] && ['huyen', 'thanh_pho', 'thi_xa'].includes(areas[0].properties.type)
        ? 'district'
        : 'commune',
    units: trends.map((t, i) => ({
      unitId: t.id,
      code: areas[i]!.properties.code,
      name: areas[i]!.properties.name,
      counts: tally.values.map((row) => row[i]!),
      z: t.series.map((s) => s.result.z),
      p: t.series.map((s) => s.result.p),
      category: t.category,
    })),
    density: {
      bandwidthMetres: q.bandwidthMetres,
      cellMetres: q.cellMetres,
      max: density.max,
      cells: density.cells.map((c) => ({ lat: c.lat, lng: c.lng, density: c.density })),
    },
    unplaced: formations.length - placed.length + tally.unplaced,
  };
}

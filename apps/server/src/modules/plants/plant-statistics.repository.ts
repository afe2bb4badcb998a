import type { PlantStatistics, PlantStatisticsQuery } from '@pcmt/contracts';
import { roundArea } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

type Figures = PlantStatistics['totals'];
type Raw = {
  species: string;
  unit_id: string;
  code: string;
  name: string;
  detections: number;
  area_detected: string;
  plants_detected: string;
  destructions: number;
  area_destroyed: string;
  plants_destroyed: string;
  handed_over: number;
};

const zero = (): Figures => ({
  detections: 0,
  areaDetectedM2: 0,
  plantsDetected: 0,
  destructions: 0,
  areaDestroyedM2: 0,
  plantsDestroyed: 0,
  handedOver: 0,
});

/**
 * The period's figures by species and commune (the record's unit, the commune of its detection date), in the
 * actor's jurisdiction for `plant.statistics`. Each figure counts on its own date: a detection on the
 * detection date, a destruction (and what it destroyed) on the destruction date, a hand-over on its date; so
 * a field found in December and destroyed in January counts in both years, once each. Numeric sums are
 * exact in SQL and arrive as text.
 */
export async function plantStatistics(
  db: Db,
  actor: Actor,
  q: PlantStatisticsQuery & { from: string; to: string },
): Promise<PlantStatistics> {
  const inPeriod = (col: string) => sql`${sql.raw(`p.${col}`)} between ${q.from}::date and ${q.to}::date`;
  const rows = await queryRows<Raw>(
    db,
    sql`select p.species, u.id as unit_id, u.code, u.name,
        (count(*) filter (where ${inPeriod('detected_on')}))::int as detections,
        (coalesce(sum(p.area_m2) filter (where ${inPeriod('detected_on')}), 0))::text as area_detected,
        (coalesce(sum(p.plant_count) filter (where ${inPeriod('detected_on')}), 0))::text as plants_detected,
        (count(*) filter (where ${inPeriod('destroyed_on')}))::int as destructions,
        (coalesce(sum(p.area_destroyed_m2) filter (where ${inPeriod('destroyed_on')}), 0))::text as area_destroyed,
        (coalesce(sum(p.plants_destroyed) filter (where ${inPeriod('destroyed_on')}), 0))::text as plants_destroyed,
        (count(*) filter (where ${inPeriod('handed_over_on')}))::int as handed_over
      from narcotic_plant p join unit u on u.id = p.unit_id
      where ${unitInScope(actor, 'plant.statistics', sql`p.unit_id`)}
        and (${inPeriod('detected_on')} or ${inPeriod('destroyed_on')} or ${inPeriod('handed_over_on')})
        ${q.unitId ? sql`and p.unit_id = ${q.unitId}::uuid` : sql``}
        ${q.species ? sql`and p.species = ${q.species}` : sql``}
      group by p.species, u.id, u.code, u.name
      order by u.code, p.species`,
  );
  const totals = zero();
  const out = rows.map((r) => {
    const f: Figures = {
      detections: r.detections,
      areaDetectedM2: Number(r.area_detected),
      plantsDetected: Number(r.plants_detected),
      destructions: r.destructions,
      areaDestroyedM2: Number(r.area_destroyed),
      plantsDestroyed: Number(r.plants_destroyed),
      handedOver: r.handed_over,
    };
    for (const k of Object.keys(totals) as (keyof Figures)[]) totals[k] += f[k];
    return {
      species: r.species as PlantStatistics['rows'][number]['species'],
      unit: { id: r.unit_id, code: r.code, name: r.name },
      ...f,
    };
  });
  totals.areaDetectedM2 = roundArea(totals.areaDetectedM2);
  totals.areaDestroyedM2 = roundArea(totals.areaDestroyedM2);
  return { from: q.from, to: q.to, totals, rows: out };
}

import type { DrugType, MeasureUnit } from '@pcmt/contracts';
import type { DatedCount, DatedSeizure, Period } from '@pcmt/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * The participating units and every unit below them (communes under a province or an old district), each
 * mapped to one participating unit (the first by id when they nest), so a record counts once. Records of a
 * merged commune are not followed to its successor: a campaign's records point at the units of its period.
 */
const area = (unitIds: readonly string[]) => sql`with recursive reach(id, root) as (
    select u.id, u.id from unit u where u.id in (${sql.join(
      unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    union
    select c.id, r.root from unit c join reach r on c.parent_id = r.id
  ), area as (select distinct on (id) id, root from reach order by id, root)`;

type CountRow = { root: string; on: string; n: number };

/**
 * The dated figures of a campaign's units, inside the period and the reader's jurisdiction (`campaign.read`:
 * counts without names), grouped by unit and day. The domain's `campaignResults` sums them.
 */
export async function campaignFigures(
  db: Db,
  actor: Actor,
  unitIds: readonly string[],
  p: Period,
): Promise<{ counts: DatedCount[]; seizures: DatedSeizure[] }> {
  const within = (col: SQL) => sql`${col} between ${p.from}::date and ${p.to}::date`;
  const scope = (col: SQL) => unitInScope(actor, 'campaign.read', col);
  const counts = async (indicator: DatedCount['indicator'], body: SQL) =>
    (await queryRows<CountRow>(db, sql`${area(unitIds)} ${body}`)).map((r) => ({
      on: r.on,
      unitId: r.root,
      indicator,
      count: Number(r.n),
    }));
  const cases = sql`from criminal_case c join area a on a.id = c.unit_id
    where ${within(sql`c.opened_on`)} and ${scope(sql`c.unit_id`)} group by a.root, c.opened_on`;
  const out: DatedCount[] = [
    ...(await counts(
      'cases_opened',
      sql`select a.root, c.opened_on::text as on, count(*)::int as n ${cases}`,
    )),
    ...(await counts(
      'suspects',
      sql`select a.root, c.opened_on::text as on, sum(jsonb_array_length(c.suspects))::int as n ${cases}`,
    )),
    // An arrest counts on its own date, whatever the case's opening date.
    ...(await counts(
      'arrests',
      sql`select a.root, (s->>'arrestedOn') as on, count(*)::int as n
        from criminal_case c join area a on a.id = c.unit_id, jsonb_array_elements(c.suspects) s
        where s->>'arrestedOn' is not null and ${within(sql`(s->>'arrestedOn')::date`)} and ${scope(sql`c.unit_id`)}
        group by a.root, s->>'arrestedOn'`,
    )),
    ...(await counts(
      'hotspots_eliminated',
      sql`select a.root, e.on::text as on, count(*)::int as n
        from hotspot_event e join hotspot h on h.id = e.hotspot_id join area a on a.id = h.unit_id
        where e.to_status = 'eliminated' and ${within(sql`e.on`)} and ${scope(sql`h.unit_id`)}
        group by a.root, e.on`,
    )),
    ...(await counts(
      'businesses_inspected',
      sql`select a.root, i.on::text as on, count(*)::int as n
        from business_inspection i join business b on b.id = i.business_id join area a on a.id = b.unit_id
        where ${within(sql`i.on`)} and ${scope(sql`b.unit_id`)} group by a.root, i.on`,
    )),
    // A narcotic plant find counts on the day it was destroyed, in the commune where it was found.
    ...(await counts(
      'plants_destroyed',
      sql`select a.root, p.destroyed_on::text as on, count(*)::int as n
        from narcotic_plant p join area a on a.id = p.unit_id
        where p.destroyed_on is not null and ${within(sql`p.destroyed_on`)} and ${scope(sql`p.unit_id`)}
        group by a.root, p.destroyed_on`,
    )),
  ];
  const seizures = await queryRows<{
    root: string;
    on: string;
    drug_type: string;
    measure: string;
    q: string;
  }>(
    db,
    sql`${area(unitIds)} select a.root, s.on::text as on, s.drug_type, s.measure, sum(s.quantity)::text as q
      from seizure s join area a on a.id = s.unit_id
      where ${within(sql`s.on`)} and ${scope(sql`s.unit_id`)}
      group by a.root, s.on, s.drug_type, s.measure`,
  );
  return {
    counts: out,
    seizures: seizures.map((r) => ({
      on: r.on,
      unitId: r.root,
      drugType: r.drug_type as DrugType,
      unit: r.measure as MeasureUnit,
      quantity: Number(r.q),
    })),
  };
}

import { alertsFor, defaultAlertSettings, type PersonHistory, parseBirthDate } from '@pcmt/domain';
import { asc, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { addictionDetermination, drugTest, measure, person } from '../../platform/db/schema/index.ts';
import { measureFact } from './person.presenter.ts';
import { type MeasureRow, reviewsOf } from './person-history.repository.ts';

/**
 * The list's "alerts due" filter (`alertsDue=true`): persons with at least one alert on `today` as the profile
 * shows them. Alerts are the domain's (`alertsFor`), never stored, so the database only narrows the candidates
 * with conditions every alert needs, and the domain decides on each candidate's history — the list and the
 * profile can never disagree.
 */

const started = sql`('in_progress', 'suspended', 'completed', 'ended_early')`;
const windowTypes = sql`('voluntary_rehab_community', 'voluntary_rehab_facility', 'compulsory_rehab',
  'substitution_treatment', 'post_rehab_management')`;

/**
 * A superset of the persons with an alert on `today`:
 * - a measure running (ending, end passed, review overdue, a Điều 256a window during it);
 * - a rehab, methadone or post-rehab measure closed within the Điều 256a years (+1 of slack: the windows after it);
 * - a positive test, and either not addicted (management due) or a measure that started (determination due,
 *   positive during rehab, use inside a window — each needs a measure's period).
 */
export function mayHaveAlertOn(today: string): SQL {
  const years = defaultAlertSettings.art256aYears + 1;
  return sql`(
    exists (select 1 from ${measure} m where m.person_id = ${person.id}
              and m.status in ('in_progress', 'suspended'))
    or exists (select 1 from ${measure} m where m.person_id = ${person.id}
              and m.type in ${windowTypes} and m.status in ('completed', 'ended_early')
              and coalesce(m.early_end_on, m.completion_on, m.end_on, ${today}::date)
                  >= ${today}::date - make_interval(years => ${years}))
    or (exists (select 1 from ${drugTest} t where t.person_id = ${person.id}
                  and t.result = 'positive' and t.tested_on <= ${today}::date)
        and (not exists (select 1 from ${addictionDetermination} d where d.person_id = ${person.id}
                           and d.result = 'addicted' and d.determined_on <= ${today}::date)
             or exists (select 1 from ${measure} m where m.person_id = ${person.id}
                          and m.status in ${started} and m.start_on <= ${today}::date)))
  )`;
}

export type AlertCandidate = { id: string; birthDate: string | null; birthPrecision: string | null };

const CHUNK = 500;

/** The candidates (in their order) whose history raises at least one alert on `today`. */
export async function withAlertsDue(db: Db, candidates: AlertCandidate[], today: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const ids = chunk.map((c) => c.id);
    const tests = await db
      .select({
        personId: drugTest.personId,
        id: drugTest.id,
        testedOn: drugTest.testedOn,
        result: drugTest.result,
      })
      .from(drugTest)
      .where(inArray(drugTest.personId, ids))
      .orderBy(asc(drugTest.testedOn));
    const determinations = await db
      .select({
        personId: addictionDetermination.personId,
        id: addictionDetermination.id,
        determinedOn: addictionDetermination.determinedOn,
        result: addictionDetermination.result,
      })
      .from(addictionDetermination)
      .where(inArray(addictionDetermination.personId, ids))
      .orderBy(asc(addictionDetermination.determinedOn));
    const measures = await db.select().from(measure).where(inArray(measure.personId, ids));
    const reviews = await reviewsOf(
      db,
      measures.map((m) => m.id),
    );
    const group = <T extends { personId: string }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of rows) by.set(r.personId, [...(by.get(r.personId) ?? []), r]);
      return by;
    };
    const testsBy = group(tests);
    const determinationsBy = group(determinations);
    const measuresBy = group<MeasureRow>(measures);
    for (const c of chunk) {
      const history: PersonHistory = {
        birthDate: c.birthDate
          ? parseBirthDate(c.birthDate, c.birthPrecision as 'day' | 'year' | null)
          : null,
        tests: (testsBy.get(c.id) ?? []).map((t) => ({
          id: t.id,
          testedOn: t.testedOn,
          result: t.result as 'positive' | 'negative',
        })),
        determinations: (determinationsBy.get(c.id) ?? []).map((d) => ({
          id: d.id,
          determinedOn: d.determinedOn,
          result: d.result as 'addicted' | 'not_addicted',
        })),
        measures: (measuresBy.get(c.id) ?? []).map((m) => measureFact(m, reviews.get(m.id) ?? [])),
      };
      if (alertsFor(history, today).length > 0) out.push(c.id);
    }
  }
  return out;
}

import type {
  Determination,
  DeterminationCreate,
  DrugTest,
  DrugTestCreate,
  PersonAlert,
} from '@pcmt/contracts';
import { alertsFor, measurePeriod } from '@pcmt/domain';
import { invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import type { MeasureContext } from './measure-context.ts';
import { measureFact, toDetermination, toDrugTest } from './person.presenter.ts';
import { determinationsOf, insertDetermination, insertTest, testsOf } from './person-history.repository.ts';
import { checkPersonDate } from './person-rules.ts';

/**
 * A person's drug tests and addiction determinations, and the alerts of a day: a positive test makes the person
 * người sử dụng trái phép, an "addicted" determination người nghiện (statuses recomputed by the domain).
 */
export function personTestsService({
  db,
  today,
  mustFindPerson,
  load,
  refreshDerived,
  audit,
  readPart,
}: MeasureContext) {
  return {
    async tests(actor: Actor, personId: string): Promise<{ data: DrugTest[] }> {
      return readPart(actor, personId, 'tests', async (tx) => ({
        data: (await testsOf(tx, personId)).map(toDrugTest),
      }));
    },

    /** A drug test: a positive one makes the person người sử dụng trái phép (or flags a determination due). */
    async addTest(
      actor: Actor,
      personId: string,
      input: DrugTestCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<DrugTest> {
      authorize(actor, 'person.write');
      const t = today();
      const row = await mustFindPerson(db, actor, personId, 'person.write');
      checkPersonDate(
        'testedOn',
        input.testedOn,
        t,
        row.p.birthDate ? { date: row.p.birthDate, precision: row.p.birthPrecision } : null,
      );
      return db.transaction(async (tx) => {
        const { measures, reviews } = await load(tx, row.p);
        const during = measures.find((m) => {
          const period = measurePeriod(measureFact(m, reviews.get(m.id) ?? []), input.testedOn);
          return (
            period && period.from <= input.testedOn && (period.to === null || input.testedOn <= period.to)
          );
        });
        const id = await insertTest(tx, {
          personId,
          testedOn: input.testedOn,
          method: input.method,
          substances: [...new Set(input.substances ?? [])],
          result: input.result,
          performedBy: input.performedBy ?? null,
          reason: input.reason ?? null,
          duringMeasureId: during?.id ?? null,
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await refreshDerived(tx, actor, row.p);
        const created = (await testsOf(tx, personId)).find((x) => x.id === id)!;
        await audit(tx, actor, personId, 'person.test', {
          testedOn: input.testedOn,
          method: input.method,
          result: input.result,
          substances: created.substances,
          measureId: during?.id ?? null,
        });
        return toDrugTest(created);
      });
    },

    async determinations(actor: Actor, personId: string): Promise<{ data: Determination[] }> {
      return readPart(actor, personId, 'determinations', async (tx) => ({
        data: (await determinationsOf(tx, personId)).map(toDetermination),
      }));
    },

    /** An addiction determination (Điều 27): "addicted" makes the person người nghiện. */
    async addDetermination(
      actor: Actor,
      personId: string,
      input: DeterminationCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<Determination> {
      authorize(actor, 'person.write');
      const t = today();
      const row = await mustFindPerson(db, actor, personId, 'person.write');
      checkPersonDate(
        'determinedOn',
        input.determinedOn,
        t,
        row.p.birthDate ? { date: row.p.birthDate, precision: row.p.birthPrecision } : null,
      );
      return db.transaction(async (tx) => {
        const tests = await testsOf(tx, personId);
        const used = tests.some((x) => x.result === 'positive' && x.testedOn <= input.determinedOn);
        if (!used && input.trigger !== 'voluntary') throw invalid('trigger', 'person.determinationNeedsUse');
        const id = await insertDetermination(tx, {
          personId,
          determinedOn: input.determinedOn,
          trigger: input.trigger,
          performedBy: input.performedBy,
          result: input.result,
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await refreshDerived(tx, actor, row.p);
        await audit(tx, actor, personId, 'person.determination', { ...input });
        return toDetermination((await determinationsOf(tx, personId)).find((d) => d.id === id)!);
      });
    },

    /** The alerts of a person on a day (default today; the clock is injected): computed by the domain. */
    async alerts(actor: Actor, personId: string, on?: string): Promise<{ on: string; data: PersonAlert[] }> {
      const day = on ?? today();
      return readPart(actor, personId, 'alerts', async (tx, row) => {
        const { history } = await load(tx, row.p);
        return {
          on: day,
          data: alertsFor(history, day).map((a) => ({
            kind: a.kind,
            on: a.on,
            measureId: a.measureId,
            testId: a.testId,
            days: a.days,
            windows: a.windows.map((w) => ({ clause: w.clause, from: w.from, to: w.to })),
            message: a.message,
          })),
        };
      });
    },
  };
}

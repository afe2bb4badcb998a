import {
  type Determination,
  type DeterminationCreate,
  type DrugTest,
  type DrugTestCreate,
  type Measure,
  type MeasureCreate,
  type MeasureEarlyEnd,
  type MeasureReviewCreate,
  type MeasureStatus,
  type MeasureTransition,
  type MeasureType,
  measureStatusLabel,
  measureTypeLabel,
  type PersonAlert,
} from '@pcmt/contracts';
import {
  ageOn,
  alertsFor,
  authoritiesFor,
  daysBetween,
  decidersFor,
  durationRuleFor,
  type MeasureFact,
  type MeasureIssue,
  measureEnd,
  measurePeriod,
  measureRuleSetFor,
  measureTransitions,
  occurrenceOf,
  type PersonHistory,
  validateMeasure,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { measure } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { measureFact, toDetermination, toDrugTest, toMeasure } from './person.presenter.ts';
import { findPersonRow, type PersonRow } from './person.repository.ts';
import type { PersonDeps } from './person.service.ts';
import { loadHistory, refreshDerivedStatuses } from './person-derived.ts';
import {
  determinationsOf,
  findMeasureRow,
  insertDetermination,
  insertMeasure,
  insertReview,
  insertTest,
  measureById,
  measuresOf,
  reviewsOf,
  testsOf,
} from './person-history.repository.ts';
import { checkPersonDate, vnDate } from './person-rules.ts';

/** Measures that need the person to be a (tested) illicit user, or determined addicted. */
const needsUse: readonly MeasureType[] = ['user_management'];
const needsAddiction: readonly MeasureType[] = [
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
  'post_rehab_management',
  'substitution_treatment',
  'awaiting_compulsory_placement',
];
const running: readonly MeasureStatus[] = ['in_progress', 'suspended'];
const labelOf = (s: MeasureStatus) => measureStatusLabel[s];

/** The domain's findings as a 400: each names its field, in both languages. */
const ruleError = (issues: MeasureIssue[]) =>
  new AppError(
    'validation_failed',
    'measure.rule',
    { problem: { vi: issues[0]!.vi, en: issues[0]!.en } },
    { details: issues.map((i) => issue(i.field, 'measure.rule', { problem: { vi: i.vi, en: i.en } })) },
  );

/**
 * A person's tests, addiction determinations and measures (issue 9 §2–3), with the rules of the domain: a
 * positive test makes the person người sử dụng trái phép, an "addicted" determination người nghiện; rehab and
 * post-rehab measures open their statuses; measure terms, regimes, who decides and alerts come from the rule set
 * chosen by the decision date. Every write is audited on the person, so the person's timeline tells it all.
 */
export function createMeasureService(db: Db, deps: PersonDeps) {
  const today = () => todayInVietnam(deps.now?.() ?? new Date());

  const mustFindPerson = async (
    tx: Db,
    actor: Actor,
    id: string,
    permission: 'person.read' | 'person.write',
  ) => {
    const row = await findPersonRow(tx, actor, id, permission);
    if (!row) throw notFound('person.notFound');
    // A merged record's facts live on the record kept: it takes no more writes.
    if (permission === 'person.write' && row.p.mergedIntoId)
      throw new AppError('conflict', 'person.alreadyMerged');
    return row;
  };
  const mustFindMeasure = async (tx: Db, actor: Actor, id: string) => {
    const m = await findMeasureRow(tx, actor, id);
    if (!m) throw notFound('measure.notFound');
    return m;
  };

  const load = loadHistory;
  const refreshDerived = (tx: Db, actor: Actor, p: PersonRow['p']) =>
    refreshDerivedStatuses(tx, actor, p, today());

  /** A measure as written, read back inside the write's transaction (its person's scope was checked). */
  const presentMeasure = async (tx: Db, id: string) =>
    toMeasure((await measureById(tx, id))!, (await reviewsOf(tx, [id])).get(id) ?? [], today());

  /**
   * The rule-set view of a measure as it would be stored: regime and rule set by the decision date (else the
   * start, else today for a proposal), default term for the person's age and occurrence, computed end, who
   * decides. Refused (400 naming the field) when the domain finds a problem.
   */
  function settle(
    fact: MeasureFact,
    history: PersonHistory,
    t: string,
    explicitEnd: string | null | undefined,
  ) {
    const ruleDate = fact.decisionDate ?? fact.startOn ?? t;
    const rs = measureRuleSetFor(ruleDate);
    const age = history.birthDate ? ageOn(history.birthDate, ruleDate).years : null;
    const withRegime: MeasureFact = { ...fact, regime: rs?.regime ?? null };
    const occurrence = occurrenceOf(withRegime, history);
    const row = rs ? durationRuleFor(rs.measures[fact.type], age, occurrence) : null;
    const durationMonths = fact.durationMonths ?? row?.value.minMonths ?? null;
    const settled: MeasureFact = { ...withRegime, durationMonths, endOn: explicitEnd ?? null };
    const issues = validateMeasure(settled, {
      today: t,
      history: { ...history, measures: history.measures.filter((m) => m.id !== fact.id) },
    });
    if (issues.length) throw ruleError(issues);
    if (!rs)
      throw ruleError([
        { field: 'decisionDate', vi: 'Chưa có bộ quy tắc cho ngày này', en: 'No rule set for this date' },
      ]);
    const endOn = measureEnd(settled) ?? explicitEnd ?? null;
    const deciders = fact.decisionDate ? decidersFor(fact.type, fact.decisionDate, age) : [];
    return {
      regime: rs.regime,
      ruleSetId: rs.id,
      ruleSetVersion: rs.version,
      occurrence,
      durationMonths,
      endOn,
      deciderLevel: deciders.map((d) => d.value).join(', ') || null,
      certifies: authoritiesFor(rs.measures[fact.type], 'certify_completion', ruleDate).length > 0,
    };
  }

  const requireDecision = (
    number: string | null | undefined,
    date: string | null | undefined,
    status: MeasureStatus,
  ) => {
    if (!number) throw invalid('decisionNumber', 'measure.decisionRequired', { status: labelOf(status) });
    if (!date) throw invalid('decisionDate', 'measure.decisionRequired', { status: labelOf(status) });
  };

  const audit = (
    tx: Db,
    actor: Actor,
    personId: string,
    action: string,
    after: Record<string, unknown>,
    before?: Record<string, unknown>,
  ) =>
    appendAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'person',
      recordId: personId,
      ...(before ? { before } : {}),
      after,
    });

  /** Reading a part of a person's file is a read of the person (audited). */
  async function readPart<T>(
    actor: Actor,
    personId: string,
    view: string,
    read: (tx: Db, row: PersonRow) => Promise<T>,
  ) {
    authorize(actor, 'person.read');
    return db.transaction(async (tx) => {
      const row = await mustFindPerson(tx, actor, personId, 'person.read');
      const out = await read(tx, row);
      await audit(tx, actor, personId, 'person.read', { view });
      return out;
    });
  }

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

    async measures(actor: Actor, personId: string): Promise<{ data: Measure[] }> {
      return readPart(actor, personId, 'measures', async (tx) => {
        const rows = await measuresOf(tx, personId);
        const reviews = await reviewsOf(
          tx,
          rows.map((m) => m.id),
        );
        return { data: rows.map((m) => toMeasure(m, reviews.get(m.id) ?? [], today())) };
      });
    },

    async getMeasure(actor: Actor, id: string): Promise<Measure> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const m = await mustFindMeasure(tx, actor, id);
        await audit(tx, actor, m.personId, 'person.read', { view: 'measure', measureId: id });
        return toMeasure(m, (await reviewsOf(tx, [id])).get(id) ?? [], today());
      });
    },

    /** A measure proposed (or entered afterwards as decided or running), its term and end from the rule set. */
    async createMeasure(
      actor: Actor,
      personId: string,
      input: MeasureCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<Measure> {
      authorize(actor, 'person.write');
      const t = today();
      const row = await mustFindPerson(db, actor, personId, 'person.write');
      const status = input.status ?? 'proposed';
      if (status !== 'proposed') requireDecision(input.decisionNumber, input.decisionDate, status);
      if (status === 'in_progress') {
        if (!input.startOn) throw invalid('startOn', 'measure.startRequired', { status: labelOf(status) });
        if (input.startOn > t) throw invalid('startOn', 'date.notAfterToday');
      }
      if (needsUse.includes(input.type) && row.p.drugStatus === 'none')
        throw invalid('type', 'measure.needsIllicitUser', { measure: measureTypeLabel[input.type] });
      if (needsAddiction.includes(input.type) && row.p.drugStatus !== 'addicted')
        throw invalid('type', 'measure.needsAddicted', { measure: measureTypeLabel[input.type] });
      return db.transaction(async (tx) => {
        const { history } = await load(tx, row.p);
        const fact: MeasureFact = {
          id: '00000000-0000-0000-0000-000000000000',
          type: input.type,
          status,
          decisionDate: input.decisionDate ?? null,
          startOn: input.startOn ?? null,
          durationMonths: input.durationMonths ?? null,
        };
        const s = settle(fact, history, t, input.endOn);
        const id = await insertMeasure(tx, {
          personId,
          type: input.type,
          status,
          statusSince: input.startOn && status === 'in_progress' ? input.startOn : (input.decisionDate ?? t),
          regime: s.regime,
          ruleSetId: s.ruleSetId,
          ruleSetVersion: s.ruleSetVersion,
          occurrence: s.occurrence,
          decisionNumber: input.decisionNumber ?? null,
          decisionDate: input.decisionDate ?? null,
          decider: input.decider ?? null,
          deciderLevel: s.deciderLevel,
          facility: input.facility ?? null,
          startOn: input.startOn ?? null,
          durationMonths: s.durationMonths,
          endOn: s.endOn,
          nextReviewOn: input.nextReviewOn ?? null,
          notes: input.notes ?? null,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await refreshDerived(tx, actor, row.p);
        const created = await presentMeasure(tx, id);
        await audit(tx, actor, personId, 'person.measure.create', { measureId: id, ...created });
        return created;
      });
    },

    /**
     * A move of the measure's lifecycle (guarded by status and version: 409 naming the allowed moves). Deciding
     * fixes the regime by the decision date; starting fixes the start; a suspension's days are added to the end
     * when it resumes; completion needs the term served (and a certificate where the rule set names a certifier);
     * an early end needs its reason (`quit` opens the Điều 256a window).
     */
    async transition(actor: Actor, id: string, input: MeasureTransition): Promise<Measure> {
      authorize(actor, 'person.write');
      const t = today();
      const m = await mustFindMeasure(db, actor, id);
      const row = await mustFindPerson(db, actor, m.personId, 'person.write');
      if (input.on > t) throw invalid('on', 'date.notAfterToday');
      if (input.on < m.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(m.statusSince) });
      const from = m.status as MeasureStatus;
      const to = input.to;
      const decisionNumber = input.decisionNumber ?? m.decisionNumber;
      const decisionDate = input.decisionDate ?? m.decisionDate;
      const set: Record<string, unknown> = {
        statusSince: input.on,
        decisionNumber,
        decisionDate,
        decider: input.decider ?? m.decider,
        facility: input.facility ?? m.facility,
      };
      let startOn = input.startOn ?? m.startOn;
      let suspendedDays = m.suspendedDays;
      if (to === 'decided') requireDecision(decisionNumber, decisionDate, to);
      if (to === 'in_progress') {
        requireDecision(decisionNumber, decisionDate, to);
        if (from === 'suspended' && m.suspendedSince) {
          suspendedDays += daysBetween(m.suspendedSince, input.on);
          set.suspendedDays = suspendedDays;
          set.suspendedSince = null;
        } else startOn = startOn ?? input.on;
      }
      if (to === 'suspended') set.suspendedSince = input.on;
      if (to === 'ended_early') {
        if (!input.endReason) throw invalid('endReason', 'measure.endReasonRequired');
        set.earlyEndOn = input.on;
        set.endReason = input.endReason;
        set.earlyEndReason = input.reason;
      }
      set.startOn = startOn;
      const reviews = (await reviewsOf(db, [id])).get(id) ?? [];
      const { history } = await load(db, row.p);
      const fact: MeasureFact = {
        ...measureFact({ ...m, startOn, suspendedDays }, reviews),
        status: to,
        decisionDate,
        startOn,
        durationMonths: input.durationMonths ?? m.durationMonths,
        ...(to === 'ended_early' ? { earlyEndOn: input.on, earlyEndReason: input.endReason } : {}),
      };
      const s = settle(fact, history, t, input.endOn ?? m.endOn);
      Object.assign(set, {
        regime: s.regime,
        ruleSetId: s.ruleSetId,
        ruleSetVersion: s.ruleSetVersion,
        occurrence: s.occurrence,
        durationMonths: s.durationMonths,
        endOn: s.endOn,
        deciderLevel: s.deciderLevel,
      });
      if (to === 'completed') {
        if (s.endOn && input.on < s.endOn)
          throw invalid('on', 'measure.notOverYet', { until: vnDate(s.endOn) });
        const certificate = input.completionCertificate ?? m.completionCertificate;
        if (s.certifies && !certificate)
          throw invalid('completionCertificate', 'measure.certificateRequired');
        set.completionCertificate = certificate ?? null;
        // A term served ends on its last day, whenever the completion is recorded; without a term, on the day.
        set.completionOn = s.endOn ?? input.on;
      }
      const before = toMeasure(m, reviews, t);
      return db.transaction(async (tx) => {
        await transitionStatus<MeasureStatus>(tx, measure, actor, {
          id,
          version: input.version,
          from,
          to,
          allowed: (x) => measureTransitions[x],
          label: labelOf,
          set,
        });
        await refreshDerived(tx, actor, row.p);
        const after = await presentMeasure(tx, id);
        await audit(
          tx,
          actor,
          m.personId,
          to === 'ended_early' ? 'person.measure.end' : 'person.measure.transition',
          {
            measureId: id,
            status: to,
            statusSince: input.on,
            endOn: after.endOn,
            reason: input.reason,
            ...(input.endReason ? { endReason: input.endReason } : {}),
          },
          { measureId: id, status: from, statusSince: m.statusSince, endOn: before.endOn },
        );
        return after;
      });
    },

    /** Ending a running measure before its term (tự ý chấm dứt, miễn, chuyển biện pháp…). */
    earlyEnd(actor: Actor, id: string, input: MeasureEarlyEnd): Promise<Measure> {
      return this.transition(actor, id, {
        to: 'ended_early',
        on: input.on,
        reason: input.reason,
        endReason: input.endReason,
        version: input.version,
      });
    },

    /** A periodic review of a running measure (versioned: it may set the next review date). */
    async review(actor: Actor, id: string, input: MeasureReviewCreate): Promise<Measure> {
      authorize(actor, 'person.write');
      const t = today();
      const m = await mustFindMeasure(db, actor, id);
      await mustFindPerson(db, actor, m.personId, 'person.write');
      if (!running.includes(m.status as MeasureStatus))
        throw new AppError('conflict', 'measure.notRunning', { status: labelOf(m.status as MeasureStatus) });
      if (input.reviewedOn > t) throw invalid('reviewedOn', 'date.notAfterToday');
      if (m.startOn && input.reviewedOn < m.startOn)
        throw invalid('reviewedOn', 'date.notBeforeCurrentStatus', { date: vnDate(m.startOn) });
      if (input.nextReviewOn && input.nextReviewOn <= input.reviewedOn)
        throw invalid('nextReviewOn', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        await updateVersioned(
          tx,
          measure,
          actor,
          { id, version: input.version },
          { nextReviewOn: input.nextReviewOn ?? null },
        );
        await insertReview(tx, {
          measureId: id,
          reviewedOn: input.reviewedOn,
          outcome: input.outcome,
          createdBy: actor.userId,
        });
        const after = await presentMeasure(tx, id);
        await audit(tx, actor, m.personId, 'person.measure.review', {
          measureId: id,
          reviewedOn: input.reviewedOn,
          outcome: input.outcome,
          nextReviewOn: after.nextReviewOn,
        });
        return after;
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

    async measureReadable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findMeasureRow(db, actor, id));
    },
  };
}

export type MeasureService = ReturnType<typeof createMeasureService>;

import type {
  Measure,
  MeasureCreate,
  MeasureEarlyEnd,
  MeasureReviewCreate,
  MeasureStatus,
  MeasureTransition,
} from '@pcmt/contracts';
import { measureTypeLabel } from '@pcmt/contracts';
import { daysBetween, type MeasureFact, measureTransitions } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { measure } from '../../platform/db/schema/index.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { measureContext } from './measure-context.ts';
import { labelOf, needsAddiction, needsUse, requireDecision, running, settle } from './measure-rules.ts';
import { measureFact, toMeasure } from './person.presenter.ts';
import type { PersonDeps } from './person-context.ts';
import {
  findMeasureRow,
  insertMeasure,
  insertReview,
  measuresOf,
  reviewsOf,
} from './person-history.repository.ts';
import { vnDate } from './person-rules.ts';
import { personTestsService } from './person-tests.service.ts';

/**
 * A person's tests, addiction determinations and measures (issue 9 §2–3), with the rules of the domain: a
 * positive test makes the person người sử dụng trái phép, an "addicted" determination người nghiện; rehab and
 * post-rehab measures open their statuses; measure terms, regimes, who decides and alerts come from the rule set
 * chosen by the decision date. Every write is audited on the person, so the person's timeline tells it all.
 */
export function createMeasureService(db: Db, deps: PersonDeps) {
  const ctx = measureContext(db, deps);
  const { today, mustFindPerson, mustFindMeasure, load, refreshDerived, presentMeasure, audit, readPart } =
    ctx;

  return {
    ...personTestsService(ctx),

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

    async measureReadable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findMeasureRow(db, actor, id));
    },
  };
}

export type MeasureService = ReturnType<typeof createMeasureService>;

import {
  type Commendation,
  type CommendationCreate,
  type CommendationListQuery,
  type CommendationStatistics,
  type CommendationStatisticsQuery,
  type CommendationStatus,
  type CommendationTransition,
  type CommendationUpdate,
  commendationContract,
  commendationForms,
  commendationLevels,
  commendationStatusLabel,
  type Paged,
  type Permission,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedCommendationTransitions } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { commendation } from '../../platform/db/schema/index.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { authorize, can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import {
  commendationCounts,
  findCommendation,
  insertCommendation,
  listCommendations,
} from './commendation.repository.ts';
import { assertPastDate, assertRecordUnit, statsPeriod, vnDate } from './record-unit.ts';

/** Asks the register of `recordType` whether the actor may read record `id` (registers/index.ts). */
export type RecordReadable = (actor: Actor, recordType: string, id: string) => Promise<boolean>;
export type CommendationDeps = { readable: RecordReadable; today?: () => string };

/**
 * Commendations: propose (or record a decision already taken), edit, decide or reject, list, read (audited:
 * names of individuals), timeline and counts. The achievement link is checked with the linked register's own
 * read rule, so nobody links (or learns of) a record they cannot read.
 */
export function createCommendationService(db: Db, deps: CommendationDeps) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findCommendation(tx, actor, id);
    if (!found) throw notFound('commendation.notFound');
    return found;
  };

  /** Checks what zod cannot: recipient by kind, dates, the area, the achievement; returns the columns. */
  async function facts(actor: Actor, input: CommendationUpdate | CommendationCreate, linked?: string | null) {
    const now = today();
    assertPastDate('proposedOn', input.proposedOn, now);
    const collective = input.recipientKind === 'collective';
    if (collective && !input.collectiveName)
      throw invalid('collectiveName', 'commendation.collectiveNeedsAgency');
    if (!collective && !input.personName) throw invalid('personName', 'commendation.individualNeedsName');
    await assertRecordUnit(db, actor, 'commendation.write', 'unitId', input.unitId, now);
    const a = input.achievement ?? null;
    // An achievement already linked stays (its reader may have changed); a new one must be readable now.
    if (a && a.id !== linked && !(await achievementReadable(actor, a.recordType, a.id)))
      throw invalid('achievement.id', 'commendation.achievementNotFound');
    return {
      recipientKind: input.recipientKind,
      collectiveName: collective ? (input.collectiveName ?? null) : null,
      personName: collective ? null : (input.personName ?? null),
      position: collective ? null : (input.position ?? null),
      recipientAgency: input.recipientAgency ?? null,
      unitId: input.unitId,
      level: input.level,
      form: input.form,
      proposedOn: input.proposedOn,
      reason: input.reason,
      achievementType: a?.recordType ?? null,
      achievementId: a?.id ?? null,
      amountVnd: input.amountVnd ?? null,
      note: input.note ?? null,
    };
  }

  /** The linked register's read permission and its own scope rule (`recordReadable`) must both let the actor in. */
  const achievementReadable = async (actor: Actor, recordType: string, id: string) =>
    can(actor, `${recordType}.read` as Permission) && (await deps.readable(actor, recordType, id));

  function assertDecision(d: { decisionDate: string }, proposedOn: string, path = 'decision.decisionDate') {
    assertPastDate(path, d.decisionDate, today());
    if (d.decisionDate < proposedOn)
      throw invalid(path, 'commendation.decisionBeforeProposal', { date: vnDate(proposedOn) });
  }
  const mayDecide = (actor: Actor) => {
    if (!can(actor, 'commendation.decide')) throw new AppError('forbidden', 'commendation.decideNotAllowed');
  };

  return {
    contract: commendationContract,
    achievementReadable,

    async create(
      actor: Actor,
      input: CommendationCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<Commendation> {
      authorize(actor, 'commendation.write');
      if (input.decision) mayDecide(actor);
      const values = await facts(actor, input);
      if (input.decision) assertDecision(input.decision, input.proposedOn);
      return db.transaction(async (tx) => {
        const id = await insertCommendation(tx, {
          ...values,
          ...(input.decision ?? {}),
          status: input.decision ? 'decided' : 'proposed',
          statusSince: input.decision?.decisionDate ?? input.proposedOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.create',
          recordType: 'commendation',
          recordId: created.id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: CommendationUpdate): Promise<Commendation> {
      authorize(actor, 'commendation.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input, before.achievement?.id ?? null);
      if (before.decisionDate && before.decisionDate < input.proposedOn)
        throw invalid('proposedOn', 'commendation.decisionBeforeProposal', {
          date: vnDate(input.proposedOn),
        });
      return db.transaction(async (tx) => {
        await updateVersioned(tx, commendation, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.update',
          recordType: 'commendation',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /**
     * Record the decision (number, date, issuer), the rejection, or a new proposal after a rejection (date,
     * reason); guarded by status and version.
     */
    async transition(actor: Actor, id: string, input: CommendationTransition): Promise<Commendation> {
      authorize(actor, 'commendation.write');
      mayDecide(actor);
      const before = await mustFind(db, actor, id);
      if (input.to === 'decided') assertDecision({ decisionDate: input.on }, before.proposedOn, 'on');
      else {
        assertPastDate('on', input.on, today());
        if (input.on < before.statusSince)
          throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      }
      const set =
        input.to === 'decided'
          ? {
              statusSince: input.on,
              decisionNumber: input.decisionNumber,
              decisionDate: input.on,
              decisionIssuer: input.decisionIssuer,
            }
          : { statusSince: input.on };
      return db.transaction(async (tx) => {
        await transitionStatus<CommendationStatus>(tx, commendation, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedCommendationTransitions,
          label: (s) => commendationStatusLabel[s],
          set,
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.transition',
          recordType: 'commendation',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, ...set, reason: input.reason },
        });
        return after;
      });
    },

    /** Reading a commendation is audited (an individual's name and position are personal data). */
    async get(actor: Actor, id: string): Promise<Commendation> {
      authorize(actor, 'commendation.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.read',
          recordType: 'commendation',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: CommendationListQuery): Promise<Paged<Commendation>> {
      authorize(actor, 'commendation.read');
      return db.transaction(async (tx) => {
        const page = await listCommendations(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.list',
          recordType: 'commendation',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** Decisions of a period by level and form, collectives apart from individuals (no names); audited. */
    async statistics(actor: Actor, q: CommendationStatisticsQuery): Promise<CommendationStatistics> {
      authorize(actor, 'commendation.statistics');
      const period = statsPeriod(q, today(), 'commendation.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const c = await commendationCounts(tx, actor, { ...period, unitId: q.unitId });
        const sum = (rows: typeof c.decided) => {
          const collective = rows.filter((r) => r.kind === 'collective').reduce((s, r) => s + r.n, 0);
          const individual = rows.filter((r) => r.kind === 'individual').reduce((s, r) => s + r.n, 0);
          return { collective, individual, total: collective + individual };
        };
        const stats: CommendationStatistics = {
          ...period,
          decided: sum(c.decided),
          pending: c.pending,
          rejected: c.rejected,
          amountVnd: c.decided.reduce((s, r) => s + r.amount, 0),
          byLevel: commendationLevels.map((level) => ({
            level,
            ...sum(c.decided.filter((r) => r.level === level)),
          })),
          byForm: commendationForms.map((form) => ({
            form,
            ...sum(c.decided.filter((r) => r.form === form)),
          })),
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commendation.statistics',
          recordType: 'commendation',
          after: { filter: q, decided: stats.decided.total },
        });
        return stats;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findCommendation(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'commendation.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, commendationContract, id, language);
    },
  };
}

export type CommendationService = ReturnType<typeof createCommendationService>;

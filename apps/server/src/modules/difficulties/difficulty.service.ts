import {
  type Difficulty,
  type DifficultyAnswer,
  type DifficultyCreate,
  type DifficultyListQuery,
  type DifficultyStatistics,
  type DifficultyStatisticsQuery,
  type DifficultyStatus,
  type DifficultyTransition,
  type DifficultyUpdate,
  difficultyContract,
  difficultyStatusLabel,
  difficultyTopics,
  type Paged,
  type Permission,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedDifficultyTransitions, defaultDifficultyAnswerDays } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { difficulty } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import {
  assertPastDate,
  assertRecordUnit,
  firstAgencyUnit,
  statsPeriod,
  vnDate,
} from '../commendations/record-unit.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import {
  type AnswerClock,
  difficultyCounts,
  findDifficulty,
  insertDifficulty,
  listDifficulties,
} from './difficulty.repository.ts';

/** `answerDays`: the answer period after which an open difficulty is overdue (the province's choice). */
export type DifficultyDeps = { answerDays?: number; today?: () => string };

/**
 * The log of difficulties and proposals: raise (any agency, in its jurisdiction), edit, answer (the provincial
 * level), close or reopen, list (with the overdue filter), read (audited), timeline, figures of a period.
 */
export function createDifficultyService(db: Db, deps: DifficultyDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const answerDays = deps.answerDays ?? defaultDifficultyAnswerDays;
  const clock = (): AnswerClock => ({ today: today(), answerDays });
  const mustFind = async (tx: Db, actor: Actor, id: string, permission: Permission = 'difficulty.read') => {
    const found = await findDifficulty(tx, actor, clock(), id, permission);
    if (!found) throw notFound('difficulty.notFound');
    return found;
  };

  /** The date and the area: the one named (in the raiser's jurisdiction), else the agency's first unit. */
  async function facts(actor: Actor, input: DifficultyCreate) {
    assertPastDate('raisedOn', input.raisedOn, today());
    const unitId = input.unitId ?? (await firstAgencyUnit(db, actor.agencyId));
    if (!unitId) throw invalid('unitId', 'unit.notFound');
    await assertRecordUnit(db, actor, 'difficulty.raise', 'unitId', unitId, today());
    return {
      unitId,
      raisedOn: input.raisedOn,
      topic: input.topic,
      content: input.content,
      proposal: input.proposal ?? null,
      addressedTo: input.addressedTo ?? null,
    };
  }

  const audit =
    (tx: Db, actor: Actor, action: 'difficulty.answer' | 'difficulty.transition', id: string) =>
    (before: unknown, after: unknown) =>
      appendAudit(tx, auditContextOf(actor), {
        action,
        recordType: 'difficulty',
        recordId: id,
        before,
        after,
      });

  return {
    contract: difficultyContract,
    answerDays,

    async create(
      actor: Actor,
      input: DifficultyCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<Difficulty> {
      authorize(actor, 'difficulty.raise');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertDifficulty(tx, {
          ...values,
          status: 'open',
          statusSince: values.raisedOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'difficulty.create',
          recordType: 'difficulty',
          recordId: created.id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: DifficultyUpdate): Promise<Difficulty> {
      authorize(actor, 'difficulty.raise');
      const before = await mustFind(db, actor, id, 'difficulty.raise');
      const values = await facts(actor, { ...input, unitId: input.unitId ?? before.unit.id });
      if (before.answeredOn && input.raisedOn > before.answeredOn)
        throw invalid('raisedOn', 'difficulty.raisedAfterAnswer', { date: vnDate(before.answeredOn) });
      return db.transaction(async (tx) => {
        await updateVersioned(tx, difficulty, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'difficulty.update',
          recordType: 'difficulty',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    /** The provincial answer: on an open difficulty, or a further answer replacing the last (trail keeps it). */
    async answer(actor: Actor, id: string, input: DifficultyAnswer): Promise<Difficulty> {
      authorize(actor, 'difficulty.answer');
      const before = await mustFind(db, actor, id, 'difficulty.answer');
      assertPastDate('on', input.on, today());
      if (input.on < before.raisedOn)
        throw invalid('on', 'difficulty.answerBeforeRaised', { date: vnDate(before.raisedOn) });
      const set = {
        answer: input.answer,
        answeredBy: input.answeredBy,
        answeredOn: input.on,
        statusSince: input.on,
      };
      return db.transaction(async (tx) => {
        await transitionStatus<DifficultyStatus>(tx, difficulty, actor, {
          id,
          version: input.version,
          from: before.status,
          to: 'answered',
          allowed: allowedDifficultyTransitions,
          label: (s) => difficultyStatusLabel[s],
          set,
        });
        const after = await mustFind(tx, actor, id);
        await audit(
          tx,
          actor,
          'difficulty.answer',
          id,
        )(
          { status: before.status, answer: before.answer, answeredBy: before.answeredBy },
          { status: 'answered', ...set },
        );
        return after;
      });
    },

    /** Close (settled or withdrawn) or reopen, with the date and the reason in the trail. */
    async transition(actor: Actor, id: string, input: DifficultyTransition): Promise<Difficulty> {
      authorize(actor, 'difficulty.raise');
      const before = await mustFind(db, actor, id, 'difficulty.raise');
      assertPastDate('on', input.on, today());
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<DifficultyStatus>(tx, difficulty, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: (s) => allowedDifficultyTransitions(s).filter((t) => t !== 'answered'),
          label: (s) => difficultyStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await audit(
          tx,
          actor,
          'difficulty.transition',
          id,
        )(
          { status: before.status, statusSince: before.statusSince },
          { status: input.to, statusSince: input.on, reason: input.reason ?? null },
        );
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<Difficulty> {
      authorize(actor, 'difficulty.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'difficulty.read',
          recordType: 'difficulty',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: DifficultyListQuery): Promise<Paged<Difficulty>> {
      authorize(actor, 'difficulty.read');
      return db.transaction(async (tx) => {
        const page = await listDifficulties(tx, actor, clock(), q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'difficulty.list',
          recordType: 'difficulty',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** Raised in the period by topic: answered, still open, overdue today; audited. */
    async statistics(actor: Actor, q: DifficultyStatisticsQuery): Promise<DifficultyStatistics> {
      authorize(actor, 'difficulty.statistics');
      const period = statsPeriod(q, today(), 'difficulty.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const rows = await difficultyCounts(tx, actor, clock(), { ...period, unitId: q.unitId });
        const zero = { raised: 0, answered: 0, open: 0, overdue: 0 };
        const byTopic = difficultyTopics.map((topic) => {
          const { topic: _t, ...figures } = rows.find((r) => r.topic === topic) ?? { topic, ...zero };
          return { topic, ...figures };
        });
        const totals = byTopic.reduce(
          (s, r) => ({
            raised: s.raised + r.raised,
            answered: s.answered + r.answered,
            open: s.open + r.open,
            overdue: s.overdue + r.overdue,
          }),
          zero,
        );
        await appendAudit(tx, auditContextOf(actor), {
          action: 'difficulty.statistics',
          recordType: 'difficulty',
          after: { filter: q, raised: totals.raised },
        });
        return { ...period, answerDays, totals, byTopic };
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findDifficulty(db, actor, clock(), id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'difficulty.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, difficultyContract, id, language);
    },
  };
}

export type DifficultyService = ReturnType<typeof createDifficultyService>;

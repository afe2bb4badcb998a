import type {
  IndicatorSnapshot,
  MessageId,
  Programme,
  ProgrammeEvaluation,
  ProgrammeListItem,
  ProgrammePlanItems,
  ProgrammeStatus,
  Task,
} from '@pcmt/contracts';
import {
  type EvaluationCriterion,
  type EvaluationProblem,
  evaluateProgramme,
  type ProgrammeRules,
  programmeWatchEndsOn,
  workingProgrammeStatuses,
} from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type Issue, invalid, issue, issuesError } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { attachmentsOf } from '../tasks/task.repository.ts';
import type { PreparedTask, TaskService } from '../tasks/task.service.ts';
import { type findProgramme, insertCriteria, nextRound } from './programme.repository.ts';
import { snapshotOf } from './programme-indicators.repository.ts';

const evaluationMessage = {
  unknown_criterion: 'programme.unknownCriterion',
  duplicate_criterion: 'programme.duplicateCriterion',
  missing_evidence: 'programme.evidenceRequired',
} as const satisfies Record<Exclude<EvaluationProblem['kind'], 'missing_required'>, MessageId>;
const problemIssue = (p: EvaluationProblem, checklist: readonly EvaluationCriterion[]): Issue =>
  p.kind === 'missing_required'
    ? issue('criteria', 'programme.missingCriterion', {
        criterion: checklist.find((c) => c.id === p.criterionId)?.label ?? p.criterionId,
      })
    : issue(
        `criteria.${p.index}.${p.kind === 'missing_evidence' ? 'evidence' : 'criterionId'}`,
        evaluationMessage[p.kind],
      );

/** What the evaluation and the plan share with the rest of the programme service (its closures). */
export type ProgrammeCore = {
  db: Db;
  rules: ProgrammeRules;
  checklist: readonly EvaluationCriterion[];
  tasks: TaskService;
  mustFind: (
    tx: Db,
    actor: Actor,
    id: string,
    permission?: Parameters<typeof findProgramme>[4],
  ) => Promise<ProgrammeListItem>;
  assertOn: (path: string, on: string, statusSince?: string) => void;
  moveIn: (
    tx: Db,
    actor: Actor,
    before: ProgrammeListItem,
    m: { to: ProgrammeStatus; on: string; version: number; reason: string; set?: Record<string, unknown> },
  ) => Promise<void>;
  detailOf: (tx: Db, item: ProgrammeListItem) => Promise<Programme>;
};

/**
 * The end of a programme's working life: the plan's items turned into tasks, and the final evaluation against the
 * checklist (apart from `programme.service.ts`, which keeps the record, its lifecycle and its reports).
 */
export function programmeEvaluation(core: ProgrammeCore) {
  const { db, rules, checklist, mustFind, assertOn, moveIn, detailOf } = core;
  return {
    /**
     * The final evaluation: every required criterion answered, evidence for each one not met, files attached to
     * this programme; đạt starts the watch (with the indicators of that day), không đạt leaves the choice of
     * gia hạn or kết thúc.
     */
    async evaluate(actor: Actor, id: string, input: ProgrammeEvaluation): Promise<Programme> {
      authorize(actor, 'programme.evaluate');
      const before = await mustFind(db, actor, id, 'programme.evaluate');
      if (before.status !== 'evaluating') throw new AppError('conflict', 'programme.evaluateWhenEvaluating');
      assertOn('on', input.on, before.statusSince);
      const result = evaluateProgramme(input.criteria, checklist);
      if (result.problems.length) {
        const [first, ...rest] = result.problems.map((p) => problemIssue(p, checklist));
        throw issuesError('validation_failed', [first!, ...rest]);
      }
      const wanted = input.criteria.flatMap((c) => (c.attachmentId ? [c.attachmentId] : []));
      const files = await attachmentsOf(db, 'programme', id, wanted);
      const bad = input.criteria.findIndex((c) => c.attachmentId && !files.has(c.attachmentId));
      if (bad >= 0) throw invalid(`criteria.${bad}.attachmentId`, 'programme.evidenceNotAttached');
      const to: ProgrammeStatus = result.passed ? 'succeeded' : 'failed';
      const atSuccess: IndicatorSnapshot | null = result.passed
        ? await snapshotOf(db, before.unit.id, input.on)
        : null;
      const watchUntil = result.passed ? programmeWatchEndsOn(input.on, rules) : null;
      const round = await nextRound(db, id);
      const unmet = result.unmetRequired
        .map((c) => checklist.find((x) => x.id === c)?.label.vi ?? c)
        .join('; ');
      const reason =
        input.reason ??
        (result.passed ? 'Đánh giá: đạt' : `Đánh giá: không đạt (tiêu chí chưa đạt: ${unmet})`);
      return db.transaction(async (tx) => {
        await moveIn(tx, actor, before, {
          to,
          on: input.on,
          version: input.version,
          reason,
          set: { watchUntil, atSuccess },
        });
        await insertCriteria(
          tx,
          input.criteria.map((c) => ({
            programmeId: id,
            round,
            criterionId: c.criterionId,
            met: c.met,
            evidence: c.evidence || null,
            attachmentId: c.attachmentId ?? null,
            evaluatedOn: input.on,
            createdBy: actor.userId,
          })),
        );
        const after = await detailOf(tx, await mustFind(tx, actor, id));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.evaluate',
          recordType: 'programme',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: {
            status: to,
            statusSince: input.on,
            passed: result.passed,
            round,
            criteria: input.criteria,
            watchUntil,
            reason,
          },
        });
        return after;
      });
    },

    /** Plan items → tasks of the programme's commune, all checked first and written in one transaction. */
    async planTasks(actor: Actor, id: string, input: ProgrammePlanItems): Promise<{ data: Task[] }> {
      authorize(actor, 'programme.write');
      authorize(actor, 'task.assign');
      const p = await mustFind(db, actor, id, 'programme.write');
      if (!workingProgrammeStatuses.includes(p.status))
        throw new AppError('conflict', 'programme.tasksOnceApproved');
      const prepared: PreparedTask[] = [];
      for (const [i, item] of input.items.entries())
        prepared.push(
          await core.tasks.prepare(
            actor,
            {
              title: item.title,
              description: item.description ?? null,
              unitId: p.unit.id,
              sourceKind: 'programme_plan_item',
              sourceId: id,
              assigneeAgencyId: item.assigneeAgencyId,
              assigneeUserId: item.assigneeUserId ?? null,
              assignedOn: item.assignedOn,
              deadline: item.deadline,
            },
            `items.${i}.`,
          ),
        );
      return db.transaction(async (tx) => {
        const created: Task[] = [];
        for (const values of prepared)
          created.push(await core.tasks.insertPrepared(tx, actor, values, p.isDemo));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.plan',
          recordType: 'programme',
          recordId: id,
          after: { tasks: created.map((t) => ({ id: t.id, title: t.title, deadline: t.deadline })) },
        });
        return { data: created };
      });
    },
  };
}

import {
  type CommitteeMemberInput,
  type Paged,
  type Programme,
  type ProgrammeCreate,
  type ProgrammeListItem,
  type ProgrammeListQuery,
  type ProgrammeMembersUpdate,
  type ProgrammeReport,
  type ProgrammeReportCreate,
  type ProgrammeStatus,
  type ProgrammeTransition,
  type ProgrammeUpdate,
  programmeContract,
  programmeStatusLabel,
  programmeStatusLabelEn,
  type TimelineEntry,
} from '@pcmt/contracts';
import {
  allowedProgrammeTransitions,
  defaultEvaluationChecklist,
  defaultProgrammeRules,
  type EvaluationCriterion,
  evaluateProgramme,
  evaluationOutcomes,
  type ProgrammeRules,
  periodProblem,
  programmeEndsOn,
  reportingProgrammeStatuses,
  vietnamDateOf,
} from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { programme } from '../../platform/db/schema/index.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import type { TaskService } from '../tasks/task.service.ts';
import { programmeEvaluation } from './programme.evaluation.ts';
import { type RelapseCheck, relapseCheckOf } from './programme.relapse.ts';
import {
  communeValidOn,
  existingAgencies,
  findProgramme,
  insertProgramme,
  insertProgrammeEvent,
  insertReport,
  keyAreaUnit,
  latestCriteria,
  listProgrammes,
  membersOf,
  replaceMembers,
  reportSummaryOf,
  reportsOf,
  unitWithin,
} from './programme.repository.ts';
import { snapshotOf } from './programme-indicators.repository.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const minDate = (...dates: string[]) => [...dates].sort()[0]!;

export type ProgrammeDeps = {
  tasks: TaskService;
  rules?: ProgrammeRules;
  checklist?: readonly EvaluationCriterion[];
  now?: () => Date;
};

/**
 * The transformation programme register: draw up (with the baseline), edit, move through the lifecycle,
 * keep the committee, report monthly, turn plan items into tasks, evaluate against the checklist, and watch
 * for relapse after success (`checkRelapses`, on a schedule and before reads).
 */
export function createProgrammeService(db: Db, deps: ProgrammeDeps) {
  const rules = deps.rules ?? defaultProgrammeRules;
  const checklist = deps.checklist ?? defaultEvaluationChecklist;
  const now = deps.now ?? (() => new Date());
  const today = () => vietnamDateOf(now());
  const relapses = relapseCheckOf(db);

  const mustFind = async (
    tx: Db,
    actor: Actor,
    id: string,
    permission: Parameters<typeof findProgramme>[4] = 'programme.read',
  ) => {
    const found = await findProgramme(tx, actor, id, today(), permission);
    if (!found) throw notFound('programme.notFound');
    return found;
  };

  function assertOn(path: string, on: string, statusSince?: string) {
    if (on > today()) throw invalid(path, 'date.notAfterToday');
    if (statusSince && on < statusSince)
      throw invalid(path, 'date.notBeforeCurrentStatus', { date: vnDate(statusSince) });
  }

  async function assertMembers(members: CommitteeMemberInput[]) {
    const ids = [...new Set(members.flatMap((m) => (m.agencyId ? [m.agencyId] : [])))];
    const found = await existingAgencies(db, ids);
    const i = members.findIndex((m) => m.agencyId && !found.has(m.agencyId));
    if (i >= 0) throw invalid(`members.${i}.agencyId`, 'agency.doesNotExist');
  }
  const memberRows = (actor: Actor, members: CommitteeMemberInput[]) =>
    members.map((m) => ({
      name: m.name,
      kind: m.kind,
      agencyId: m.agencyId ?? null,
      organisation: m.organisation ?? null,
      title: m.title ?? null,
      role: m.role,
      createdBy: actor.userId,
    }));

  /** The facts shared by create and update, checked: commune on the start date, in scope, period, links. */
  async function checkFacts(actor: Actor, input: ProgrammeCreate | ProgrammeUpdate, selfId?: string) {
    if (!(await communeValidOn(db, input.unitId, input.periodFrom)))
      throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(input.periodFrom) });
    if (!(await unitWithin(db, actor, input.unitId, 'programme.write')))
      throw invalid('unitId', 'programme.communeOutOfScope');
    const periodTo = input.periodTo ?? programmeEndsOn(input.periodFrom, rules);
    const problem = periodProblem(input.periodFrom, periodTo);
    if (problem) throw invalid(problem.field, 'programme.periodEndBeforeStart');
    if (input.decisionDate) assertOn('decisionDate', input.decisionDate);
    if (input.keyAreaId) {
      const area = await keyAreaUnit(db, input.keyAreaId);
      if (!area) throw invalid('keyAreaId', 'programme.keyAreaNotFound');
      if (area !== input.unitId) throw invalid('keyAreaId', 'programme.keyAreaOtherCommune');
    }
    if (input.previousProgrammeId) {
      const previous =
        input.previousProgrammeId !== selfId &&
        (await findProgramme(db, actor, input.previousProgrammeId, today()));
      if (!previous) throw invalid('previousProgrammeId', 'programme.previousNotFound');
    }
    return {
      name: input.name,
      unitId: input.unitId,
      keyAreaId: input.keyAreaId ?? null,
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      decisionIssuer: input.decisionIssuer ?? null,
      periodFrom: input.periodFrom,
      periodTo,
      objectives: input.objectives ?? null,
      previousProgrammeId: input.previousProgrammeId ?? null,
    };
  }

  /** The programme with its committee, reports, checklist and latest evaluation. */
  async function detailOf(tx: Db, item: ProgrammeListItem): Promise<Programme> {
    const [members, reports, answers] = [
      await membersOf(tx, item.id),
      await reportSummaryOf(tx, item.id),
      await latestCriteria(tx, item.id),
    ];
    const byId = new Map(checklist.map((c) => [c.id, c]));
    // In the checklist's order (the rows of one round share their insert time).
    const order = (id: string) => {
      const i = checklist.findIndex((c) => c.id === id);
      return i < 0 ? checklist.length : i;
    };
    answers.sort((a, b) => order(a.criterionId) - order(b.criterionId));
    const first = answers[0];
    const evaluation = first
      ? {
          round: first.round,
          on: first.evaluatedOn,
          passed: evaluateProgramme(
            answers.map((a) => ({ criterionId: a.criterionId, met: a.met, evidence: a.evidence })),
            checklist,
          ).passed,
          criteria: answers.map((a) => ({
            criterionId: a.criterionId,
            label: byId.get(a.criterionId)?.label ?? { vi: a.criterionId, en: a.criterionId },
            required: byId.get(a.criterionId)?.required ?? false,
            met: a.met,
            evidence: a.evidence,
            attachmentId: a.attachmentId,
          })),
        }
      : null;
    return { ...item, members, reports, checklist: [...checklist], evaluation };
  }

  /** A status change with its event and audit row, in the caller's transaction. */
  async function moveIn(
    tx: Db,
    actor: Actor,
    before: ProgrammeListItem,
    m: { to: ProgrammeStatus; on: string; version: number; reason: string; set?: Record<string, unknown> },
  ) {
    await transitionStatus<ProgrammeStatus>(tx, programme, actor, {
      id: before.id,
      version: m.version,
      from: before.status,
      to: m.to,
      allowed: allowedProgrammeTransitions,
      label: (s) => ({ vi: programmeStatusLabel[s], en: programmeStatusLabelEn[s] }),
      set: { statusSince: m.on, ...m.set },
    });
    await insertProgrammeEvent(tx, {
      programmeId: before.id,
      fromStatus: before.status,
      toStatus: m.to,
      on: m.on,
      reason: m.reason,
      createdBy: actor.userId,
    });
  }

  const service = {
    contract: programmeContract,
    checklist,
    /** The task service plan items are written through (the demo follows its tasks with it). */
    tasks: deps.tasks,

    async create(actor: Actor, input: ProgrammeCreate, opts: { isDemo?: boolean } = {}): Promise<Programme> {
      authorize(actor, 'programme.write');
      const facts = await checkFacts(actor, input);
      const members = input.members ?? [];
      await assertMembers(members);
      const baseline = await snapshotOf(db, input.unitId, input.periodFrom, input.baseline);
      // A programme recorded after the fact is a draft as of its own dates, so its later steps can be dated.
      const since = minDate(today(), input.periodFrom, ...(input.decisionDate ? [input.decisionDate] : []));
      return db.transaction(async (tx) => {
        const id = await insertProgramme(tx, {
          ...facts,
          agencyId: actor.agencyId,
          status: 'draft',
          statusSince: since,
          baseline,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await replaceMembers(tx, id, memberRows(actor, members));
        await insertProgrammeEvent(tx, {
          programmeId: id,
          fromStatus: null,
          toStatus: 'draft',
          on: since,
          reason: 'Lập chương trình chuyển hóa',
          createdBy: actor.userId,
        });
        const created = await detailOf(tx, await mustFind(tx, actor, id));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.create',
          recordType: 'programme',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: ProgrammeUpdate): Promise<Programme> {
      authorize(actor, 'programme.write');
      const before = await mustFind(db, actor, id, 'programme.write');
      const moved = input.unitId !== before.unit.id || input.periodFrom !== before.periodFrom;
      if (input.unitId !== before.unit.id && before.status !== 'draft')
        throw invalid('unitId', 'programme.communeChangeDraftOnly');
      const facts = await checkFacts(actor, input, id);
      // A draft moved to another commune or start keeps entered figures, and takes the others again.
      const baseline =
        moved && before.status === 'draft' && before.baseline.source !== 'entered'
          ? { baseline: await snapshotOf(db, input.unitId, input.periodFrom) }
          : {};
      return db.transaction(async (tx) => {
        await updateVersioned(
          tx,
          programme,
          actor,
          { id, version: input.version },
          { ...facts, ...baseline },
        );
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.update',
          recordType: 'programme',
          recordId: id,
          before,
          after,
        });
        return detailOf(tx, after);
      });
    },

    /**
     * A dated move of the lifecycle with its reason. Đạt / không đạt come only from the evaluation; gia hạn
     * carries the new end date; ổn định waits for the end of the watch; tái phức tạp keeps its reason.
     */
    async transition(actor: Actor, id: string, input: ProgrammeTransition): Promise<Programme> {
      authorize(actor, 'programme.write');
      const before = await mustFind(db, actor, id, 'programme.write');
      if (evaluationOutcomes.includes(input.to)) throw invalid('to', 'programme.outcomeByEvaluation');
      assertOn('on', input.on, before.statusSince);
      const set: Record<string, unknown> = {};
      if (
        input.to === 'approved' &&
        !before.decisionNumber &&
        allowedProgrammeTransitions(before.status).includes('approved')
      )
        throw invalid('decisionNumber', 'programme.decisionNumberRequired');
      if (input.to === 'extended' && before.status === 'failed') {
        if (!input.periodTo || input.periodTo <= before.periodTo)
          throw invalid('periodTo', 'programme.extensionNeedsLaterEnd');
        set.periodTo = input.periodTo;
      }
      if (input.to === 'stable' && before.watchUntil && input.on < before.watchUntil)
        throw invalid('on', 'date.watchNotOver', { until: vnDate(before.watchUntil) });
      if (input.to === 'relapsed') set.relapseReasons = [{ vi: input.reason, en: input.reason }];
      return db.transaction(async (tx) => {
        await moveIn(tx, actor, before, {
          to: input.to,
          on: input.on,
          version: input.version,
          reason: input.reason,
          set,
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.transition',
          recordType: 'programme',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince, periodTo: before.periodTo },
          after: {
            status: input.to,
            statusSince: input.on,
            ...set,
            reason: input.reason,
            citation: input.citation ?? null,
          },
        });
        return detailOf(tx, after);
      });
    },

    /** The steering committee, replaced as a whole under the programme's version. */
    async members(actor: Actor, id: string, input: ProgrammeMembersUpdate): Promise<Programme> {
      authorize(actor, 'programme.write');
      await mustFind(db, actor, id, 'programme.write');
      await assertMembers(input.members);
      const before = await membersOf(db, id);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, programme, actor, { id, version: input.version }, {});
        await replaceMembers(tx, id, memberRows(actor, input.members));
        const after = await detailOf(tx, await mustFind(tx, actor, id));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.members',
          recordType: 'programme',
          recordId: id,
          before: { members: before },
          after: { members: after.members },
        });
        return after;
      });
    },

    async reports(actor: Actor, id: string): Promise<{ data: ProgrammeReport[] }> {
      authorize(actor, 'programme.read');
      await mustFind(db, actor, id);
      return { data: await reportsOf(db, id) };
    },

    /** A monthly progress report, for a month of the period that has begun, while the plan is carried out. */
    async addReport(actor: Actor, id: string, input: ProgrammeReportCreate, opts: { isDemo?: boolean } = {}) {
      authorize(actor, 'programme.report');
      const p = await mustFind(db, actor, id, 'programme.report');
      if (!reportingProgrammeStatuses.includes(p.status))
        throw new AppError('conflict', 'programme.reportWhileInProgress');
      if (input.month < p.periodFrom.slice(0, 7) || input.month > p.periodTo.slice(0, 7))
        throw invalid('month', 'programme.monthOutsidePeriod');
      if (input.month > today().slice(0, 7)) throw invalid('month', 'programme.monthNotStarted');
      return db.transaction(async (tx) => {
        const reportId = await insertReport(tx, {
          programmeId: id,
          month: `${input.month}-01`,
          summary: input.summary,
          figures: input.figures ?? {},
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.report',
          recordType: 'programme',
          recordId: id,
          after: { reportId, month: input.month, summary: input.summary, figures: input.figures ?? {} },
        });
        const all = await reportsOf(tx, id);
        return all.find((r) => r.id === reportId)!;
      });
    },

    ...programmeEvaluation({ db, rules, checklist, tasks: deps.tasks, mustFind, assertOn, moveIn, detailOf }),

    /** Reading a programme is audited like every register read. */
    async get(actor: Actor, id: string): Promise<Programme> {
      authorize(actor, 'programme.read');
      // The record shown is checked first (one query unless it is being watched after success).
      await relapses(today(), [id]);
      return db.transaction(async (tx) => {
        const found = await detailOf(tx, await mustFind(tx, actor, id));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.read',
          recordType: 'programme',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: ProgrammeListQuery): Promise<Paged<ProgrammeListItem>> {
      authorize(actor, 'programme.read');
      const page = await db.transaction(async (tx) => {
        const found = await listProgrammes(tx, actor, q, today());
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.list',
          recordType: 'programme',
          after: { returned: found.data.length, total: found.total, filter: q },
        });
        return found;
      });
      // The watched programmes of the page are checked; when one turns out relapsed, the page is read again.
      const watched = page.data.filter((p) => p.status === 'succeeded').map((p) => p.id);
      const flagged = await relapses(today(), watched);
      return flagged.length ? listProgrammes(db, actor, q, today()) : page;
    },

    /**
     * Flags tái phức tạp on every programme watched after success whose commune had a hotspot re-formed within
     * the watch, or whose indicators rose again (the domain's `relapseSignals`). `at` is the clock (injected by
     * tests); the system is the actor. Returns the programmes flagged. Run by the server's schedule (hourly,
     * main.ts) over every programme, and by each read over the programmes it shows.
     */
    async checkRelapses(at: Date): Promise<RelapseCheck[]> {
      return relapses(vietnamDateOf(at));
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findProgramme(db, actor, id, today()));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'programme.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, programmeContract, id, language);
    },
  };
  return service;
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;

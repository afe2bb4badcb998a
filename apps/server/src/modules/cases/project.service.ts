import {
  type Paged,
  type ProjectCreate,
  type ProjectListQuery,
  type ProjectStatus,
  type ProjectTransition,
  type ProjectUpdate,
  projectContract,
  projectStatusLabel,
  type SpecialProject,
  type TimelineEntry,
} from '@pcmt/contracts';
import { allowedProjectTransitions } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { specialProject } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { unitOnDate, visibleRing } from './case-links.repository.ts';
import { vnDate } from './case-rules.ts';
import { findProject, insertProject, listProjects } from './project.repository.ts';

/** Special projects (chuyên án): open, edit, move (active ↔ suspended → concluded), list, read (audited). */
export function createProjectService(db: Db, deps: { today?: () => string } = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findProject(tx, actor, id);
    if (!found) throw notFound('project.notFound');
    return found;
  };

  async function facts(actor: Actor, input: ProjectCreate, linkedRing: string | null = null) {
    if (input.periodFrom > today()) throw invalid('periodFrom', 'date.notAfterToday');
    if (input.periodTo && input.periodTo < input.periodFrom) throw invalid('periodTo', 'date.endBeforeStart');
    const leading = await unitOnDate(db, actor, input.unitId, input.periodFrom, 'project.write', true);
    if (!leading) throw invalid('unitId', 'unit.notFound');
    if (!leading.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    if (input.ringId && input.ringId !== linkedRing && !(await visibleRing(db, actor, input.ringId)))
      throw invalid('ringId', 'project.ringNotFound');
    return {
      name: input.name,
      decisionNumber: input.decisionNumber ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo ?? null,
      unitId: input.unitId,
      ringId: input.ringId ?? null,
      summary: input.summary ?? null,
    };
  }

  return {
    contract: projectContract,

    async create(
      actor: Actor,
      input: ProjectCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<SpecialProject> {
      authorize(actor, 'project.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertProject(tx, {
          ...values,
          status: 'active',
          statusSince: values.periodFrom,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'project.create',
          recordType: 'project',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: ProjectUpdate): Promise<SpecialProject> {
      authorize(actor, 'project.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input, before.ringId);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, specialProject, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'project.update',
          recordType: 'project',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async transition(actor: Actor, id: string, input: ProjectTransition): Promise<SpecialProject> {
      authorize(actor, 'project.transition');
      const before = await mustFind(db, actor, id);
      if (input.on > today()) throw invalid('on', 'date.notAfterToday');
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<ProjectStatus>(tx, specialProject, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedProjectTransitions,
          label: (s) => projectStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'project.transition',
          recordType: 'project',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, statusSince: input.on, reason: input.reason },
        });
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<SpecialProject> {
      authorize(actor, 'project.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'project.read',
          recordType: 'project',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: ProjectListQuery): Promise<Paged<SpecialProject>> {
      authorize(actor, 'project.read');
      return db.transaction(async (tx) => {
        const page = await listProjects(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'project.list',
          recordType: 'project',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findProject(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'project.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, projectContract, id, language);
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

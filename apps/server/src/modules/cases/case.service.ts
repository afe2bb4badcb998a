import {
  type CaseCreate,
  type CaseListQuery,
  type CaseStatus,
  type CaseTransition,
  type CaseUpdate,
  type CriminalCase,
  caseContract,
  caseStatusLabel,
  type Paged,
  type SeizureCreate,
  type SeizureInput,
  type SeizureRecord,
  type TimelineEntry,
} from '@pcmt/contracts';
import {
  allowedCaseTransitions,
  caseSeverity,
  type DrugCatalogue,
  defaultDrugCatalogue,
  inBaseUnit,
  unitFamilyOf,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { criminalCase } from '../../platform/db/schema/index.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import { findCase, insertCase, insertSeizures, listCases, touchCase } from './case.repository.ts';
import { linkablePersons, projectLinkable, unitOnDate } from './case-links.repository.ts';
import { assertCase, assertSeizure, vnDate } from './case-rules.ts';

export type CaseDeps = { today?: () => string; catalogue?: DrugCatalogue };

/**
 * The case register: record a case with its charges, suspects (arrests) and seizures, edit it, move it
 * through the investigation's statuses, add seizures, list (period, commune, charge, class, drug type), read
 * (audited), timeline. The class is derived from the charged brackets when written.
 */
export function createCaseService(db: Db, deps: CaseDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const catalogue = deps.catalogue ?? defaultDrugCatalogue;
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findCase(tx, actor, id);
    if (!found) throw notFound('case.notFound');
    return found;
  };

  const seizureRow = (actor: Actor, caseId: string, unitId: string, s: SeizureInput, isDemo: boolean) => ({
    caseId,
    unitId,
    on: s.on,
    drugType: s.drugType,
    measure: s.measure,
    quantity: String(s.quantity),
    family: unitFamilyOf(s.measure),
    baseQuantity: String(inBaseUnit(s.quantity, s.measure)),
    note: s.note ?? null,
    agencyId: actor.agencyId,
    createdBy: actor.userId,
    isDemo,
  });

  /** Checks dates, brackets, units, the commune of the opening date and the linked persons and project. */
  async function facts(actor: Actor, input: CaseCreate | CaseUpdate, linked: readonly string[] = []) {
    assertCase(input, today(), catalogue);
    const commune = await unitOnDate(db, actor, input.unitId, input.openedOn, 'case.write');
    if (!commune) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(input.openedOn) });
    if (!commune.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    const suspects = input.suspects ?? [];
    const fresh = suspects.flatMap((s) => (s.personId && !linked.includes(s.personId) ? [s.personId] : []));
    const visible = await linkablePersons(db, actor, fresh);
    const missing = suspects.findIndex(
      (s) => s.personId && fresh.includes(s.personId) && !visible.has(s.personId),
    );
    if (missing >= 0) throw invalid(`suspects.${missing}.personId`, 'case.personNotFound');
    if (input.projectId && !(await projectLinkable(db, actor, input.projectId)))
      throw invalid('projectId', 'case.projectNotFound');
    return {
      number: input.number,
      openedOn: input.openedOn,
      unitId: input.unitId,
      summary: input.summary,
      charges: input.charges,
      articles: [...new Set(input.charges.map((c) => c.article))],
      severity: caseSeverity(input.charges),
      suspects: suspects.map((s) => ({
        personId: s.personId ?? null,
        name: s.name,
        birthYear: s.birthYear ?? null,
        arrestedOn: s.arrestedOn ?? null,
        arrestKind: s.arrestKind ?? null,
      })),
      projectId: input.projectId ?? null,
    };
  }

  return {
    contract: caseContract,

    async create(actor: Actor, input: CaseCreate, opts: { isDemo?: boolean } = {}): Promise<CriminalCase> {
      authorize(actor, 'case.write');
      const values = await facts(actor, input);
      const isDemo = opts.isDemo ?? false;
      return db.transaction(async (tx) => {
        const id = await insertCase(tx, {
          ...values,
          status: 'investigating',
          statusSince: values.openedOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo,
        });
        await insertSeizures(
          tx,
          (input.seizures ?? []).map((s) => seizureRow(actor, id, values.unitId, s, isDemo)),
        );
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.create',
          recordType: 'case',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: CaseUpdate): Promise<CriminalCase> {
      authorize(actor, 'case.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(
        actor,
        input,
        before.suspects.flatMap((s) => s.personId ?? []),
      );
      return db.transaction(async (tx) => {
        await updateVersioned(tx, criminalCase, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.update',
          recordType: 'case',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async transition(actor: Actor, id: string, input: CaseTransition): Promise<CriminalCase> {
      authorize(actor, 'case.transition');
      const before = await mustFind(db, actor, id);
      if (input.on > today()) throw invalid('on', 'date.notAfterToday');
      if (input.on < before.statusSince)
        throw invalid('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) });
      return db.transaction(async (tx) => {
        await transitionStatus<CaseStatus>(tx, criminalCase, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedCaseTransitions,
          label: (s) => caseStatusLabel[s],
          set: { statusSince: input.on },
        });
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.transition',
          recordType: 'case',
          recordId: id,
          before: { status: before.status, statusSince: before.statusSince },
          after: { status: input.to, statusSince: input.on, reason: input.reason },
        });
        return after;
      });
    },

    /** A seizure added to a case: append-only, carries the case's version (a stale form gets 409). */
    async addSeizure(
      actor: Actor,
      id: string,
      input: SeizureCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<{ seizure: SeizureRecord; case: CriminalCase }> {
      authorize(actor, 'case.write');
      const before = await mustFind(db, actor, id);
      assertSeizure(input, today(), catalogue);
      return db.transaction(async (tx) => {
        if (!(await touchCase(tx, actor, id, input.version))) throw conflict();
        const [seizureId] = await insertSeizures(tx, [
          seizureRow(actor, id, before.unit.id, input, opts.isDemo ?? false),
        ]);
        const after = await mustFind(tx, actor, id);
        const seizure = after.seizures.find((s) => s.id === seizureId)!;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.seizure',
          recordType: 'case',
          recordId: id,
          after: { seizures: seizure },
        });
        return { seizure, case: after };
      });
    },

    /** Reading a case is audited (suspects' names are personal data). */
    async get(actor: Actor, id: string): Promise<CriminalCase> {
      authorize(actor, 'case.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.read',
          recordType: 'case',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: CaseListQuery): Promise<Paged<CriminalCase>> {
      authorize(actor, 'case.read');
      return db.transaction(async (tx) => {
        const page = await listCases(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'case.list',
          recordType: 'case',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findCase(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'case.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, caseContract, id, language);
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;

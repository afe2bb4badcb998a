import type {
  Business,
  BusinessStatistics,
  BusinessStatisticsQuery,
  Inspection,
  InspectionCreate,
} from '@pcmt/contracts';
import {
  type BusinessRiskRules,
  checklistItems,
  failedItems,
  followUpDate,
  inspectionOutcome,
} from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { business } from '../../platform/db/schema/index.ts';
import { invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { updateVersioned } from '../kit/versioned.ts';
import type { RiskClock } from './business.repository.ts';
import { assertInspection, fineTotal } from './business-rules.ts';
import { insertInspection, inspectionStatistics, inspectionsOf } from './inspection.repository.ts';

type Deps = {
  rules: BusinessRiskRules;
  clock: () => RiskClock;
  mustFind: (db: Db, actor: Actor, id: string) => Promise<Business>;
};

/** Inspections of a business (sub-records on its `:id`) and the register's counts for report indicators. */
export function createInspectionService(db: Db, { rules, clock, mustFind }: Deps) {
  return {
    /**
     * Records an inspection: checks it against the business's line, derives its outcome and follow-up date
     * (a failed item schedules a re-inspection), and bumps the business's version, since its risk level and
     * follow-up change — all in one transaction with the audit row on the business.
     */
    async inspect(
      actor: Actor,
      id: string,
      input: InspectionCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<{ inspection: Inspection; business: Business }> {
      authorize(actor, 'business.inspect');
      const before = await mustFind(db, actor, id);
      assertInspection(before.line, input, clock().today);
      const outcome = inspectionOutcome(input);
      const followUpOn = followUpDate(input.on, outcome, input.followUpOn, rules);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, business, actor, { id, version: input.version }, {});
        const inspection = await insertInspection(tx, {
          businessId: id,
          on: input.on,
          team: input.team,
          agencies: input.agencies,
          checklist: input.checklist.map((a) => ({
            itemId: a.itemId,
            result: a.result,
            note: a.note ?? null,
          })),
          customersTested: input.customersTested ?? null,
          customersPositive: input.customersPositive ?? null,
          findings: input.findings ?? null,
          sanctions: input.sanctions ?? [],
          fineTotalVnd: fineTotal(input),
          outcome,
          failedItems: failedItems(input),
          followUpOn,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const after = await mustFind(tx, actor, id);
        const { id: _id, agency: _agency, isDemo: _demo, createdAt: _at, ...recorded } = inspection;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.inspect',
          recordType: 'business',
          recordId: id,
          before: { risk: before.risk, followUpOn: before.followUpOn },
          after: { inspectionId: inspection.id, ...recorded, risk: after.risk },
        });
        return { inspection, business: after };
      });
    },

    /** The inspections of a business, latest first; reading them is audited like reading the record. */
    async inspections(actor: Actor, id: string): Promise<Inspection[]> {
      authorize(actor, 'business.read');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        const list = await inspectionsOf(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.read',
          recordType: 'business',
          recordId: id,
          after: { part: 'inspections', returned: list.length },
        });
        return list;
      });
    },

    /** The checklist items with their sources (reference data; the web builds its forms from it). */
    checklists(actor: Actor) {
      authorize(actor, 'business.read');
      return { data: checklistItems.map((i) => ({ ...i, lines: [...i.lines] })) };
    },

    /** Counts of a period for a report indicator (no names), in the actor's jurisdiction; audited. */
    async statistics(actor: Actor, q: BusinessStatisticsQuery): Promise<BusinessStatistics> {
      authorize(actor, 'business.statistics');
      const to = q.to ?? clock().today;
      const from = q.from ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw invalid('to', 'date.endBeforeStart');
      if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
        throw invalid('from', 'business.statsPeriodTooLong');
      return db.transaction(async (tx) => {
        const stats = await inspectionStatistics(tx, actor, clock(), { ...q, from, to });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'business.statistics',
          recordType: 'business',
          after: { filter: q, inspections: stats.totals.inspections },
        });
        return stats;
      });
    },
  };
}

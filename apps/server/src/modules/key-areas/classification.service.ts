import {
  type ClassificationInputs,
  type ClassificationListQuery,
  type ClassificationRun,
  type CommuneClassification,
  communeClassificationContract,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { type ClassificationRuleSet, classifyCommune, defaultRuleSets, ruleSetFor } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import type { UnitService } from '../units/unit.service.ts';
import { assertPastDate, vnDate } from './area-rules.ts';
import {
  findClassification,
  findClassifications,
  insertClassification,
  listClassifications,
} from './classification.repository.ts';
import {
  type CommuneRef,
  communesOn,
  communeValidThroughout,
  unitInActorScope,
} from './commune.repository.ts';
import { countsOf, hotspotCountsByCommune } from './commune-hotspots.ts';
import { plantFindsOf } from './commune-plants.repository.ts';
import { indicatorCovering } from './indicator.repository.ts';

/** The day after the same date a year earlier: [yearBefore(on), on] is the year up to `on`. */
const yearBefore = (on: string): string => {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Classification runs: for a date, the rule set in force that day (`ruleSetFor`) applied to the commune's
 * figures — recorded figures of the period containing the date, merged with the hotspot register's live điểm /
 * tụ điểm on that date. Each run is stored with its inputs, rule set id and version, criteria and explanation,
 * so "vì sao xã này loại I" has an answer and a re-run can be compared. Runs are never changed.
 */
export function createClassificationService(
  db: Db,
  deps: { units: UnitService; ruleSets?: readonly ClassificationRuleSet[] },
) {
  const ruleSets = deps.ruleSets ?? defaultRuleSets;
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findClassification(tx, actor, id);
    if (!found) throw notFound('commune_classification.notFound');
    return found;
  };

  return {
    contract: communeClassificationContract,

    /** Classify one commune, or every commune of the jurisdiction on `on`; returns the new runs. */
    async run(
      actor: Actor,
      input: ClassificationRun,
      opts: { isDemo?: boolean } = {},
    ): Promise<CommuneClassification[]> {
      authorize(actor, 'key_area.classify');
      assertPastDate('on', input.on, todayInVietnam());
      const ruleSet = ruleSetFor(input.on, ruleSets);
      if (!ruleSet) throw invalid('on', 'commune_classification.noRuleSet', { date: vnDate(input.on) });
      let communes: CommuneRef[];
      if (input.unitId) {
        const one = await communeValidThroughout(db, input.unitId, input.on, input.on);
        if (!one) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(input.on) });
        if (!(await unitInActorScope(db, actor, one.id, 'key_area.classify')))
          throw invalid('unitId', 'unit.outsideJurisdiction');
        communes = [one];
      } else {
        communes = await communesOn(db, actor, 'key_area.classify', input.on);
        if (!communes.length) throw invalid('on', 'commune_classification.noCommunes');
      }

      // Everything is read before the transaction opens (PGlite has one connection).
      const hotspots = await hotspotCountsByCommune(db, deps.units, {
        on: input.on,
        since: input.on,
        ...(input.unitId ? { only: [input.unitId] } : {}),
      });
      const runs: {
        commune: CommuneRef;
        recorded: Awaited<ReturnType<typeof indicatorCovering>>;
        inputs: ClassificationInputs;
        result: ReturnType<typeof classifyCommune>;
      }[] = [];
      for (const c of communes) {
        const recorded = await indicatorCovering(db, c.id, input.on);
        const h = countsOf(hotspots, c.id);
        // Plants: the commune's recorded figures when given, else the plant register's finds over the recorded
        // period (the year up to the date without one).
        const plants =
          recorded?.plantCount == null || recorded?.plantAreaM2 == null
            ? await plantFindsOf(
                db,
                c.id,
                recorded?.periodFrom ?? yearBefore(input.on),
                recorded?.periodTo ?? input.on,
              )
            : null;
        const inputs: ClassificationInputs = {
          population: recorded?.population ?? null,
          personsWithRecords: recorded?.personsWithRecords ?? null,
          addicts: recorded?.addicts ?? null,
          drugUseVenueCount: recorded?.drugUseVenueCount ?? null,
          activeSpots: h.spots,
          activeGatherings: h.gatherings,
          arrestedOffenders: recorded?.arrestedOffenders ?? null,
          plantCount: recorded?.plantCount ?? plants?.plantCount ?? null,
          plantAreaM2: recorded?.plantAreaM2 ?? plants?.plantAreaM2 ?? null,
          onKeyRoute: recorded?.onKeyRoute ?? null,
        };
        const result = classifyCommune(inputs, ruleSet);
        runs.push({ commune: c, recorded, inputs, result });
      }

      const ids = await db.transaction(async (tx) => {
        const out: string[] = [];
        for (const { commune, recorded, inputs, result } of runs) {
          const id = await insertClassification(tx, {
            unitId: commune.id,
            agencyId: actor.agencyId,
            asOf: input.on,
            indicatorId: recorded?.id ?? null,
            periodFrom: recorded?.periodFrom ?? null,
            periodTo: recorded?.periodTo ?? null,
            communeClass: result.communeClass,
            ruleSetId: result.ruleSetId,
            ruleSetVersion: result.ruleSetVersion,
            inputs,
            criteria: result.criteria,
            explanation: result.explanation,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          await appendAudit(tx, auditContextOf(actor), {
            action: 'commune_classification.run',
            recordType: 'commune_classification',
            recordId: id,
            after: {
              unitId: commune.id,
              asOf: input.on,
              communeClass: result.communeClass,
              ruleSetId: result.ruleSetId,
              ruleSetVersion: result.ruleSetVersion,
              indicatorId: recorded?.id ?? null,
              inputs,
            },
          });
          out.push(id);
        }
        return out;
      });
      return findClassifications(db, actor, ids);
    },

    async get(actor: Actor, id: string): Promise<CommuneClassification> {
      authorize(actor, 'key_area.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commune_classification.read',
          recordType: 'commune_classification',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: ClassificationListQuery): Promise<Paged<CommuneClassification>> {
      authorize(actor, 'key_area.read');
      if (q.from && q.to && q.from > q.to) throw invalid('to', 'date.endBeforeStart');
      return db.transaction(async (tx) => {
        const page = await listClassifications(tx, actor, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'commune_classification.list',
          recordType: 'commune_classification',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findClassification(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'key_area.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, communeClassificationContract, id, language);
    },
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;

import {
  type CampaignCreate,
  type CampaignListQuery,
  type CampaignResults,
  type CampaignUpdate,
  campaignContract,
  type Paged,
  type PeakCampaign,
  type TimelineEntry,
} from '@pcmt/contracts';
import { campaignResults, compareTargets } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { peakCampaign } from '../../platform/db/schema/index.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { findCampaign, insertCampaign, listCampaigns, unitRefs } from './campaign.repository.ts';
import { campaignFigures } from './campaign-results.repository.ts';
import { unitOnDate, unitsInScope } from './case-links.repository.ts';

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * Peak campaigns (đợt cao điểm): launch, edit (versioned), list, read (audited) and their results, computed
 * from the records dated inside the period (cases, suspects, arrests, seizures, hotspots eliminated, business
 * inspections) by participating unit and compared to the targets.
 */
export function createCampaignService(db: Db, deps: { today?: () => string } = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findCampaign(tx, actor, id, today());
    if (!found) throw notFound('campaign.notFound');
    return found;
  };

  async function facts(actor: Actor, input: CampaignCreate) {
    if (input.periodTo < input.periodFrom) throw invalid('periodTo', 'date.endBeforeStart');
    if (input.periodTo > addDays(input.periodFrom, 366)) throw invalid('periodTo', 'campaign.periodTooLong');
    if (input.periodFrom < '2004-08-31') throw invalid('periodFrom', 'date.beforeUnitData');
    input.targets.forEach((t, i) => {
      if (t.indicator === 'seizure' && !t.family)
        throw invalid(`targets.${i}.family`, 'campaign.seizureTargetFamily');
    });
    const leading = await unitOnDate(db, actor, input.unitId, input.periodFrom, 'campaign.write', true);
    if (!leading) throw invalid('unitId', 'unit.notFound');
    if (!leading.inScope) throw invalid('unitId', 'unit.outsideJurisdiction');
    const unitIds = [...new Set(input.unitIds)];
    const ok = await unitsInScope(db, actor, unitIds, 'campaign.write');
    const bad = unitIds.findIndex((id) => !ok.has(id));
    if (bad >= 0) throw invalid(`unitIds.${input.unitIds.indexOf(unitIds[bad]!)}`, 'campaign.unitNotInScope');
    return {
      name: input.name,
      decisionNumber: input.decisionNumber ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      unitId: input.unitId,
      unitIds,
      targets: input.targets.map((t) => ({
        indicator: t.indicator,
        drugType: t.indicator === 'seizure' ? (t.drugType ?? null) : null,
        family: t.indicator === 'seizure' ? (t.family ?? null) : null,
        target: t.target,
      })),
      summary: input.summary ?? null,
    };
  }

  return {
    contract: campaignContract,

    async create(
      actor: Actor,
      input: CampaignCreate,
      opts: { isDemo?: boolean } = {},
    ): Promise<PeakCampaign> {
      authorize(actor, 'campaign.write');
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        const id = await insertCampaign(tx, {
          ...values,
          agencyId: actor.agencyId,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          isDemo: opts.isDemo ?? false,
        });
        const created = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'campaign.create',
          recordType: 'campaign',
          recordId: id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: CampaignUpdate): Promise<PeakCampaign> {
      authorize(actor, 'campaign.write');
      const before = await mustFind(db, actor, id);
      const values = await facts(actor, input);
      return db.transaction(async (tx) => {
        await updateVersioned(tx, peakCampaign, actor, { id, version: input.version }, values);
        const after = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'campaign.update',
          recordType: 'campaign',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async get(actor: Actor, id: string): Promise<PeakCampaign> {
      authorize(actor, 'campaign.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'campaign.read',
          recordType: 'campaign',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: CampaignListQuery): Promise<Paged<PeakCampaign>> {
      authorize(actor, 'campaign.read');
      return db.transaction(async (tx) => {
        const page = await listCampaigns(tx, actor, q, today());
        await appendAudit(tx, auditContextOf(actor), {
          action: 'campaign.list',
          recordType: 'campaign',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** The results of the records dated inside the campaign, in the reader's jurisdiction (audited). */
    async results(actor: Actor, id: string): Promise<CampaignResults> {
      authorize(actor, 'campaign.read');
      return db.transaction(async (tx) => {
        const c = await mustFind(tx, actor, id);
        const period = { from: c.periodFrom, to: c.periodTo };
        const figures = await campaignFigures(
          tx,
          actor,
          c.units.map((u) => u.id),
          period,
        );
        const r = campaignResults(period, figures.counts, figures.seizures);
        const refs = await unitRefs(
          tx,
          c.units.map((u) => u.id),
        );
        await appendAudit(tx, auditContextOf(actor), {
          action: 'campaign.results',
          recordType: 'campaign',
          recordId: id,
        });
        return {
          campaign: { id: c.id, name: c.name, periodFrom: c.periodFrom, periodTo: c.periodTo },
          // Every participating unit appears, with zeros when nothing was recorded there.
          byUnit: c.units.map((u) => {
            const found = r.byUnit.find((x) => x.unitId === u.id);
            return {
              unit: refs.get(u.id) ?? u,
              counts: found?.counts ?? { ...zeroCounts },
              seizures: found?.seizures ?? [],
            };
          }),
          total: r.total,
          targets: compareTargets(c.targets, r.total).map((t) => ({
            ...t,
            drugType: t.drugType ?? null,
            family: t.family ?? null,
          })),
        };
      });
    },

    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findCampaign(db, actor, id, today()));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'campaign.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, campaignContract, id, language);
    },
  };
}

const zeroCounts = {
  cases_opened: 0,
  suspects: 0,
  arrests: 0,
  hotspots_eliminated: 0,
  businesses_inspected: 0,
  plants_destroyed: 0,
};

export type CampaignService = ReturnType<typeof createCampaignService>;

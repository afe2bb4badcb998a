import type { CommuneOverview, OnDateQuery, ProvinceView, TargetsView } from '@pcmt/contracts';
import {
  type CommuneClass,
  communeClassCounts,
  defaultTargets,
  type TargetActual,
  type TargetIndicator,
  targetProgress,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import type { UnitService } from '../units/unit.service.ts';
import { assertPastDate } from './area-rules.ts';
import { latestClassesOn, latestClassification } from './classification.repository.ts';
import { communesOn, findCommuneInScope } from './commune.repository.ts';
import { type CommuneHotspotCounts, countsOf, hotspotCountsByCommune } from './commune-hotspots.ts';
import { programmeOf, tasksOf } from './commune-overview.repository.ts';
import { designationsOn } from './key-area.repository.ts';

const dateOf = (q: OnDateQuery) => {
  const on = q.on ?? todayInVietnam();
  assertPastDate('on', on, todayInVietnam());
  return on;
};
const yearStart = (on: string) => `${on.slice(0, 4)}-01-01`;

/** Targets the registers can measure today, and how: the rest answer "no data" until their register exists. */
function actualOf(
  t: TargetIndicator,
  h: CommuneHotspotCounts,
  drugFree: { numerator: number; denominator: number } | null,
): TargetActual | undefined {
  switch (t.id) {
    case 'drug_free_communes_2030':
      return drugFree;
    case 'drug_use_places_eliminated':
    case 'hotspots_eliminated_2025':
      return { numerator: h.eliminatedNow, denominator: h.recorded };
    case 'province_no_new_hotspots':
      return h.detected;
    case 'province_no_reformed_hotspots':
      return h.reformed;
    default:
      return undefined;
  }
}

const progressOf = (t: TargetIndicator, actual: TargetActual | undefined) => {
  const p = targetProgress(t, actual ?? null);
  const fraction = actual !== null && typeof actual === 'object' ? actual : null;
  return {
    value: p.value,
    numerator: fraction?.numerator ?? null,
    denominator: fraction?.denominator ?? null,
    met: p.met,
    status: p.status,
    statement: p.statement,
  };
};

const sum = (all: CommuneHotspotCounts[]): CommuneHotspotCounts =>
  all.reduce(
    (a, b) => ({
      spots: a.spots + b.spots,
      gatherings: a.gatherings + b.gatherings,
      recorded: a.recorded + b.recorded,
      eliminatedNow: a.eliminatedNow + b.eliminatedNow,
      detected: a.detected + b.detected,
      eliminated: a.eliminated + b.eliminated,
      reformed: a.reformed + b.reformed,
    }),
    { spots: 0, gatherings: 0, recorded: 0, eliminatedNow: 0, detected: 0, eliminated: 0, reformed: 0 },
  );

/**
 * Read-only views of a date over the communes of the actor's jurisdiction (`key_area.read`): the province view
 * for the choropleth, one commune's page, and the targets against live figures. Aggregates: not audited, like
 * the hotspot map.
 */
export function createAreaViews(db: Db, deps: { units: UnitService; targets?: readonly TargetIndicator[] }) {
  const targets = deps.targets ?? defaultTargets;
  return {
    async province(actor: Actor, q: OnDateQuery): Promise<ProvinceView> {
      authorize(actor, 'key_area.read');
      const on = dateOf(q);
      const communes = await communesOn(db, actor, 'key_area.read', on);
      const ids = communes.map((c) => c.id);
      const classes = await latestClassesOn(db, ids, on);
      const designations = await designationsOn(db, ids, on);
      const counts: Record<string, number> = {
        class_1: 0,
        class_2: 0,
        class_3: 0,
        none: 0,
        drug_free: 0,
        not_classified: 0,
        unclassified: 0,
      };
      const rows = communes.map((unit) => {
        const c = classes.get(unit.id);
        const d = designations.get(unit.id);
        counts[c?.communeClass ?? 'unclassified'] = (counts[c?.communeClass ?? 'unclassified'] ?? 0) + 1;
        return {
          unit,
          communeClass: (c?.communeClass ?? null) as ProvinceView['communes'][number]['communeClass'],
          classificationId: c?.id ?? null,
          asOf: c?.asOf ?? null,
          designation: d
            ? {
                id: d.id,
                decisionNumber: d.decisionNumber,
                decisionDate: d.decisionDate,
                communeClass: d.communeClass,
              }
            : null,
        };
      });
      return { on, communes: rows, counts, designated: designations.size };
    },

    async overview(actor: Actor, unitId: string, q: OnDateQuery): Promise<CommuneOverview> {
      authorize(actor, 'key_area.read');
      const on = dateOf(q);
      const commune = await findCommuneInScope(db, actor, unitId, 'key_area.read');
      if (!commune) throw notFound('commune.notFound');
      const since = yearStart(on);
      const hotspots = countsOf(
        await hotspotCountsByCommune(db, deps.units, { on, since, only: [unitId] }),
        unitId,
      );
      const d = (await designationsOn(db, [unitId], on)).get(unitId);
      return {
        on,
        unit: commune,
        classification: await latestClassification(db, actor, unitId, on),
        designation: d
          ? {
              id: d.id,
              status: d.status,
              decisionNumber: d.decisionNumber,
              decisionDate: d.decisionDate,
              communeClass: d.communeClass,
            }
          : null,
        hotspots: {
          live: hotspots.spots + hotspots.gatherings,
          eliminated: hotspots.eliminated,
          reformed: hotspots.reformed,
          since,
        },
        programme: await programmeOf(db, unitId, on),
        tasks: await tasksOf(db, unitId, on),
      };
    },

    async targets(actor: Actor, q: OnDateQuery): Promise<TargetsView> {
      authorize(actor, 'key_area.read');
      const on = dateOf(q);
      const communes = await communesOn(db, actor, 'key_area.read', on);
      const ids = communes.map((c) => c.id);
      const classes = await latestClassesOn(db, ids, on);
      // Hotspot figures of the year so far; the eliminated share counts statuses on `on`.
      const hotspots = await hotspotCountsByCommune(db, deps.units, { on, since: yearStart(on), only: ids });
      const classOf = (id: string) => (classes.get(id)?.communeClass ?? null) as CommuneClass | null;
      // Unclassified communes count in the total: the target is a share of all communes.
      const drugFree = communeClassCounts(
        communes.map((c) => ({ communeClass: classOf(c.id) ?? 'not_classified' })),
      ).drugFreeShare;
      const province = sum(ids.map((id) => countsOf(hotspots, id)));
      return {
        on,
        targets: targets.map((t) => {
          const actual = actualOf(t, province, drugFree);
          return {
            id: t.id,
            scope: t.scope,
            title: t.title,
            measure: t.measure,
            unit: t.unit,
            direction: t.direction,
            strict: t.strict,
            target: t.target,
            byYear: t.byYear,
            documents: [...t.legalSource.documents],
            confidence: t.confidence,
            measured: actual !== undefined,
            province: progressOf(t, actual),
          };
        }),
        communes: communes.map((unit) => {
          const h = countsOf(hotspots, unit.id);
          const progress: TargetsView['communes'][number]['progress'] = {};
          for (const t of targets) {
            if (!t.levels.includes('commune')) continue;
            const actual = actualOf(t, h, null);
            if (actual !== undefined) progress[t.id] = progressOf(t, actual);
          }
          return { unit, communeClass: classOf(unit.id), progress };
        }),
      };
    },
  };
}

export type AreaViews = ReturnType<typeof createAreaViews>;

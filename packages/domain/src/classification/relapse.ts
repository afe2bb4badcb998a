import { classifyCommune, communeClassLabels } from './classify.ts';
import { compareRate, formatNumberEn, formatNumberVi, lowerFirst } from './format.ts';
import { qd28RuleSet } from './rule-sets.ts';
import type {
  BilingualText,
  ClassificationRuleSet,
  CommuneClass,
  CommuneIndicators,
  CountIndicatorName,
  CriterionResult,
} from './types.ts';
import { indicatorLabels, keyClasses } from './types.ts';

/**
 * Relapse (tái phức tạp) of a transformed commune during its watch period. The rule is not in a retrieved text
 * (legal-notes §1.4: unconfirmed), so what counts is configuration: a re-formed hotspot, a class criterion met
 * again, a class higher than at success, or an indicator rising by a configured amount.
 */

export type RelapseIncreaseRule = {
  indicator: CountIndicatorName;
  /** Rise (now − at success) of at least this much… */
  minIncrease: number;
  /** …and, when set, of at least this percent of the value at success (ignored when that value is 0). */
  minIncreasePercent?: number | null;
};

export type RelapseRules = {
  /** Any re-formed điểm / tụ điểm in the watch period is a relapse. */
  reformedHotspotIsRelapse: boolean;
  /** A key-class criterion met now that was not met at success is a relapse. */
  criterionCrossingIsRelapse: boolean;
  /** A class higher now than at success is a relapse. */
  classRiseIsRelapse: boolean;
  increases: readonly RelapseIncreaseRule[];
};

/** Defaults (unconfirmed, configuration): any new use venue, điểm or tụ điểm; persons on record up ≥ 10 %. */
export const defaultRelapseRules: RelapseRules = {
  reformedHotspotIsRelapse: true,
  criterionCrossingIsRelapse: true,
  classRiseIsRelapse: true,
  increases: [
    { indicator: 'drugUseVenueCount', minIncrease: 1 },
    { indicator: 'activeSpots', minIncrease: 1 },
    { indicator: 'activeGatherings', minIncrease: 1 },
    { indicator: 'personsWithRecords', minIncrease: 1, minIncreasePercent: 10 },
  ],
};

export type RelapseReason = BilingualText & { id: string };

const rank = (c: CommuneClass): number | null =>
  c === 'class_1' ? 3 : c === 'class_2' ? 2 : c === 'class_3' ? 1 : c === 'not_classified' ? null : 0;

/**
 * Reasons the commune is turning complex again; empty = stable. Figures that are null on either side are not
 * compared (a missing figure is not evidence of relapse).
 */
export function relapseSignals(
  atSuccess: CommuneIndicators,
  now: CommuneIndicators,
  reformedHotspots: number,
  options: { ruleSet?: ClassificationRuleSet; rules?: RelapseRules } = {},
): RelapseReason[] {
  const ruleSet = options.ruleSet ?? qd28RuleSet;
  const rules = options.rules ?? defaultRelapseRules;
  const reasons: RelapseReason[] = [];

  if (rules.reformedHotspotIsRelapse && reformedHotspots > 0) {
    reasons.push({
      id: 'reformed_hotspot',
      vi: `${formatNumberVi(reformedHotspots)} điểm, tụ điểm tái hoạt động trong thời gian theo dõi`,
      en: `${formatNumberEn(reformedHotspots)} hotspot(s) re-formed during the watch period`,
    });
  }

  const before = classifyCommune(atSuccess, ruleSet);
  const after = classifyCommune(now, ruleSet);
  const rb = rank(before.communeClass);
  const ra = rank(after.communeClass);
  if (rules.classRiseIsRelapse && rb !== null && ra !== null && ra > rb) {
    reasons.push({
      id: 'class_risen',
      vi: `Xếp loại tăng từ ${communeClassLabels[before.communeClass].vi} lên ${communeClassLabels[after.communeClass].vi} (${ruleSet.legalSource.document})`,
      en: `Class rose from ${communeClassLabels[before.communeClass].en} to ${communeClassLabels[after.communeClass].en} (${ruleSet.legalSource.document})`,
    });
  }

  if (rules.criterionCrossingIsRelapse) {
    // Per criterion, the highest class whose threshold is newly reached (the route criterion is left to the class).
    const seen = new Set<string>();
    for (const level of keyClasses) {
      for (const c of after.criteria) {
        if (c.level !== level || seen.has(c.criterionId) || c.threshold.kind === 'route') continue;
        const prev: CriterionResult | undefined = before.criteria.find((b) => b.id === c.id);
        if (c.met === true && prev?.met === false) {
          seen.add(c.criterionId);
          const cl = communeClassLabels[level];
          reasons.push({
            id: `threshold_crossed.${c.criterionId}`,
            vi: `${c.label.vi} trở lại mức ${lowerFirst(cl.vi)}: ${c.statement.vi}`,
            en: `${c.label.en} back at ${cl.en} level: ${c.statement.en}`,
          });
        }
      }
    }
  }

  for (const inc of rules.increases) {
    const a = atSuccess[inc.indicator];
    const b = now[inc.indicator];
    if (a === null || b === null || a === undefined || b === undefined) continue;
    const rise = b - a;
    if (rise <= 0 || rise < inc.minIncrease) continue;
    const pct = inc.minIncreasePercent ?? null;
    if (pct !== null && a > 0 && compareRate(rise, a, pct) < 0) continue;
    const label = indicatorLabels[inc.indicator];
    reasons.push({
      id: `increase.${inc.indicator}`,
      vi: `${label.vi} tăng từ ${formatNumberVi(a)} lên ${formatNumberVi(b)} (+${formatNumberVi(rise)})`,
      en: `${label.en} rose from ${formatNumberEn(a)} to ${formatNumberEn(b)} (+${formatNumberEn(rise)})`,
    });
  }
  return reasons;
}

import type { Business } from '@pcmt/contracts';
import { formatDate } from '../../i18n/format.ts';
import type { BusinessTextKey } from './i18n.ts';

/**
 * Why a premises has its risk level, in words: the server derives the level and its reason under the
 * province's rules (`riskReason`, `riskRules`), so the sentence never disagrees with the level.
 */
export type RiskReason = { key: BusinessTextKey; vars: Record<string, string | number> };

export function riskReason(b: Business): RiskReason {
  const { kind, on, count } = b.riskReason;
  const r = b.riskRules;
  const date = on ? formatDate(on) : '';
  if (kind === 'drugs') return { key: 'riskWhy.drugs', vars: { date, months: r.drugsWindowMonths } };
  if (kind === 'repeat')
    return {
      key: 'riskWhy.repeat',
      vars: { count, months: r.violationWindowMonths, min: r.repeatViolationsForHigh },
    };
  if (kind === 'violation')
    return { key: 'riskWhy.violation', vars: { date, months: r.violationWindowMonths } };
  if (kind === 'low') return { key: 'riskWhy.low', vars: { months: r.violationWindowMonths } };
  return { key: 'riskWhy.unassessed', vars: {} };
}

/** The numbers of the rule's sentence ("Cách tính: …"). */
export const ruleVarsOf = (b: Business) => ({
  drugMonths: b.riskRules.drugsWindowMonths,
  months: b.riskRules.violationWindowMonths,
  min: b.riskRules.repeatViolationsForHigh,
});

import type { Business, Inspection } from '@pcmt/contracts';
import { formatDate, todayIso } from '../../i18n/format.ts';
import type { BusinessTextKey } from './i18n.ts';

/**
 * Why a premises has its risk level, in words, from its inspection history. The server derives the level
 * (domain `businessRiskLevel`) but does not say why; this repeats the rule with the domain's default windows
 * (`defaultBusinessRiskRules`) to name the inspection(s) behind it. If a province configures other windows and
 * the explanation no longer yields the server's level, only the rule is shown, never a wrong reason.
 */
export const RISK_RULES = {
  drugsWindowMonths: 24,
  violationWindowMonths: 12,
  repeatViolationsForHigh: 3,
  followUpDaysAfterDrugs: 15,
  followUpDaysAfterViolation: 30,
} as const;

/** `iso` minus `months` months, clamped to the month's length (as the domain's `monthsBefore`). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export type RiskReason = { key: BusinessTextKey; vars: Record<string, string | number> } | null;

export function riskReason(b: Business, inspections: readonly Inspection[], today = todayIso()): RiskReason {
  const r = RISK_RULES;
  const drugsFrom = monthsBefore(today, r.drugsWindowMonths);
  const violationsFrom = monthsBefore(today, r.violationWindowMonths);
  const past = inspections.filter((i) => i.on <= today).toSorted((a, z) => z.on.localeCompare(a.on));
  const drugs = past.find((i) => i.outcome === 'drugs' && i.on >= drugsFrom);
  const violations = past.filter((i) => i.outcome !== 'clean' && i.on >= violationsFrom);
  if (b.risk === 'unassessed' && past.length === 0) return { key: 'riskWhy.unassessed', vars: {} };
  if (b.risk === 'high' && drugs)
    return { key: 'riskWhy.drugs', vars: { date: formatDate(drugs.on), months: r.drugsWindowMonths } };
  if (b.risk === 'high' && violations.length >= r.repeatViolationsForHigh)
    return {
      key: 'riskWhy.repeat',
      vars: { count: violations.length, months: r.violationWindowMonths, min: r.repeatViolationsForHigh },
    };
  if (b.risk === 'medium' && !drugs && violations[0])
    return {
      key: 'riskWhy.violation',
      vars: { date: formatDate(violations[0].on), months: r.violationWindowMonths },
    };
  if (b.risk === 'low' && past.length > 0 && violations.length === 0)
    return { key: 'riskWhy.low', vars: { months: r.violationWindowMonths } };
  return null;
}

export const ruleVars = {
  drugMonths: RISK_RULES.drugsWindowMonths,
  months: RISK_RULES.violationWindowMonths,
  min: RISK_RULES.repeatViolationsForHigh,
};

import type {
  BusinessLine,
  BusinessRiskLevel,
  BusinessRiskReason,
  ChecklistResult,
  InspectionOutcome,
  SanctionKind,
} from '@pcmt/contracts';
import { checklistItem } from './checklist.ts';

/**
 * How a premises' risk level follows from its inspections, and when a re-inspection falls due. No decree sets
 * these numbers (DOMAIN.md d: "grasp conditional businesses, classify"): they are the province's choice, so
 * configuration, with the defaults the plan's wording suggests.
 */
export type BusinessRiskRules = {
  /** Drugs found (or customers positive) within this many months → high. */
  drugsWindowMonths: number;
  /** Violations within this many months → medium… */
  violationWindowMonths: number;
  /** …or high from this many violating inspections within that window (a repeat offender). */
  repeatViolationsForHigh: number;
  /** Re-inspection after an inspection that found drugs / another violation, when the team set no date. */
  followUpDaysAfterDrugs: number;
  followUpDaysAfterViolation: number;
};
export const defaultBusinessRiskRules: BusinessRiskRules = {
  drugsWindowMonths: 24,
  violationWindowMonths: 12,
  repeatViolationsForHigh: 3,
  followUpDaysAfterDrugs: 15,
  followUpDaysAfterViolation: 30,
};

export type InspectionFacts = {
  checklist: readonly { itemId: string; result: ChecklistResult }[];
  customersPositive?: number | null | undefined;
  sanctions?: readonly { kind: SanctionKind }[] | undefined;
};

/** The checklist items not met. */
export const failedItems = (facts: InspectionFacts): string[] =>
  facts.checklist.filter((a) => a.result === 'not_met').map((a) => a.itemId);

/**
 * `drugs`: a drug item not met or anyone testing positive; `violation`: another condition not met or any
 * sanction imposed; otherwise `clean`.
 */
export function inspectionOutcome(facts: InspectionFacts): InspectionOutcome {
  const failed = failedItems(facts);
  if ((facts.customersPositive ?? 0) > 0 || failed.some((id) => checklistItem(id)?.drugs)) return 'drugs';
  if (failed.length > 0 || (facts.sanctions?.length ?? 0) > 0) return 'violation';
  return 'clean';
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** `iso` minus `months` months, clamped to the month's length (29/02 − 12 months → 28/02). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The follow-up date an inspection leaves: the team's own, else (when something was wrong) the rules'
 * delay after the inspection; a clean inspection schedules nothing.
 */
export function followUpDate(
  on: string,
  outcome: InspectionOutcome,
  chosen: string | null | undefined,
  rules: BusinessRiskRules = defaultBusinessRiskRules,
): string | null {
  if (chosen) return chosen;
  if (outcome === 'drugs') return addDays(on, rules.followUpDaysAfterDrugs);
  if (outcome === 'violation') return addDays(on, rules.followUpDaysAfterViolation);
  return null;
}

/** The first dates that still count on `today` (inclusive): the database filters with the same cut-offs. */
export const riskCutoffs = (today: string, rules: BusinessRiskRules = defaultBusinessRiskRules) => ({
  drugsFrom: monthsBefore(today, rules.drugsWindowMonths),
  violationsFrom: monthsBefore(today, rules.violationWindowMonths),
});

/** What the risk level needs, counted from the history with `riskCutoffs` (in SQL for lists). */
export type RiskSummary = { inspections: number; drugsRecent: number; violationsRecent: number };

export function riskLevelOf(
  s: RiskSummary,
  rules: BusinessRiskRules = defaultBusinessRiskRules,
): BusinessRiskLevel {
  if (s.inspections === 0) return 'unassessed';
  if (s.drugsRecent > 0 || s.violationsRecent >= rules.repeatViolationsForHigh) return 'high';
  if (s.violationsRecent > 0) return 'medium';
  return 'low';
}

/** The summary with the dates of the latest inspections that count (drugs, any violation), for the reason. */
export type RiskFacts = RiskSummary & { lastDrugsOn: string | null; lastViolationOn: string | null };

/** Why `riskLevelOf` gives its level, in the same order of tests. */
export function riskReasonOf(
  s: RiskFacts,
  rules: BusinessRiskRules = defaultBusinessRiskRules,
): BusinessRiskReason {
  const reason = (kind: BusinessRiskReason['kind'], on: string | null = null): BusinessRiskReason => ({
    kind,
    on,
    count: s.violationsRecent,
  });
  if (s.inspections === 0) return reason('unassessed');
  if (s.drugsRecent > 0) return reason('drugs', s.lastDrugsOn);
  if (s.violationsRecent >= rules.repeatViolationsForHigh) return reason('repeat');
  if (s.violationsRecent > 0) return reason('violation', s.lastViolationOn);
  return reason('low');
}

/** The risk level on `today` of a premises with this inspection history (`violationsRecent` counts drugs too). */
export function businessRiskLevel(
  history: readonly { on: string; outcome: InspectionOutcome }[],
  today: string,
  rules: BusinessRiskRules = defaultBusinessRiskRules,
): BusinessRiskLevel {
  const { drugsFrom, violationsFrom } = riskCutoffs(today, rules);
  const past = history.filter((i) => i.on <= today);
  return riskLevelOf(
    {
      inspections: past.length,
      drugsRecent: past.filter((i) => i.outcome === 'drugs' && i.on >= drugsFrom).length,
      violationsRecent: past.filter((i) => i.outcome !== 'clean' && i.on >= violationsFrom).length,
    },
    rules,
  );
}

export type ChecklistProblem = {
  index: number;
  itemId: string;
  problem: 'unknown' | 'not_for_line' | 'twice';
};

/** Answers that do not fit the business's line: unknown items, items of another line, items answered twice. */
export function checklistProblems(
  line: BusinessLine,
  answers: readonly { itemId: string }[],
): ChecklistProblem[] {
  const seen = new Set<string>();
  const out: ChecklistProblem[] = [];
  answers.forEach((a, index) => {
    const item = checklistItem(a.itemId);
    if (!item) out.push({ index, itemId: a.itemId, problem: 'unknown' });
    else if (!item.lines.includes(line)) out.push({ index, itemId: a.itemId, problem: 'not_for_line' });
    else if (seen.has(a.itemId)) out.push({ index, itemId: a.itemId, problem: 'twice' });
    seen.add(a.itemId);
  });
  return out;
}

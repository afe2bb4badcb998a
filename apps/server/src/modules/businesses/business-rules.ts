import { type BusinessLine, businessLineLabel, type InspectionCreate } from '@pcmt/contracts';
import { checklistProblems } from '@pcmt/domain';
import { type Issue, invalid, issue, issuesError } from '../../platform/errors.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** A legal date of the register: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(path: string, on: string | null | undefined, today: string): void {
  if (!on) return;
  if (on > today) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
}

/**
 * What zod cannot see in an inspection: answers that do not fit the line, more positives than tests, a
 * follow-up not after the inspection, sanction dates before it or a suspension ending before it starts.
 * Every problem is reported at once, each naming its field.
 */
export function assertInspection(line: BusinessLine, input: InspectionCreate, today: string): void {
  assertPastDate('on', input.on, today);
  const issues: Issue[] = [];
  for (const p of checklistProblems(line, input.checklist)) {
    const path = `checklist.${p.index}.itemId`;
    if (p.problem === 'unknown')
      issues.push(issue(path, 'business.checklistItemUnknown', { item: p.itemId }));
    if (p.problem === 'twice') issues.push(issue(path, 'business.checklistItemTwice', { item: p.itemId }));
    if (p.problem === 'not_for_line')
      issues.push(
        issue(path, 'business.checklistItemNotForLine', { item: p.itemId, line: businessLineLabel[line] }),
      );
  }
  if ((input.customersPositive ?? 0) > (input.customersTested ?? 0))
    issues.push(issue('customersPositive', 'business.positiveExceedsTested'));
  const date = vnDate(input.on);
  if (input.followUpOn && input.followUpOn <= input.on)
    issues.push(issue('followUpOn', 'business.followUpNotAfterInspection', { date }));
  (input.sanctions ?? []).forEach((s, i) => {
    if (s.decisionDate && s.decisionDate < input.on)
      issues.push(issue(`sanctions.${i}.decisionDate`, 'business.dateBeforeInspection', { date }));
    if (s.decisionDate && s.decisionDate > today)
      issues.push(issue(`sanctions.${i}.decisionDate`, 'date.notAfterToday'));
    if (s.kind === 'suspension') {
      if (s.from < input.on)
        issues.push(issue(`sanctions.${i}.from`, 'business.dateBeforeInspection', { date }));
      if (s.to < s.from) issues.push(issue(`sanctions.${i}.to`, 'date.endBeforeStart'));
    }
  });
  const [first, ...rest] = issues;
  if (first) throw issuesError('validation_failed', [first, ...rest]);
}

/** The fines of an inspection, summed (what the report indicator adds up). */
export const fineTotal = (input: InspectionCreate): number =>
  (input.sanctions ?? []).reduce((sum, s) => sum + (s.kind === 'fine' ? s.amountVnd : 0), 0);

import {
  type BorderPatrolCreate,
  type BorderPatrolResultCreate,
  type BorderPatrolStatus,
  type BorderPatrolUpdate,
  borderPatrolStatusLabel,
} from '@pcmt/contracts';
import {
  borderGateByCode,
  borderResultStatuses,
  type DrugCatalogue,
  isForeignJointPatrol,
} from '@pcmt/domain';
import { type Issue, issue, issuesError } from '../../platform/errors.ts';
import { seizureIssues } from '../cases/case-rules.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const fail = (issues: Issue[]) => {
  const [first, ...rest] = issues;
  if (first) throw issuesError('validation_failed', [first, ...rest]);
};

/**
 * What zod cannot see in a patrol: a gate not in the reference list, dates (a plan may lie up to a year ahead,
 * a patrol under way or done not after today), an end before the start, a foreign counterpart named without a
 * foreign partner. Every problem at once, each naming its field.
 */
export function assertPatrol(
  input: BorderPatrolCreate | BorderPatrolUpdate,
  status: BorderPatrolStatus,
  today: string,
): void {
  const issues: Issue[] = [];
  if (input.gateCode && !borderGateByCode(input.gateCode))
    issues.push(issue('gateCode', 'border_patrol.gateUnknown', { gate: input.gateCode }));
  if (input.startOn < '2004-08-31') issues.push(issue('startOn', 'date.beforeUnitData'));
  else if (status === 'planned' && input.startOn > addDays(today, 366))
    issues.push(issue('startOn', 'border_patrol.startTooFarAhead'));
  else if (status !== 'planned' && input.startOn > today)
    issues.push(issue('startOn', 'border_patrol.startInFutureWhenRunning'));
  if (input.endOn && input.endOn < input.startOn) issues.push(issue('endOn', 'date.endBeforeStart'));
  else if (input.endOn && status !== 'planned' && input.endOn > addDays(today, 366))
    issues.push(issue('endOn', 'border_patrol.startTooFarAhead'));
  if (input.counterpart && !isForeignJointPatrol(input.jointWith ?? []))
    issues.push(issue('counterpart', 'border_patrol.counterpartWithoutForeign'));
  fail(issues);
}

/**
 * A result report: the patrol must have taken place; its date inside the patrol's days and not after today;
 * something must be reported; linked persons and tips no more than the counts; each seizure's unit one its
 * drug type uses (the case register's catalogue and message).
 */
export function assertResult(
  patrol: { status: BorderPatrolStatus; startOn: string; endOn: string | null },
  input: BorderPatrolResultCreate,
  today: string,
  catalogue?: DrugCatalogue,
): void {
  const issues: Issue[] = [];
  if (input.on > today) issues.push(issue('on', 'date.notAfterToday'));
  else if (input.on < patrol.startOn)
    issues.push(issue('on', 'border_patrol.resultBeforeStart', { date: vnDate(patrol.startOn) }));
  else if (patrol.endOn && input.on > patrol.endOn && !input.complete)
    issues.push(issue('on', 'border_patrol.resultAfterEnd', { date: vnDate(patrol.endOn) }));
  const arrests = input.arrests ?? 0;
  const tips = input.tipsPassed ?? 0;
  const seizures = input.seizures ?? [];
  if (!arrests && !tips && !seizures.length && !input.note && !input.complete)
    issues.push(issue('seizures', 'border_patrol.resultEmpty'));
  if ((input.personIds ?? []).length > arrests)
    issues.push(issue('personIds', 'border_patrol.personsExceedArrests'));
  if ((input.tipIds ?? []).length > tips) issues.push(issue('tipIds', 'border_patrol.tipsExceedPassed'));
  seizures.forEach((s, i) => {
    issues.push(...seizureIssues(`seizures.${i}.`, { ...s, on: input.on }, today, catalogue));
  });
  fail(issues);
}

/** Results are for a patrol that took place (409: the record's state, not the input, is wrong). */
export const resultsOpen = (status: BorderPatrolStatus) => borderResultStatuses.includes(status);
export const statusLabel = (s: BorderPatrolStatus) => borderPatrolStatusLabel[s];

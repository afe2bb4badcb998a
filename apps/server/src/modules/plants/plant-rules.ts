import type { Plant, PlantCreate, PlantTransition } from '@pcmt/contracts';
import { roundArea } from '@pcmt/domain';
import { type Issue, issue, issuesError } from '../../platform/errors.ts';
import { assertPastDate, vnDate } from '../businesses/business-rules.ts';

const fail = (issues: Issue[]) => {
  const [first, ...rest] = issues;
  if (first) throw issuesError('validation_failed', [first, ...rest]);
};

/** What zod cannot see in a detection: a date in the future, `other` without its name, neither area nor count. */
export function assertDetection(input: PlantCreate, today: string): void {
  assertPastDate('detectedOn', input.detectedOn, today);
  const issues: Issue[] = [];
  if (input.species === 'other' && !input.speciesName)
    issues.push(issue('speciesName', 'plant.speciesNameRequired'));
  if (input.areaM2 == null && input.plantCount == null)
    issues.push(issue('areaM2', 'plant.areaOrCountRequired'));
  fail(issues);
}

/**
 * A move's facts against the record: its date not before the current status nor the detection, not in the
 * future; a destruction not larger than what was found. Returns the columns the move sets.
 */
export function transitionFacts(
  before: Plant,
  input: PlantTransition,
  today: string,
): Record<string, unknown> {
  assertPastDate('on', input.on, today);
  const issues: Issue[] = [];
  if (input.on < before.detectedOn)
    issues.push(issue('on', 'plant.destroyedBeforeDetected', { date: vnDate(before.detectedOn) }));
  else if (input.on < before.statusSince)
    issues.push(issue('on', 'date.notBeforeCurrentStatus', { date: vnDate(before.statusSince) }));
  if (input.to === 'handed_over') {
    fail(issues);
    return { statusSince: input.on, handedOverOn: input.on, receiver: input.receiver };
  }
  const area = input.areaDestroyedM2 == null ? before.areaM2 : roundArea(input.areaDestroyedM2);
  const count = input.plantsDestroyed ?? before.plantCount;
  if (area !== null && before.areaM2 !== null && area > before.areaM2)
    issues.push(
      issue('areaDestroyedM2', 'plant.destroyedMoreThanDetected', { value: `${before.areaM2} m²` }),
    );
  if (count !== null && before.plantCount !== null && count > before.plantCount)
    issues.push(
      issue('plantsDestroyed', 'plant.destroyedMoreThanDetected', { value: `${before.plantCount} cây` }),
    );
  fail(issues);
  return {
    statusSince: input.on,
    destroyedOn: input.on,
    destructionMethod: input.method,
    destroyedBy: input.destroyedBy,
    witnesses: input.witnesses ?? null,
    recordNumber: input.recordNumber ?? null,
    areaDestroyedM2: area === null ? null : String(area),
    plantsDestroyed: count,
  };
}

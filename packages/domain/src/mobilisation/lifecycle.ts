import type { ModelStatus, PrestigeStatus } from '@pcmt/contracts';

/** A prestigious person stops taking part (moved away, illness, lost the community's trust) and may return. */
export const prestigeTransitions: Readonly<Record<PrestigeStatus, readonly PrestigeStatus[]>> = {
  active: ['inactive'],
  inactive: ['active'],
};
export const allowedPrestigeTransitions = (from: PrestigeStatus): readonly PrestigeStatus[] =>
  prestigeTransitions[from];

/** A model pauses and resumes; once ended it stays ended (a relaunched model is a new record with its date). */
export const modelTransitions: Readonly<Record<ModelStatus, readonly ModelStatus[]>> = {
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: [],
};
export const allowedModelTransitions = (from: ModelStatus): readonly ModelStatus[] => modelTransitions[from];

/**
 * A phone as lists show it: the first three and last two digits, the rest hidden ("098*****21"), so an officer
 * recognises a number without a list leaking it; the full number is on the audited record read.
 */
export function maskPhone(phone: string): string {
  if (phone.length <= 5) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

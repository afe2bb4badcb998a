import type { CommendationStatus } from '@pcmt/contracts';

/** A proposal ends in a decision (final) or a rejection; a rejected dossier, supplemented, is proposed again. */
export const commendationTransitions: Readonly<Record<CommendationStatus, readonly CommendationStatus[]>> = {
  proposed: ['decided', 'rejected'],
  decided: [],
  rejected: ['proposed'],
};

export const allowedCommendationTransitions = (from: CommendationStatus): readonly CommendationStatus[] =>
  commendationTransitions[from];

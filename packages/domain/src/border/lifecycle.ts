import type { BorderPartner, BorderPatrolStatus } from '@pcmt/contracts';

/**
 * The patrol status table: a plan starts, a running patrol completes; a plan or a running patrol may be
 * cancelled (weather, a task elsewhere). Completed and cancelled are final (a correction is an edit).
 */
export const borderPatrolTransitions: Readonly<Record<BorderPatrolStatus, readonly BorderPatrolStatus[]>> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};
export const allowedBorderPatrolTransitions = (from: BorderPatrolStatus): readonly BorderPatrolStatus[] =>
  borderPatrolTransitions[from];

/** Statuses whose results may be recorded: the patrol took place (or is taking place). */
export const borderResultStatuses: readonly BorderPatrolStatus[] = ['in_progress', 'completed'];

/** Joint: with any other force; bilateral: with the counterpart across the border. */
export const isJointPatrol = (jointWith: readonly BorderPartner[]) => jointWith.length > 0;
export const isForeignJointPatrol = (jointWith: readonly BorderPartner[]) =>
  jointWith.some((p) => p === 'laos' || p === 'cambodia');

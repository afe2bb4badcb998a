import type { BusinessStatus } from '@pcmt/contracts';

/**
 * The business status table. A suspension (đình chỉ có thời hạn) ends by resuming; a premises that stopped
 * trading may reopen on the same record; a revoked certificate is final (a new certificate is a new record).
 */
export const businessTransitions: Readonly<Record<BusinessStatus, readonly BusinessStatus[]>> = {
  operating: ['suspended', 'closed', 'revoked'],
  suspended: ['operating', 'closed', 'revoked'],
  closed: ['operating'],
  revoked: [],
};

export const allowedBusinessTransitions = (from: BusinessStatus): readonly BusinessStatus[] =>
  businessTransitions[from];

/** Statuses whose premises still trade (or will again): the ones inspected and followed up. */
export const tradingBusinessStatuses: readonly BusinessStatus[] = ['operating', 'suspended'];

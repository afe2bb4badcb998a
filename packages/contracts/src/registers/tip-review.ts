import { z } from 'zod';
import { vnText } from '../text.ts';
import { tipMessages } from './tip-messages.ts';
import { tipListQuery } from './tips.ts';

/**
 * The retention review of closed tips (issue 10 §4: warns before expiry, never deletes silently): closed tips
 * whose retention ends within the warning period (`warn`) or has ended (`expired`), for a person to decide.
 */
export const tipRetentionReviewStates = ['warn', 'expired'] as const;
export const tipRetentionQuery = z.strictObject({
  /** One state; both when absent. */
  state: z.enum(tipRetentionReviewStates, tipMessages['tip.retentionReviewState'].vi).optional(),
  unitId: z.uuid().optional(),
});
export type TipRetentionQuery = z.infer<typeof tipRetentionQuery>;
/** The review lists at most this many tips (oldest end first); narrow by commune beyond it. */
export const TIP_RETENTION_MAX_ROWS = 1000;

/** The export of the inbox (its filters, no paging): a reason is required and audited with the row count. */
export const TIP_EXPORT_MAX_ROWS = 20_000;
export const tipExportRequest = tipListQuery.omit({ page: true, pageSize: true }).extend({
  reason: vnText({ max: 500 }).refine((s) => s.length >= 10, { message: tipMessages['tip.exportReason'].vi }),
});
export type TipExportRequest = z.infer<typeof tipExportRequest>;

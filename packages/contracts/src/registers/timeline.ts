import { z } from 'zod';

/** A record's history, built from the audit trail: who, when, what changed (field by field) and why. */
export const timelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ username: z.string().nullable(), displayName: z.string().nullable() }),
  action: z.string(),
  actionLabel: z.string(),
  changes: z.array(
    z.object({ field: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() }),
  ),
  reason: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const recordTimeline = z.object({ data: z.array(timelineEntry) });

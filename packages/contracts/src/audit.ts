import { z } from 'zod';

export const auditEvent = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorUsername: z.string().nullable(),
  actorAgencyId: z.uuid().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditQuery = z.strictObject({
  actor: z.string().max(50).optional(),
  action: z.string().max(100).optional(),
  recordType: z.string().max(100).optional(),
  recordId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditPage = z.object({ data: z.array(auditEvent), nextBefore: z.number().int().nullable() });

import type { AuditEvent } from '@pcmt/contracts';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { auditEvent } from '../../platform/db/schema/index.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { appendAudit } from './audit.recorder.ts';
import { type ChainReport, verifyAuditChain } from './audit.verifier.ts';
import { auditNames } from './audit-names.ts';

export type AuditFilter = {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
};

/** PostgreSQL's text form of a timestamptz ('2026-11-28 10:00:00.123+00') as an ISO instant. */
const pgInstant = (s: string) => new Date(s.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();

const ctx = (a: Actor) => ({
  actorUserId: a.userId,
  actorUsername: a.username,
  actorAgencyId: a.agencyId,
  requestId: a.requestId,
  ip: a.ip,
});

export function createAuditService(db: Db) {
  return {
    /** Oversight reads of the trail are themselves recorded: who looked at what, with which filter. */
    async list(
      actor: Actor,
      f: AuditFilter,
    ): Promise<{ data: AuditEvent[]; nextBefore: number | null; names: Record<string, string> }> {
      authorize(actor, 'audit.read');
      const where: (SQL | undefined)[] = [
        f.actor ? eq(auditEvent.actorUsername, f.actor.toLowerCase()) : undefined,
        f.action ? sql`${auditEvent.action} like ${`${f.action.replace(/[%_\\]/g, '\\$&')}%`}` : undefined,
        f.recordType ? eq(auditEvent.recordType, f.recordType) : undefined,
        f.recordId ? eq(auditEvent.recordId, f.recordId) : undefined,
        // Dates are Vietnamese calendar days.
        f.from
          ? gte(auditEvent.occurredAt, sql`(${f.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`)
          : undefined,
        f.to
          ? lt(auditEvent.occurredAt, sql`(${f.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`)
          : undefined,
        f.before ? lt(auditEvent.id, f.before) : undefined,
      ];
      return db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(auditEvent)
          .where(and(...where))
          .orderBy(desc(auditEvent.id))
          .limit(f.limit + 1);
        await appendAudit(tx, ctx(actor), {
          action: 'audit.read',
          recordType: 'audit_event',
          after: { filter: f, returned: Math.min(rows.length, f.limit) },
        });
        const page = rows.slice(0, f.limit);
        const data = page.map(({ prevHash: _p, hash: _h, ...r }) => ({
          ...r,
          occurredAt: pgInstant(r.occurredAt),
        }));
        return {
          data,
          nextBefore: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null,
          names: await auditNames(
            tx,
            data.map((e) => [e.actorUserId, e.actorAgencyId, e.recordId, e.before, e.after]),
          ),
        };
      });
    },

    async verify(actor: Actor): Promise<ChainReport> {
      authorize(actor, 'audit.read');
      const report = await verifyAuditChain(db);
      await db.transaction((tx) =>
        appendAudit(tx, ctx(actor), { action: 'audit.verify', recordType: 'audit_event', after: report }),
      );
      return report;
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

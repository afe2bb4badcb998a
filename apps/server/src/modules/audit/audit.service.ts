import type { AuditEvent } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { appendAudit } from './audit.recorder.ts';
import { type AuditFilter, listAuditEvents } from './audit.repository.ts';
import { type ChainReport, verifyAuditChain } from './audit.verifier.ts';
import { auditNames } from './audit-names.ts';

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
      return db.transaction(async (tx) => {
        const rows = await listAuditEvents(tx, f);
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

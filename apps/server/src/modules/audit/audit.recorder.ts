import { desc, sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/crypto/canonical-json.ts';
import { sha256Hex } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { auditEvent } from '../../platform/db/schema/index.ts';

/** Who acts and through which request: what every audit row names. */
export type AuditContext = {
  actorUserId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  requestId: string | null;
  ip: string | null;
};

export const systemContext = (requestId: string | null = null): AuditContext => ({
  actorUserId: null,
  actorUsername: 'system',
  actorAgencyId: null,
  requestId,
  ip: null,
});

export type AuditEntry = {
  action: string;
  recordType: string;
  recordId?: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);
/** One chain for the whole database: appends are serialised by this transaction-scoped advisory lock. */
const CHAIN_LOCK = 7_262_002;

export type HashedFields = {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

export const chainHash = (prevHash: string, row: HashedFields) =>
  sha256Hex(`${prevHash}\n${canonicalJson(row)}`);

/** JSON round trip: what jsonb will give back (Dates become strings, undefined disappears). */
const asStored = (v: unknown) =>
  v === undefined || v === null ? null : (JSON.parse(JSON.stringify(v)) as unknown);

/**
 * Appends audit rows inside the caller's transaction, so a change and its trail commit or roll back together.
 * `db` MUST be a transaction handle: the advisory lock is released at its commit.
 */
export async function appendAudit(
  tx: Db,
  ctx: AuditContext,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx
    .select({ id: auditEvent.id, hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(desc(auditEvent.id))
    .limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  let id = last?.id ?? 0;
  const occurredAt = new Date().toISOString();
  const rows = list.map((entry) => {
    id += 1;
    const fields: HashedFields = {
      id,
      occurredAt,
      actorUserId: ctx.actorUserId,
      actorUsername: ctx.actorUsername,
      actorAgencyId: ctx.actorAgencyId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId ?? null,
      before: asStored(entry.before),
      after: asStored(entry.after),
      requestId: ctx.requestId,
      ip: ctx.ip,
    };
    const hash = chainHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditEvent).values(rows);
}

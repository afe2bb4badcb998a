import { sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/crypto/canonical-json.ts';
import { type AuditKeys, hmacSha256Hex, sha256Hex } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { auditEvent } from '../../platform/db/schema/index.ts';
import { insertCheckpoint } from './audit.signature.ts';

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
export const lockChain = (tx: Db) => tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);

type ChainHead = { id: number; hash: string; keyed: boolean; anyCheckpoint: boolean };
/** The last row (id 0 and the genesis hash when empty) and whether the keyed chain has started. */
const headSql = sql`
  select coalesce(e.id, 0)::int as "id", coalesce(e.hash, ${'0'.repeat(64)}) as "hash",
         exists(select 1 from audit_checkpoint where trigger = 'upgrade') as "keyed",
         exists(select 1 from audit_checkpoint) as "anyCheckpoint"
    from (select 1) one
    left join lateral (select id, hash from audit_event order by id desc limit 1) e on true`;

/**
 * The first keyed append writes a signed 'upgrade' checkpoint naming the current head: rows up to it are the
 * legacy SHA-256 chain (none on a fresh database: head 0), every later row must carry an HMAC. Without the
 * signing key nobody can move that boundary. If other checkpoints exist the chain was keyed already and its
 * upgrade checkpoint has been deleted: we do NOT sign a new boundary over rows we cannot vouch for; the
 * verifier then reports the legacy rows.
 */
async function startKeyedChain(tx: Db, keys: AuditKeys, head: ChainHead) {
  if (head.anyCheckpoint) return;
  await insertCheckpoint(tx, keys, { headId: head.id, headHash: head.hash }, 'upgrade');
}

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

/** The chain before it was keyed: plain SHA-256, which anyone with database access can recompute. */
export const legacyChainHash = (prevHash: string, row: HashedFields) =>
  sha256Hex(`${prevHash}\n${canonicalJson(row)}`);

/** The keyed chain: without the HMAC key (outside the database) nobody can write a row that verifies. */
export const chainHmac = (key: Buffer, prevHash: string, row: HashedFields) =>
  hmacSha256Hex(key, `${prevHash}\n${canonicalJson(row)}`);

/**
 * The audit keys, registered once by the composition root (`createServices`) rather than threaded through
 * every service call: `appendAudit` is called from ~25 places, all of which would otherwise carry a keyring
 * they never use. A process serves one key file, so one module-level registration is enough; tests build
 * their keyrings with one per-process audit key set (`testKeyring()`), so registering again is harmless.
 */
let registered: AuditKeys | null = null;
export function useAuditKeys(keys: AuditKeys): void {
  registered = keys;
}
export function auditKeys(): AuditKeys {
  if (!registered) throw new Error('Chưa nạp khóa của nhật ký truy cập (createServices chưa được gọi)');
  return registered;
}

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
  const keys = auditKeys();
  await lockChain(tx);
  const [head] = await queryRows<ChainHead>(tx, headSql);
  if (!head) throw new Error('audit head query returned no row');
  let prevHash = head.hash;
  let id = head.id;
  if (!head.keyed) await startKeyedChain(tx, keys, head);
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
    const hash = chainHmac(keys.hmacKey, prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditEvent).values(rows);
}

import { createHash, createHmac } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { HashedFields } from '../src/modules/audit/audit.recorder.ts';
import { canonicalJson } from '../src/platform/crypto/canonical-json.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';

/**
 * What an insider with database write access but WITHOUT the key file can do to the trail: run SQL around the
 * append-only trigger and recompute hashes with any function they know. Self-contained (no server code), so
 * the same tests also run against the code from before the keyed chain.
 */
export async function asSuperuser(db: Db, ...statements: SQL[]) {
  await db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
  try {
    for (const s of statements) await db.execute(s);
  } finally {
    await db.execute(sql`alter table audit_event enable trigger audit_event_no_update`);
  }
}

type Row = HashedFields & { prevHash: string; hash: string };

export const sha256Chain = (prev: string, fields: unknown) =>
  createHash('sha256')
    .update(`${prev}\n${canonicalJson(fields)}`, 'utf8')
    .digest('hex');
export const hmacChain = (key: Buffer) => (prev: string, fields: unknown) =>
  createHmac('sha256', key)
    .update(`${prev}\n${canonicalJson(fields)}`, 'utf8')
    .digest('hex');

/**
 * Deletes rows `from`..`to`, renumbers the later rows to close the gap and recomputes every hash from `from`
 * on with `hash`, so ids run on and every link matches: the re-chained trail of issue 5.
 */
export async function deleteAndRechain(
  db: Db,
  range: { from: number; to: number },
  hash: (prev: string, fields: unknown) => string,
) {
  const rows = await queryRows<Row>(
    db,
    sql`select id::int as "id",
               to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
               actor_user_id as "actorUserId", actor_username as "actorUsername", actor_agency_id as "actorAgencyId",
               action, record_type as "recordType", record_id as "recordId", before, after,
               request_id as "requestId", ip, prev_hash as "prevHash", hash
          from audit_event where id >= ${range.from - 1} order by id`,
  );
  let prev = rows[0]!.id === range.from - 1 ? rows[0]!.hash : '0'.repeat(64);
  let id = range.from;
  const kept = rows.filter((r) => r.id > range.to);
  const statements: SQL[] = [sql`delete from audit_event where id >= ${range.from}`];
  for (const r of kept) {
    const { prevHash: _p, hash: _h, ...fields } = { ...r, id };
    const h = hash(prev, fields);
    statements.push(sql`
      insert into audit_event (id, occurred_at, actor_user_id, actor_username, actor_agency_id, action, record_type,
                               record_id, before, after, request_id, ip, prev_hash, hash)
      values (${id}, ${r.occurredAt}, ${r.actorUserId}, ${r.actorUsername}, ${r.actorAgencyId}, ${r.action},
              ${r.recordType}, ${r.recordId}, ${r.before === null ? null : JSON.stringify(r.before)}::jsonb,
              ${r.after === null ? null : JSON.stringify(r.after)}::jsonb, ${r.requestId}, ${r.ip}, ${prev}, ${h})`);
    prev = h;
    id += 1;
  }
  await asSuperuser(db, ...statements);
  return { lastId: id - 1 };
}

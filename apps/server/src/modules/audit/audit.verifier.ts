import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { chainHash, GENESIS_HASH, type HashedFields } from './audit.recorder.ts';

export type ChainReport = { ok: boolean; checked: number; brokenAt: number | null; reason: string | null };

type Row = Omit<HashedFields, 'occurredAt'> & { occurredAt: string; prevHash: string; hash: string };

/**
 * Walks the chain in id order, in pages, and reports the first row whose link or hash does not match:
 * an edited row fails its own hash, a deleted row leaves a gap in ids and a prev-hash mismatch.
 */
export async function verifyAuditChain(db: Db, pageSize = 2000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const page = await queryRows<Row>(
      db,
      sql`
        select id::int as "id",
               to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt",
               actor_user_id as "actorUserId", actor_username as "actorUsername", actor_agency_id as "actorAgencyId",
               action, record_type as "recordType", record_id as "recordId", before, after,
               request_id as "requestId", ip, prev_hash as "prevHash", hash
          from audit_event where id >= ${expectedId} order by id limit ${pageSize}`,
    );
    if (page.length === 0) return { ok: true, checked, brokenAt: null, reason: null };
    for (const row of page) {
      if (row.id !== expectedId) {
        return {
          ok: false,
          checked,
          brokenAt: expectedId,
          reason: `Thiếu bản ghi nhật ký số ${expectedId} (đã bị xóa?)`,
        };
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          brokenAt: row.id,
          reason: `Bản ghi ${row.id} không nối với bản ghi trước`,
        };
      }
      const { prevHash: _p, hash, ...fields } = row;
      if (chainHash(prevHash, fields) !== hash) {
        return { ok: false, checked, brokenAt: row.id, reason: `Nội dung bản ghi ${row.id} đã bị thay đổi` };
      }
      prevHash = hash;
      expectedId += 1;
      checked += 1;
    }
  }
}

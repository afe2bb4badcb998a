import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { listCheckpoints } from './audit.checkpoint.ts';
import { auditKeys, chainHmac, GENESIS_HASH, type HashedFields, legacyChainHash } from './audit.recorder.ts';
import { type Checkpoint, signatureValid } from './audit.signature.ts';

export type ChainReport = {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  reason: string | null;
  /** Signed checkpoints checked (database and exported file). */
  checkpoints: number;
  /** The highest head a valid checkpoint vouches for; rows after it are protected by the HMAC key only. */
  lastCheckpointHeadId: number | null;
  /** Rows up to this id belong to the SHA-256 chain from before the keyed chain started (0: none). */
  legacyUntil: number;
};

type Row = Omit<HashedFields, 'occurredAt'> & { occurredAt: string; prevHash: string; hash: string };
type Source = Checkpoint & { from: 'db' | 'file' };

const label = (c: Source) =>
  c.from === 'db' ? `Điểm kiểm tra số ${c.id}` : `Điểm kiểm tra số ${c.id} trong tệp xuất`;

/**
 * Checks the whole trail against the audit keys:
 * - every checkpoint (database and `exported`) must carry a valid Ed25519 signature;
 * - rows after the legacy boundary must carry the HMAC (no key, no valid row: a re-chained trail fails);
 *   rows up to it the old SHA-256. The boundary is the head of the signed 'upgrade' checkpoint, so it cannot
 *   be moved without the signing key; without one, no row is legacy;
 * - ids run without gaps and each row links to the previous one (a deleted middle row);
 * - the row at each checkpoint's head exists and has the signed hash (a truncated tail, a rewritten prefix).
 * Reports the first problem found, in that order (signatures, then rows in id order, then missing heads).
 */
export async function verifyAuditChain(
  db: Db,
  pageSize = 2000,
  exported: Checkpoint[] = [],
): Promise<ChainReport> {
  const keys = auditKeys();
  const sources: Source[] = [
    ...(await listCheckpoints(db)).map((c) => ({ ...c, from: 'db' as const })),
    ...exported.map((c) => ({ ...c, from: 'file' as const })),
  ];
  const lastCheckpointHeadId = sources.length ? Math.max(...sources.map((c) => c.headId)) : null;
  let checked = 0;
  let legacyUntil = 0;
  const fail = (brokenAt: number | null, reason: string): ChainReport => ({
    ok: false,
    checked,
    brokenAt,
    reason,
    checkpoints: sources.length,
    lastCheckpointHeadId,
    legacyUntil,
  });

  for (const c of sources) {
    if (!signatureValid(keys, c))
      return fail(
        c.headId,
        c.keyId === keys.keyId
          ? `${label(c)} có chữ ký không hợp lệ (bị giả mạo hoặc sửa đổi)`
          : `${label(c)} được ký bằng khóa khác (${c.keyId}, khóa hiện tại ${keys.keyId})`,
      );
  }
  const upgrades = sources.filter((c) => c.trigger === 'upgrade').map((c) => c.headId);
  legacyUntil = upgrades.length ? Math.min(...upgrades) : 0;
  const heads = new Map<number, Source[]>();
  for (const c of sources) heads.set(c.headId, [...(heads.get(c.headId) ?? []), c]);
  for (const c of heads.get(0) ?? [])
    if (c.headHash !== GENESIS_HASH) return fail(0, `${label(c)} không khớp với điểm đầu của nhật ký`);

  let prevHash = GENESIS_HASH;
  let expectedId = 1;
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
    if (page.length === 0) break;
    for (const row of page) {
      if (row.id !== expectedId)
        return fail(expectedId, `Thiếu bản ghi nhật ký số ${expectedId} (đã bị xóa?)`);
      if (row.prevHash !== prevHash) return fail(row.id, `Bản ghi ${row.id} không nối với bản ghi trước`);
      const { prevHash: _p, hash, ...fields } = row;
      const expected =
        row.id <= legacyUntil ? legacyChainHash(prevHash, fields) : chainHmac(keys.hmacKey, prevHash, fields);
      if (expected !== hash)
        return fail(
          row.id,
          `Nội dung bản ghi ${row.id} đã bị thay đổi hoặc được ghi lại không có khóa của nhật ký`,
        );
      for (const c of heads.get(row.id) ?? [])
        if (c.headHash !== hash)
          return fail(row.id, `Bản ghi ${row.id} khác với mã băm đã ký trong ${label(c).toLowerCase()}`);
      prevHash = hash;
      expectedId += 1;
      checked += 1;
    }
  }
  const lastId = expectedId - 1;
  const beyond = sources.filter((c) => c.headId > lastId).sort((a, b) => a.headId - b.headId)[0];
  if (beyond)
    return fail(
      lastId + 1,
      `Nhật ký bị cắt cụt: ${label(beyond).toLowerCase()} ghi nhận đến bản ghi ${beyond.headId} nhưng nhật ký chỉ còn đến bản ghi ${lastId}`,
    );
  return {
    ok: true,
    checked,
    brokenAt: null,
    reason: null,
    checkpoints: sources.length,
    lastCheckpointHeadId,
    legacyUntil,
  };
}

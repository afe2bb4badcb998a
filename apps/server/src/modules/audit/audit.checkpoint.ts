import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { AuditKeys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { auditKeys, GENESIS_HASH, lockChain } from './audit.recorder.ts';
import { type Checkpoint, type CheckpointTrigger, insertCheckpoint } from './audit.signature.ts';

/**
 * Checkpoints are worth something only when copies live where a database insider cannot reach: each one is
 * also printed / appended to a JSONL file that operators ship off the machine (see OPERATIONS.md).
 */
export async function createCheckpoint(
  db: Db,
  trigger: CheckpointTrigger,
  opts: { skipIfUnchanged?: boolean } = {},
): Promise<Checkpoint | null> {
  const keys = auditKeys();
  return db.transaction(async (tx) => {
    await lockChain(tx);
    const [head] = await queryRows<{ id: number; hash: string; lastHeadId: number | null }>(
      tx,
      sql`select coalesce(e.id, 0)::int as "id", coalesce(e.hash, ${GENESIS_HASH}) as "hash",
                 (select head_id::int from audit_checkpoint order by id desc limit 1) as "lastHeadId"
            from (select 1) one
            left join lateral (select id, hash from audit_event order by id desc limit 1) e on true`,
    );
    if (opts.skipIfUnchanged && head!.lastHeadId === head!.id) return null;
    return insertCheckpoint(tx, keys, { headId: head!.id, headHash: head!.hash }, trigger);
  });
}

export async function listCheckpoints(db: Db): Promise<Checkpoint[]> {
  return queryRows<Checkpoint>(
    db,
    sql`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
               head_id::int as "headId", head_hash as "headHash", key_id as "keyId", signature, trigger
          from audit_checkpoint order by id`,
  );
}

/** The first line of an export: lets anyone check the signatures without the key file. */
export const publicKeyLine = (keys: AuditKeys) =>
  JSON.stringify({
    type: 'public_key',
    keyId: keys.keyId,
    algorithm: 'Ed25519',
    publicKey: keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  });

export const checkpointLine = (c: Checkpoint) => JSON.stringify({ type: 'checkpoint', ...c });

/** Appends lines to a 0600 file (its directory 0700), creating both if needed. */
export function appendLines(file: string, lines: string[]): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Checkpoint lines of an exported or scheduled JSONL file; other lines (the public key) are skipped. */
export function readCheckpointFile(file: string): Checkpoint[] {
  if (!existsSync(file)) throw new Error(`Không tìm thấy tệp điểm kiểm tra ${file}`);
  const out: Checkpoint[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let v: Record<string, unknown>;
      try {
        v = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`Tệp điểm kiểm tra ${file}, dòng ${i + 1}: không phải JSON`);
      }
      if (v.type === 'public_key') return;
      const ok =
        typeof v.id === 'number' &&
        typeof v.createdAt === 'string' &&
        typeof v.headId === 'number' &&
        typeof v.headHash === 'string' &&
        typeof v.keyId === 'string' &&
        typeof v.signature === 'string';
      if (!ok) throw new Error(`Tệp điểm kiểm tra ${file}, dòng ${i + 1}: thiếu trường của điểm kiểm tra`);
      out.push({
        id: v.id as number,
        createdAt: v.createdAt as string,
        headId: v.headId as number,
        headHash: v.headHash as string,
        keyId: v.keyId as string,
        signature: v.signature as string,
        trigger: typeof v.trigger === 'string' ? v.trigger : 'exported',
      });
    });
  return out;
}

/**
 * Signs the head every `minutes` (skipped while it has not moved) and appends each checkpoint to `file`.
 * Several app servers may run it: the chain lock and the skip make concurrent ticks harmless.
 * Returns the function that stops it.
 */
export function scheduleCheckpoints(
  db: Db,
  opts: {
    minutes: number;
    file: string;
    log: { info(o: object, m: string): void; error(o: object, m: string): void };
  },
): () => void {
  if (opts.minutes <= 0) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const c = await createCheckpoint(db, 'schedule', { skipIfUnchanged: true });
      if (c) {
        appendLines(opts.file, [checkpointLine(c)]);
        opts.log.info({ checkpoint: c.id, headId: c.headId }, 'audit checkpoint');
      }
    } catch (err) {
      opts.log.error({ err }, 'audit checkpoint failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

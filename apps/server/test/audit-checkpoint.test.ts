import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkpointLine,
  createCheckpoint,
  listCheckpoints,
  publicKeyLine,
  readCheckpointFile,
} from '../src/modules/audit/audit.checkpoint.ts';
import {
  appendAudit,
  auditKeys,
  GENESIS_HASH,
  legacyChainHash,
  systemContext,
} from '../src/modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../src/modules/audit/audit.verifier.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { createServices } from '../src/services.ts';
import { asSuperuser } from './audit-tamper.ts';
import { describeEachBackend } from './db.ts';
import { testKeyring } from './fixtures.ts';

const write = (db: Db, n: number, action = 'test.write') =>
  db.transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await appendAudit(tx, systemContext(), { action, recordType: 'thing', recordId: String(i) });
  });

function withTrail(name: string, rows: number, body: (db: () => Db) => void) {
  describeEachBackend(name, (getDb) => {
    let db: Db;
    beforeAll(async () => {
      db = getDb().db;
      createServices(db, testKeyring());
      if (rows > 0) await write(db, rows);
    });
    body(() => db);
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-cp-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signed audit checkpoints', () => {
  withTrail('keyed from row 1', 5, (db) => {
    it('starts a fresh database with a signed upgrade checkpoint at the genesis head', async () => {
      const [upgrade] = await listCheckpoints(db());
      expect(upgrade).toMatchObject({ trigger: 'upgrade', headId: 0, headHash: GENESIS_HASH });
      expect(await verifyAuditChain(db())).toMatchObject({
        ok: true,
        checked: 5,
        checkpoints: 1,
        legacyUntil: 0,
      });
    });

    it('signs the head on demand and skips a scheduled one while the head has not moved', async () => {
      const c = await createCheckpoint(db(), 'manual');
      expect(c).toMatchObject({ headId: 5, trigger: 'manual', keyId: auditKeys().keyId });
      expect(await createCheckpoint(db(), 'schedule', { skipIfUnchanged: true })).toBeNull();
      await write(db(), 1);
      expect(await createCheckpoint(db(), 'schedule', { skipIfUnchanged: true })).toMatchObject({
        headId: 6,
      });
      expect(await verifyAuditChain(db())).toMatchObject({
        ok: true,
        checkpoints: 3,
        lastCheckpointHeadId: 6,
      });
    });

    it('reports a checkpoint whose signed head was changed in the database', async () => {
      await db().execute(sql`update audit_checkpoint set head_id = 4 where trigger = 'manual'`);
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false });
      expect(report.reason).toMatch(/Điểm kiểm tra số \d+ có chữ ký không hợp lệ/);
    });
  });

  withTrail('truncated tail', 20, (db) => {
    it('catches the last rows deleted behind the trigger once a checkpoint named them', async () => {
      const c = await createCheckpoint(db(), 'manual');
      const file = path.join(dir, `truncated-${Math.random()}.jsonl`);
      writeFileSync(file, `${publicKeyLine(auditKeys())}\n${checkpointLine(c!)}\n`);
      await asSuperuser(db(), sql`delete from audit_event where id > 15`);
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false, brokenAt: 16, checked: 15 });
      expect(report.reason).toContain('cắt cụt');
      expect(report.reason).toContain('20');
      // Deleting the checkpoint too does not help while an exported copy exists.
      await db().execute(sql`delete from audit_checkpoint where trigger = 'manual'`);
      expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
      const withFile = await verifyAuditChain(db(), 2000, readCheckpointFile(file));
      expect(withFile).toMatchObject({ ok: false, brokenAt: 16 });
      expect(withFile.reason).toContain('tệp xuất');
    });
  });

  withTrail('forged checkpoint', 10, (db) => {
    it('reports a checkpoint inserted with a forged signature, in the database or in an exported file', async () => {
      const [head] = await queryRows<{ hash: string }>(db(), sql`select hash from audit_event where id = 10`);
      const forged = {
        id: 99,
        createdAt: new Date().toISOString(),
        headId: 10,
        headHash: head!.hash,
        keyId: auditKeys().keyId,
        signature: Buffer.alloc(64, 7).toString('base64'),
        trigger: 'manual',
      };
      expect(await verifyAuditChain(db(), 2000, [forged])).toMatchObject({
        ok: false,
        reason: 'Điểm kiểm tra số 99 trong tệp xuất có chữ ký không hợp lệ (bị giả mạo hoặc sửa đổi)',
      });
      await db().execute(sql`
        insert into audit_checkpoint (created_at, head_id, head_hash, key_id, signature, trigger)
        values (${forged.createdAt}, 10, ${forged.headHash}, ${forged.keyId}, ${forged.signature}, 'manual')`);
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false, brokenAt: 10 });
      expect(report.reason).toMatch(/^Điểm kiểm tra số \d+ có chữ ký không hợp lệ/);
    });
  });

  withTrail('legacy SHA-256 rows', 0, (db) => {
    /** Rows as the code before the keyed chain wrote them: plain SHA-256, no checkpoint. */
    async function writeLegacy(from: number, to: number, prev: string) {
      let prevHash = prev;
      for (let id = from; id <= to; id++) {
        const fields = {
          id,
          occurredAt: '2026-01-02T03:04:05.678Z',
          actorUserId: null,
          actorUsername: 'system',
          actorAgencyId: null,
          action: 'legacy.write',
          recordType: 'thing',
          recordId: String(id),
          before: null,
          after: null,
          requestId: null,
          ip: null,
        };
        const hash = legacyChainHash(prevHash, fields);
        await db().execute(sql`
          insert into audit_event (id, occurred_at, actor_username, action, record_type, record_id, prev_hash, hash)
          values (${id}, ${fields.occurredAt}, 'system', 'legacy.write', 'thing', ${String(id)}, ${prevHash}, ${hash})`);
        prevHash = hash;
      }
      return prevHash;
    }

    it('accepts legacy rows only up to the signed upgrade checkpoint written by the first keyed append', async () => {
      await writeLegacy(1, 8, GENESIS_HASH);
      await write(db(), 3);
      const [upgrade] = await listCheckpoints(db());
      expect(upgrade).toMatchObject({ trigger: 'upgrade', headId: 8 });
      expect(await verifyAuditChain(db())).toMatchObject({ ok: true, checked: 11, legacyUntil: 8 });
    });

    it('refuses a SHA-256 row appended after the boundary (downgrade)', async () => {
      const [last] = await queryRows<{ hash: string }>(db(), sql`select hash from audit_event where id = 11`);
      await writeLegacy(12, 12, last!.hash);
      expect(await verifyAuditChain(db())).toMatchObject({ ok: false, brokenAt: 12, checked: 11 });
      await asSuperuser(db(), sql`delete from audit_event where id = 12`);
    });

    it('refuses every legacy row once the upgrade checkpoint is deleted, and does not sign a new boundary', async () => {
      await createCheckpoint(db(), 'manual');
      await db().execute(sql`delete from audit_checkpoint where trigger = 'upgrade'`);
      await write(db(), 1);
      expect((await listCheckpoints(db())).map((c) => c.trigger)).toEqual(['manual']);
      expect(await verifyAuditChain(db())).toMatchObject({ ok: false, brokenAt: 1, legacyUntil: 0 });
    });
  });
});

describe('checkpoint files', () => {
  it('reads exported lines back, skipping the public key line', () => {
    const file = path.join(dir, 'export.jsonl');
    const c = {
      id: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      headId: 3,
      headHash: 'ab',
      keyId: 'k',
      signature: 's',
      trigger: 'manual',
    };
    writeFileSync(file, `{"type":"public_key","keyId":"k","publicKey":"x"}\n${checkpointLine(c)}\n\n`);
    expect(readCheckpointFile(file)).toEqual([c]);
    expect(readFileSync(file, 'utf8')).toContain('"type":"checkpoint"');
  });
});

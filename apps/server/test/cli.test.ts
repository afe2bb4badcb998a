import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { asSuperuser, deleteAndRechain, sha256Chain } from './audit-tamper.ts';
import { freshDatabase, testBackends } from './db.ts';

const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function pcmt(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A data dir (and PostgreSQL database) for one CLI test; `tamper` opens the database as an insider would. */
async function cliWorld(backend: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-cli-'));
  const pgDb = backend === 'postgres' ? await freshDatabase('postgres') : null;
  const env = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '' };
  return {
    dataDir,
    env,
    async tamper(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<unknown>) {
      const db = pgDb ?? (await openDatabase({ backend: 'pglite', dir: path.join(dataDir, 'db') }));
      await fn(db.db);
      if (!pgDb) await db.close();
    },
    async close() {
      await pgDb?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real `pcmt` command against each backend: accounts, tokens, and the audit check after tampering. */
describe.each(testBackends())('pcmt CLI [%s]', (backend) => {
  it('creates accounts and tokens, and `audit verify` names the row changed by SQL', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-cli-'));
    const pgDb = backend === 'postgres' ? await freshDatabase('postgres') : null;
    const env = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '' };
    try {
      expect(pcmt(env, 'migrate').code).toBe(0);
      const seeded = pcmt(env, 'seed', '--demo');
      expect(seeded.out).toContain('DỮ LIỆU MẪU');
      const created = pcmt(
        env,
        'user',
        'create',
        '--username',
        'Can.Bo',
        '--role',
        'commune_police',
        '--agency',
        'DEMO-CA-KONTUM',
        '--name',
        'Cán bộ thử',
      );
      expect(created.code, created.out).toBe(0);
      expect(created.out).toMatch(/Mật khẩu dùng một lần \(chỉ hiện lần này\): \S{12,}/);
      expect(
        pcmt(env, 'user', 'create', '--username', 'x1', '--role', 'vua', '--agency', 'DEMO-CA-KONTUM').code,
      ).not.toBe(0);
      const token = pcmt(env, 'token', 'create', '--username', 'can.bo');
      expect(token.out).toMatch(/pcmt_[A-Za-z0-9_-]{40,}/);
      const clean = pcmt(env, 'audit', 'verify');
      expect(clean.code, clean.out).toBe(0);
      expect(clean.out).toContain('Nhật ký toàn vẹn');

      const db = pgDb ?? (await openDatabase({ backend: 'pglite', dir: path.join(dataDir, 'db') }));
      await db.db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
      await db.db.execute(sql`update audit_event set actor_username = 'ke.gian' where id = 3`);
      await db.db.execute(sql`alter table audit_event enable trigger audit_event_no_update`);
      if (!pgDb) {
        // While this process holds the embedded database, a second `pcmt` must refuse, not corrupt it.
        const busy = pcmt(env, 'audit', 'verify');
        expect(busy.code).not.toBe(0);
        expect(busy.out).toContain('đang được tiến trình');
        await db.close();
      }

      const broken = pcmt(env, 'audit', 'verify');
      expect(broken.code).toBe(2);
      expect(broken.out).toContain('bản ghi 3');
    } finally {
      await pgDb?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('signs and exports checkpoints, and `audit verify` catches a truncated tail', async () => {
    const w = await cliWorld(backend);
    try {
      const seeded = pcmt(w.env, 'seed', '--demo');
      expect(seeded.code, seeded.out).toBe(0);
      const out = path.join(w.dataDir, 'offsite', 'checkpoints.jsonl');
      const made = pcmt(w.env, 'audit', 'checkpoint', '--out', out);
      expect(made.code, made.out).toBe(0);
      const line = JSON.parse(made.out.trim().split('\n').at(-1)!) as { headId: number; signature: string };
      expect(line.headId).toBeGreaterThan(3);
      expect(readFileSync(out, 'utf8').trim()).toBe(made.out.trim());
      const exportFile = path.join(w.dataDir, 'export.jsonl');
      const exported = pcmt(w.env, 'audit', 'checkpoint', 'export', '--out', exportFile);
      expect(exported.code, exported.out).toBe(0);
      const lines = readFileSync(exportFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ type: 'public_key', algorithm: 'Ed25519' });
      expect(lines.map((l) => l.trigger)).toEqual([undefined, 'upgrade', 'manual']);
      const clean = pcmt(w.env, 'audit', 'verify', '--checkpoints', exportFile);
      expect(clean.code, clean.out).toBe(0);
      expect(clean.out).toContain('Nhật ký toàn vẹn');

      // A superuser removes the last three rows and, to cover it, the checkpoints in the database.
      await w.tamper(async (db) => {
        await asSuperuser(db, sql`delete from audit_event where id > ${line.headId - 3}`);
        await db.execute(sql`delete from audit_checkpoint where trigger = 'manual'`);
      });
      const offsite = pcmt(w.env, 'audit', 'verify', '--checkpoints', out);
      expect(offsite.code, offsite.out).toBe(2);
      expect(offsite.out).toContain(`bản ghi ${line.headId - 2}`);
      expect(offsite.out).toContain('cắt cụt');
    } finally {
      await w.close();
    }
  });

  it('`audit verify` catches a trail re-chained with SHA-256 after deleting rows', async () => {
    const w = await cliWorld(backend);
    try {
      const seeded = pcmt(w.env, 'seed', '--demo');
      expect(seeded.code, seeded.out).toBe(0);
      await w.tamper(async (db) => {
        const [{ n }] = (await queryRows<{ n: number }>(
          db,
          sql`select max(id)::int as n from audit_event`,
        )) as [{ n: number }];
        await db.execute(sql`delete from audit_checkpoint`);
        await deleteAndRechain(db, { from: 2, to: Math.max(2, n - 3) }, sha256Chain);
      });
      const r = pcmt(w.env, 'audit', 'verify');
      expect(r.code, r.out).toBe(2);
      expect(r.out).toContain('bản ghi 2');
    } finally {
      await w.close();
    }
  });

  it('refuses a key file without audit keys in production until `audit add-keys`, and a readable key file', async () => {
    const w = await cliWorld(backend);
    try {
      // Outside DATA_DIR: the start-up check tightens permissions inside it by itself.
      const keyDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-key-'));
      const keyFile = path.join(keyDir, 'master.key');
      const b64 = () => Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('base64');
      writeFileSync(keyFile, JSON.stringify({ activeKeyId: 'k1', dataKeys: { k1: b64() }, hmacKey: b64() }));
      chmodSync(keyFile, 0o600);
      const prod = { ...w.env, NODE_ENV: 'production', PCMT_KEY_FILE: keyFile };
      const refused = pcmt(prod, 'audit', 'verify');
      expect(refused.code, refused.out).toBe(1);
      expect(refused.out).toContain('pcmt audit add-keys');
      expect(pcmt(prod, 'audit', 'add-keys').code).toBe(0);
      const ok = pcmt(prod, 'audit', 'verify');
      expect(ok.code, ok.out).toBe(0);
      chmodSync(keyFile, 0o644);
      const readable = pcmt(prod, 'audit', 'verify');
      expect(readable.code, readable.out).toBe(1);
      expect(readable.out).toContain(`chmod 600 ${keyFile}`);
      rmSync(keyDir, { recursive: true, force: true });
    } finally {
      await w.close();
    }
  });
});

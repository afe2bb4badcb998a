import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/client.ts';
import { freshDatabase, testBackends } from './db.ts';

const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function pcmt(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
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
});

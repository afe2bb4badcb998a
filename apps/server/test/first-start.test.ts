import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { firstAdminPasswordFile, settleFirstAdminPasswordFile } from '../src/first-admin-password.ts';
import { BOOTSTRAP_AGENCY_CODE } from '../src/modules/access/bootstrap.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { agency, userAccount } from '../src/platform/db/schema/index.ts';
import { writeSecretFile } from '../src/platform/secret-file.ts';
import { freshDatabase, testBackends } from './db.ts';

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const LONG = 180_000;

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts the real server with stdout on a pipe (as under systemd or docker) and waits for its banner. */
async function startServer(
  dataDir: string,
  databaseUrl = '',
): Promise<{ out: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    out += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (/PCMT đang chạy tại[^\n]*\n[\s\S]*\n\n/.test(out)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return {
    out,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('first start: the one-time admin password stays out of the log stream', () => {
  it(
    'writes it to an owner-only file and prints only the path when stdout is not a terminal; the next start after the change deletes it',
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-first-'));
      dirs.push(dataDir);
      const file = firstAdminPasswordFile(dataDir);
      const first = await startServer(dataDir);
      await first.stop();

      expect(existsSync(file), first.out).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, 'utf8').trim();
      expect(password).toMatch(/^\S{12,}$/);
      expect(first.out).not.toContain(password);
      expect(first.out).toContain(file);

      // Still needed: a restart keeps it and says where it is.
      const second = await startServer(dataDir);
      await second.stop();
      expect(existsSync(file)).toBe(true);
      expect(second.out).toContain(file);

      // The admin has replaced it (as the forced change does): the next start deletes the file.
      const db = await openDatabase({ backend: 'pglite', dir: path.join(dataDir, 'db') });
      await db.db
        .update(userAccount)
        .set({ mustChangePassword: false })
        .where(eq(userAccount.username, 'admin'));
      await db.close();
      const third = await startServer(dataDir);
      await third.stop();
      expect(existsSync(file)).toBe(false);
      expect(third.out).toContain('Đã xóa tệp mật khẩu dùng một lần');
    },
    LONG,
  );
});

describe.each(testBackends())('first admin password file [%s]', (backend) => {
  it('is kept while the admin must still change the password, deleted after', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-first-'));
    dirs.push(dataDir);
    const file = firstAdminPasswordFile(dataDir);
    const database = await freshDatabase(backend);
    try {
      // The first admin as ensureBootstrapAdmin leaves it (inserted directly: only its state matters here).
      const [ag] = await database.db
        .insert(agency)
        .values({ code: BOOTSTRAP_AGENCY_CODE, name: 'Quản trị', kind: 'provincial_police' })
        .returning({ id: agency.id });
      await database.db.insert(userAccount).values({
        username: 'admin',
        displayName: 'Quản trị hệ thống',
        agencyId: ag!.id,
        roles: ['admin'],
        passwordHash: 'x',
        mustChangePassword: true,
      });
      writeSecretFile(file, 'mot-lan-duy-nhat-2026\n');
      expect(await settleFirstAdminPasswordFile(database.db, file)).toContain(file);
      expect(existsSync(file)).toBe(true);
      await database.db
        .update(userAccount)
        .set({ mustChangePassword: false })
        .where(eq(userAccount.username, 'admin'));
      expect(await settleFirstAdminPasswordFile(database.db, file)).toContain('Đã xóa');
      expect(existsSync(file)).toBe(false);
      expect(await settleFirstAdminPasswordFile(database.db, file)).toBeNull();
    } finally {
      await database.close();
    }
  });
});

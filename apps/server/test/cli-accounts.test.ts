import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, like } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/platform/crypto/password.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { agency, userAccount } from '../src/platform/db/schema/index.ts';
import { freshDatabase, testBackends } from './db.ts';

const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const LONG = 180_000;

function pcmt(env: Record<string, string>, args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'development', ...env },
    encoding: 'utf8',
    input,
  });
  return { code: r.status, stdout: r.stdout, out: `${r.stdout}${r.stderr}` };
}

/** Every path under `dir` (itself included) whose mode lets the group or others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (st.mode & 0o077) found.push(`${path.relative(dir, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const n of readdirSync(p)) walk(path.join(p, n));
  };
  walk(dir);
  return found;
}

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A fresh data dir, and a fresh PostgreSQL database on that backend. */
async function setup(backend: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-cli-acc-'));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const pgDb = backend === 'postgres' ? await freshDatabase('postgres') : null;
  if (pgDb) cleanup.push(() => pgDb.close());
  const env = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '' };
  /** Runs `fn` on the database while no `pcmt` process holds it (PGlite allows one process at a time). */
  const withDb = async <T>(fn: (db: Database['db']) => Promise<T>): Promise<T> => {
    const database = pgDb ?? (await openDatabase({ backend: 'pglite', dir: path.join(dataDir, 'db') }));
    try {
      return await fn(database.db);
    } finally {
      if (!pgDb) await database.close();
    }
  };
  return { dataDir, env, withDb };
}

/** The `username password` rows of the table printed by `seed --demo`. */
const printedPasswords = (out: string) =>
  new Map([...out.matchAll(/^ {2}(demo\.[a-z0-9.]+) +(\S+) /gm)].map((m) => [m[1]!, m[2]!]));

describe.each(testBackends())('pcmt data directory [%s]', (backend) => {
  it.runIf(typeof process.getuid === 'function')(
    'leaves DATA_DIR owner-only and warns about what it had to tighten',
    async () => {
      const { dataDir, env } = await setup(backend);
      chmodSync(dataDir, 0o755);
      writeFileSync(path.join(dataDir, 'notes.txt'), 'x');
      chmodSync(path.join(dataDir, 'notes.txt'), 0o666);
      const first = pcmt(env, ['migrate']);
      expect(first.code, first.out).toBe(0);
      expect(first.out).toContain('CẢNH BÁO');
      expect(first.out).toContain(path.join(dataDir, 'notes.txt'));
      expect(openToOthers(dataDir)).toEqual([]);
      const again = pcmt(env, ['migrate']);
      expect(again.code, again.out).toBe(0);
      expect(again.out).not.toContain('CẢNH BÁO');
    },
    LONG,
  );
});

describe.each(testBackends())('pcmt seed --demo [%s]', (backend) => {
  it(
    'gives each demo account its own one-time password, printed once, to be changed at first sign-in',
    async () => {
      const { env, withDb } = await setup(backend);
      const seeded = pcmt(env, ['seed', '--demo']);
      expect(seeded.code, seeded.out).toBe(0);
      expect(seeded.stdout).toContain('DỮ LIỆU MẪU');
      const printed = printedPasswords(seeded.stdout);
      expect(printed.size, seeded.out).toBe(10);
      expect(new Set(printed.values()).size).toBe(10);
      const accounts = await withDb((db) =>
        db
          .select({
            username: userAccount.username,
            hash: userAccount.passwordHash,
            must: userAccount.mustChangePassword,
            demo: userAccount.isDemo,
          })
          .from(userAccount)
          .where(like(userAccount.username, 'demo.%')),
      );
      expect(accounts).toHaveLength(10);
      for (const a of accounts) {
        expect(a.must, a.username).toBe(true);
        expect(a.demo).toBe(true);
        expect(await verifyPassword(a.hash, printed.get(a.username)!), a.username).toBe(true);
      }
      // Printed once: a second run creates nothing and shows no password.
      const again = pcmt(env, ['seed', '--demo']);
      expect(again.code, again.out).toBe(0);
      expect(printedPasswords(again.stdout).size).toBe(0);
      for (const p of printed.values()) expect(again.out).not.toContain(p);
    },
    LONG,
  );

  it(
    'refuses under NODE_ENV=production unless forced',
    async () => {
      const { env, withDb } = await setup(backend);
      expect(pcmt(env, ['migrate']).code).toBe(0); // creates the key file a production start requires
      const refused = pcmt({ ...env, NODE_ENV: 'production' }, ['seed', '--demo']);
      expect(refused.code).not.toBe(0);
      expect(refused.out).toContain('Từ chối nạp dữ liệu mẫu: NODE_ENV=production');
      expect(refused.out).toContain('--force');
      expect(await withDb((db) => db.select().from(agency).where(eq(agency.isDemo, true)))).toHaveLength(0);
      const forced = pcmt({ ...env, NODE_ENV: 'production' }, ['seed', '--demo', '--force']);
      expect(forced.code, forced.out).toBe(0);
      expect(printedPasswords(forced.stdout).size).toBe(10);
    },
    LONG,
  );

  it(
    'refuses a database holding real records (the first-start admin and its agency do not count) unless forced',
    async () => {
      const { env, withDb } = await setup(backend);
      expect(pcmt(env, ['migrate']).code).toBe(0);
      // What the first server start leaves: agency QNG-CAT-QTHT and its `admin`.
      await withDb(async (db) => {
        const [ag] = await db
          .insert(agency)
          .values({ code: 'QNG-CAT-QTHT', name: 'Quản trị hệ thống', kind: 'provincial_police' })
          .returning({ id: agency.id });
        await db.insert(userAccount).values({
          username: 'admin',
          displayName: 'Quản trị hệ thống',
          agencyId: ag!.id,
          roles: ['admin'],
          passwordHash: 'x',
          mustChangePassword: true,
        });
      });
      const allowed = pcmt(env, ['seed', '--demo']);
      expect(allowed.code, allowed.out).toBe(0);

      await withDb(async (db) => {
        await db
          .insert(agency)
          .values({ code: 'CA-DAKTO', name: 'Công an xã Đăk Tô', kind: 'commune_police' });
      });
      const refused = pcmt(env, ['seed', '--demo']);
      expect(refused.code).not.toBe(0);
      expect(refused.out).toContain('Từ chối nạp dữ liệu mẫu: cơ sở dữ liệu đã có dữ liệu thật');
      expect(refused.out).toContain('1 cơ quan');
      expect(refused.out).toContain('--force');
      const forced = pcmt(env, ['seed', '--demo', '--force']);
      expect(forced.code, forced.out).toBe(0);
    },
    LONG,
  );

  it('keeps no demo password in the source', () => {
    const source = readFileSync(fileURLToPath(new URL('../src/cli/demo-seed.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/DEMO_PASSWORD|Dữ-liệu-mẫu-PCMT/);
  });
});

/** `pcmt` on a pseudo-terminal (util-linux `script`), answering each prompt only once it is shown. */
async function pcmtOnTerminal(env: Record<string, string>, args: string[], answers: [RegExp, string][]) {
  const cmd = [process.execPath, '--import', 'tsx', entry, ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qec', cmd, '/dev/null'], {
    env: { ...process.env, LOG_LEVEL: 'silent', NODE_ENV: 'development', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const pending = [...answers];
  const onData = (d: Buffer) => {
    out += String(d);
    const next = pending[0];
    if (next?.[0].test(out)) {
      pending.shift();
      out += '\u0000'; // marks the answered prompt so the same text does not match twice
      child.stdin.write(next[1]);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, out };
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.each(testBackends())('pcmt user create: the initial password never in argv [%s]', (backend) => {
  const create = [
    'user',
    'create',
    '--username',
    'can.bo.moi',
    '--role',
    'commune_police',
    '--agency',
    'DEMO-CA-KONTUM',
  ];

  it(
    'reads it from one line of stdin with --password-stdin, refuses --password, a common or an empty one',
    async () => {
      const { env, withDb } = await setup(backend);
      expect(pcmt(env, ['seed', '--demo']).code).toBe(0);
      const chosen = 'Rừng Măng Đen mùa mưa 2026';

      const inArgv = pcmt(env, [...create, '--password', chosen]);
      expect(inArgv.code).not.toBe(0);
      expect(inArgv.out).toContain('--password không còn được dùng');
      const common = pcmt(env, [...create, '--password-stdin'], 'Password12345\n');
      expect(common.code).not.toBe(0);
      expect(common.out).toContain('Mật khẩu ban đầu: Mật khẩu chỉ là một mật khẩu phổ biến');
      const empty = pcmt(env, [...create, '--password-stdin'], '');
      expect(empty.code).not.toBe(0);
      expect(empty.out).toContain('--password-stdin: đầu vào chuẩn không có mật khẩu');
      const none = await withDb((db) =>
        db.select().from(userAccount).where(eq(userAccount.username, 'can.bo.moi')),
      );
      expect(none).toHaveLength(0);

      const created = pcmt(env, [...create, '--password-stdin'], `${chosen}\r\nthừa\n`);
      expect(created.code, created.out).toBe(0);
      expect(created.out).toContain('Đã tạo tài khoản can.bo.moi');
      expect(created.out).not.toContain(chosen);
      expect(created.out).not.toContain('Mật khẩu dùng một lần');
      const [row] = await withDb((db) =>
        db
          .select({ hash: userAccount.passwordHash, must: userAccount.mustChangePassword })
          .from(userAccount)
          .where(eq(userAccount.username, 'can.bo.moi')),
      );
      expect(row?.must).toBe(true);
      expect(await verifyPassword(row!.hash, chosen)).toBe(true);
    },
    LONG,
  );

  it.runIf(hasScript)(
    'prompts twice without echo on a terminal',
    async () => {
      const { env, withDb } = await setup(backend);
      expect(pcmt(env, ['seed', '--demo']).code).toBe(0);
      const chosen = 'tàu-xanh-bơi-qua-sông-Pô-Kô';
      const r = await pcmtOnTerminal(env, create, [
        [/Mật khẩu ban đầu \(/, `${chosen}\r`],
        [/Nhập lại mật khẩu/, `${chosen}\r`],
      ]);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain('Đã tạo tài khoản can.bo.moi');
      expect(r.out).not.toContain(chosen);
      const [row] = await withDb((db) =>
        db
          .select({ hash: userAccount.passwordHash })
          .from(userAccount)
          .where(eq(userAccount.username, 'can.bo.moi')),
      );
      expect(await verifyPassword(row!.hash, chosen)).toBe(true);

      const mismatch = await pcmtOnTerminal(
        env,
        [...create.slice(0, 3), 'can.bo.khac', ...create.slice(4)],
        [
          [/Mật khẩu ban đầu \(/, `${chosen}\r`],
          [/Nhập lại mật khẩu/, 'khác hẳn 2026 nhé\r'],
        ],
      );
      expect(mismatch.code).not.toBe(0);
      expect(mismatch.out).toContain('Hai lần nhập mật khẩu không khớp');
    },
    LONG,
  );
});

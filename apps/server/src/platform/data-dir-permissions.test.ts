import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { secureDataDir, tightenTree } from './data-dir-permissions.ts';
import { openDatabase } from './db/client.ts';

const posix = typeof process.getuid === 'function';
const made: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'pcmt-perm-'));
  made.push(d);
  return d;
};
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
const mode = (p: string) => lstatSync(p).mode & 0o777;

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

describe.runIf(posix)('data directory permissions', () => {
  it('tightens DATA_DIR and everything under it, and says what it fixed', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'db', 'base'), { recursive: true });
    writeFileSync(path.join(dir, 'db', 'base', '1234'), 'x');
    writeFileSync(path.join(dir, 'ok.txt'), 'x', { mode: 0o600 });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'db'), 0o777);
    chmodSync(path.join(dir, 'db', 'base'), 0o750);
    chmodSync(path.join(dir, 'db', 'base', '1234'), 0o666);
    chmodSync(path.join(dir, 'ok.txt'), 0o600);

    const warning = secureDataDir(dir);
    expect(warning).toContain('CẢNH BÁO');
    expect(warning).toContain(path.join(dir, 'db', 'base', '1234'));
    expect(warning).not.toContain('ok.txt');
    expect(openToOthers(dir)).toEqual([]);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'db', 'base', '1234'))).toBe(0o600);
    // A second start has nothing to say.
    expect(secureDataDir(dir)).toBeNull();
  });

  it('creates a missing DATA_DIR owner-only', () => {
    const dir = path.join(tempDir(), 'new', 'data');
    expect(secureDataDir(dir)).toBeNull();
    expect(mode(dir)).toBe(0o700);
  });

  it('leaves the named shipped folders alone', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'admin-units'), { mode: 0o755 });
    chmodSync(path.join(dir, 'admin-units'), 0o755);
    chmodSync(dir, 0o700);
    expect(secureDataDir(dir, ['admin-units'])).toBeNull();
    expect(mode(path.join(dir, 'admin-units'))).toBe(0o755);
  });

  it.runIf(process.getuid?.() === 0)('refuses a data directory owned by another user', () => {
    const dir = tempDir();
    chownSync(dir, 65534, 65534);
    expect(() => secureDataDir(dir)).toThrow(/thuộc người dùng khác \(uid 65534\)/);
    const inner = tempDir();
    writeFileSync(path.join(inner, 'x'), 'x');
    chownSync(path.join(inner, 'x'), 65534, 65534);
    expect(() => tightenTree(inner)).toThrow(path.join(inner, 'x'));
  });

  it('no file of a PGlite database opened in a fresh dir is open to others, open or closed', async () => {
    const dir = path.join(tempDir(), 'db');
    const database = await openDatabase({ backend: 'pglite', dir });
    try {
      expect(openToOthers(dir)).toEqual([]);
      await database.db.execute(sql`create table t (x int)`);
    } finally {
      await database.close();
    }
    expect(openToOthers(path.dirname(dir))).toEqual([]);
  }, 120_000);
});

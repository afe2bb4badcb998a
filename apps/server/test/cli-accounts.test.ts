import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
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
  return { dataDir, env: { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '' } };
}

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

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './dir-lock.ts';

describe('PGlite data folder lock', () => {
  const dir = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'pcmt-lock-')), 'db');

  it('is taken, then released', () => {
    const d = dir();
    const unlock = lockDataDir(d);
    expect(readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.pid));
    unlock();
    expect(existsSync(`${d}.lock`)).toBe(false);
  });

  it('refuses a folder held by another live process, naming it', () => {
    const d = dir();
    writeFileSync(`${d}.lock`, String(process.ppid));
    expect(() => lockDataDir(d)).toThrow(`đang được tiến trình ${process.ppid} sử dụng`);
  });

  it('takes over the lock of a process that is gone', () => {
    const d = dir();
    writeFileSync(`${d}.lock`, '999999999');
    const unlock = lockDataDir(d);
    expect(readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.pid));
    unlock();
  });
});

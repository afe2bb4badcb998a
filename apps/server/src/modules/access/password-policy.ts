import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MessageId } from '@pcmt/contracts';
import { repoDataDir } from '../../platform/data-dir.ts';
import { AppError, issue } from '../../platform/errors.ts';

/**
 * NIST SP 800-63B style: length over composition rules. At least 12 characters, not the username, not a
 * run of one character, not a common or breached password (ASVS 2.1.7), and not such a password with only
 * digits or symbols around it (`Password12345`, `!qwertyuiop123`), which is how people meet a length rule.
 */

/** Words attackers try first here that the international list lacks; lowercase, no diacritics. */
const LOCAL = [
  'matkhau',
  'congan',
  'bocongan',
  'kontum',
  'quangngai',
  'pcmt',
  'anhyeuem',
  'emyeuanh',
  'vietnam',
  '123456789012',
];

export const commonPasswordsFile = path.join(repoDataDir, 'reference-lists', 'common-passwords.txt');

let common: Set<string> | undefined;

/**
 * The list (≈49,000 entries, see `data/reference-lists/common-passwords.PROVENANCE.md`), read on first use and
 * kept: processes that never check a password do not pay for it, and a Set answers each lookup at once.
 */
export function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const lines = readFileSync(commonPasswordsFile, 'utf8').split('\n');
    common = new Set([...lines, ...LOCAL].map((l) => l.trim().toLowerCase()).filter((l) => l.length > 0));
  }
  return common;
}

/** Digits, punctuation, symbols and spaces added before or after a word. */
const PADDING = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

export function assertPasswordPolicy(password: string, username: string, path: string): void {
  const fail = (id: Extract<MessageId, `password.${string}`>) => {
    throw new AppError('validation_failed', id, undefined, { details: [issue(path, id)] });
  };
  if (password.length < 12) fail('password.tooShort');
  if (password.length > 256) fail('password.tooLong');
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) fail('password.containsUsername');
  if (/^(.)\1+$/.test(password)) fail('password.oneCharacter');
  const list = commonPasswords();
  if (list.has(lower)) fail('password.tooCommon');
  const core = lower.replace(PADDING, '');
  if (core !== lower && list.has(core)) fail('password.commonWithAffixes');
}

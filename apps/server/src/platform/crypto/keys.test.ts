import { createCipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addAuditKeys, createKeyring, loadOrCreateKeyFile, newAuditKeys } from './keys.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const b64 = (bytes = 32) => randomBytes(bytes).toString('base64');
/** A key file as written before the keyed audit chain: no audit keys. */
const legacy = () => ({ activeKeyId: 'k1', dataKeys: { k1: b64() }, hmacKey: b64() });
function keyFile(content: unknown, mode = 0o600) {
  n += 1;
  const file = path.join(dir, `master-${n}.key`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content), { mode });
  chmodSync(file, mode);
  return file;
}
const mode = (file: string) => statSync(file).mode & 0o777;

describe('key file', () => {
  it('creates a missing file 0600 with data, blind-index and audit keys outside production', () => {
    const file = path.join(dir, 'new', 'master.key');
    const k = loadOrCreateKeyFile(file, { create: true });
    expect(Object.keys(k).sort()).toEqual([
      'activeKeyId',
      'auditHmacKey',
      'auditSigningKey',
      'dataKeys',
      'hmacKey',
    ]);
    expect(mode(file)).toBe(0o600);
    expect(loadOrCreateKeyFile(file, { create: false })).toEqual(k);
  });

  it('refuses a key file other accounts can read, naming the file and the fix', () => {
    for (const m of [0o644, 0o640, 0o604]) {
      const file = keyFile({ ...legacy(), ...newAuditKeys() }, m);
      expect(() => loadOrCreateKeyFile(file, { create: true })).toThrow(`chmod 600 ${file}`);
    }
  });

  it('validates the shape with a message naming the bad field', () => {
    const good = { ...legacy(), ...newAuditKeys() };
    const cases: [unknown, RegExp][] = [
      ['{not json', /không phải JSON hợp lệ/],
      [{ ...good, hmacKey: b64(16) }, /hmacKey: phải là 32 byte mã hóa base64/],
      [{ ...good, dataKeys: { k1: 'không phải base64!' } }, /dataKeys\.k1: phải là 32 byte/],
      [{ ...good, activeKeyId: 'k9' }, /activeKeyId không có trong dataKeys/],
      [{ ...good, auditSigningKey: b64(48) }, /auditSigningKey: phải là khóa riêng Ed25519/],
      [{ ...good, auditHmacKey: 42 }, /auditHmacKey/],
    ];
    for (const [content, message] of cases) {
      expect(() => loadOrCreateKeyFile(keyFile(content), { create: true })).toThrow(message);
    }
  });

  it('adds the audit keys to an older file outside production, keeping its keys, and rewrites it 0600', () => {
    const old = legacy();
    const file = keyFile(old);
    const k = loadOrCreateKeyFile(file, { create: true });
    expect(k).toMatchObject(old);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(k);
    expect(mode(file)).toBe(0o600);
  });

  it('refuses an older file in production with the command that fixes it, and that command works', () => {
    const file = keyFile(legacy());
    const before = readFileSync(file, 'utf8');
    expect(() => loadOrCreateKeyFile(file, { create: false })).toThrow(
      /thiếu khóa của nhật ký.*pcmt audit add-keys/s,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    addAuditKeys(file);
    expect(loadOrCreateKeyFile(file, { create: false }).auditSigningKey).toBeTruthy();
  });
});

describe('sealed values bound to their row', () => {
  const keys = { ...legacy(), ...newAuditKeys() };
  const ring = createKeyring(keys);

  it('opens a v2 value only with the additional data it was sealed with', () => {
    const sealed = ring.seal('JBSWY3DPEHPK3PXP', 'user_account.mfa_secret:u1');
    expect(sealed.startsWith('v2.k1.')).toBe(true);
    expect(ring.unseal(sealed, 'user_account.mfa_secret:u1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => ring.unseal(sealed, 'user_account.mfa_secret:u2')).toThrow('Không giải mã được');
    expect(() => ring.unseal(sealed)).toThrow('Không giải mã được');
    expect(ring.unseal(ring.seal('x'))).toBe('x');
    expect(() => ring.unseal(ring.seal('x'), 'a')).toThrow('Không giải mã được');
  });

  it('still opens v1 values written before additional data existed', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(keys.dataKeys.k1, 'base64'), iv);
    const ct = Buffer.concat([cipher.update('bí mật cũ', 'utf8'), cipher.final()]);
    const v1 = [
      'v1',
      'k1',
      iv.toString('base64url'),
      ct.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
    ].join('.');
    expect(ring.unseal(v1)).toBe('bí mật cũ');
    expect(ring.unseal(v1, 'user_account.mfa_secret:u1')).toBe('bí mật cũ');
  });
});

import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Key material for sealed fields (AES-256-GCM) and blind indexes (HMAC-SHA256). The file holds every data
 * key ever used, so rotation adds a key and makes it active; old ciphertexts name their key id and still open.
 */
type KeyFile = { activeKeyId: string; dataKeys: Record<string, string>; hmacKey: string };

export type Keyring = {
  seal(plaintext: string): string;
  unseal(sealed: string): string;
  blindIndex(value: string): string;
};

export function loadOrCreateKeyFile(file: string, opts: { create: boolean }): KeyFile {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!opts.create) throw new Error(`Không tìm thấy tệp khóa bí mật ${file} (PCMT_KEY_FILE)`);
  const keyFile: KeyFile = {
    activeKeyId: 'k1',
    dataKeys: { k1: randomBytes(32).toString('base64') },
    hmacKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(keyFile, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return keyFile;
}

export function createKeyring(keys: KeyFile): Keyring {
  const dataKey = (id: string) => {
    const k = keys.dataKeys[id];
    if (!k) throw new Error(`Thiếu khóa dữ liệu ${id}`);
    return Buffer.from(k, 'base64');
  };
  const hmacKey = Buffer.from(keys.hmacKey, 'base64');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey(keys.activeKeyId), iv);
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v1',
        keys.activeKeyId,
        iv.toString('base64url'),
        ct.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
      ].join('.');
    },
    unseal(sealed) {
      const [v, keyId, iv, ct, tag] = sealed.split('.');
      if (v !== 'v1' || !keyId || !iv || ct === undefined || !tag)
        throw new Error('Dữ liệu mã hóa không hợp lệ');
      const decipher = createDecipheriv('aes-256-gcm', dataKey(keyId), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    blindIndex: (value) => createHmac('sha256', hmacKey).update(value, 'utf8').digest('hex'),
  };
}

export const sha256Hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** A random URL-safe token with `bytes` of entropy. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Key material held OUTSIDE the database: sealed fields (AES-256-GCM), blind indexes (HMAC-SHA256), the audit
 * chain key (HMAC-SHA256) and the audit checkpoint signing key (Ed25519). Someone who can write the database
 * but not read this file can neither open sealed values nor forge audit rows or checkpoints.
 * The file holds every data key ever used, so rotation adds a key and makes it active; old ciphertexts name
 * their key id and still open.
 */
const key32 = z
  .string()
  .refine((s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32, {
    message: 'phải là 32 byte mã hóa base64',
  });
const ed25519Private = z.string().refine(
  (s) => {
    try {
      return privateKeyOf(s).asymmetricKeyType === 'ed25519';
    } catch {
      return false;
    }
  },
  { message: 'phải là khóa riêng Ed25519 (PKCS#8 DER, base64)' },
);
const keyFileSchema = z
  .object({
    activeKeyId: z.string().min(1, 'thiếu mã khóa đang dùng'),
    dataKeys: z.record(z.string(), key32),
    hmacKey: key32,
    auditHmacKey: key32,
    auditSigningKey: ed25519Private,
  })
  .refine((k) => Object.hasOwn(k.dataKeys, k.activeKeyId), {
    message: 'activeKeyId không có trong dataKeys',
    path: ['activeKeyId'],
  });
export type KeyFile = z.infer<typeof keyFileSchema>;

/** What the audit chain needs: the HMAC key for row hashes and the Ed25519 pair for checkpoints. */
export type AuditKeys = {
  hmacKey: Buffer;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Fingerprint of the public key: checkpoints name the key that signed them. */
  keyId: string;
};

export type Keyring = {
  /** `aad` binds the ciphertext to its place (e.g. `user_account.mfa_secret:<userId>`): moved elsewhere, it fails. */
  seal(plaintext: string, aad?: string): string;
  unseal(sealed: string, aad?: string): string;
  blindIndex(value: string): string;
  audit: AuditKeys;
  /** Attachment encryption keys (platform/files), derived from the data keys: see `fileKeysOf` at the end. */
  files: FileKeys;
};

const privateKeyOf = (b64: string) =>
  createPrivateKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'pkcs8' });

/** New audit keys, added to key files written before the keyed audit chain existed. */
export function newAuditKeys(): Pick<KeyFile, 'auditHmacKey' | 'auditSigningKey'> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    auditHmacKey: randomBytes(32).toString('base64'),
    auditSigningKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

/** Atomic 0600 write: a crash mid-write never leaves a half key file. */
function writeKeyFile(file: string, keys: KeyFile) {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Refuses a key file that other accounts on the machine can read: it would hand them every secret. */
function checkPermissions(file: string) {
  if (process.platform === 'win32') return;
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077)
    throw new Error(
      `Tệp khóa bí mật ${file} có quyền ${mode.toString(8).padStart(3, '0')}: nhóm hoặc người dùng khác đọc được. ` +
        `Chỉ tài khoản chạy PCMT được đọc tệp này; sửa bằng: chmod 600 ${file}`,
    );
}

function readJson(file: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new Error(`Tệp khóa bí mật ${file} không phải JSON hợp lệ`);
}

function validate(file: string, raw: unknown): KeyFile {
  const parsed = keyFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(tệp)'}: ${i.message}`);
  throw new Error(`Tệp khóa bí mật ${file} không hợp lệ:\n${lines.join('\n')}`);
}

const missingAuditKeys = (raw: Record<string, unknown>) =>
  (['auditHmacKey', 'auditSigningKey'] as const).filter((k) => raw[k] === undefined);

/**
 * Loads the key file, checking its permissions and shape. When `create` is allowed (not production) a missing
 * file is created and a file from before the keyed audit chain gets its audit keys; in production both are
 * refused with the command that fixes them, so keys are never minted silently on a server.
 */
export function loadOrCreateKeyFile(file: string, opts: { create: boolean }): KeyFile {
  if (!existsSync(file)) {
    if (!opts.create) throw new Error(`Không tìm thấy tệp khóa bí mật ${file} (PCMT_KEY_FILE)`);
    const keyFile: KeyFile = {
      activeKeyId: 'k1',
      dataKeys: { k1: randomBytes(32).toString('base64') },
      hmacKey: randomBytes(32).toString('base64'),
      ...newAuditKeys(),
    };
    writeKeyFile(file, keyFile);
    return keyFile;
  }
  checkPermissions(file);
  const raw = readJson(file);
  const missing = missingAuditKeys(raw);
  if (missing.length > 0) {
    if (!opts.create)
      throw new Error(
        `Tệp khóa bí mật ${file} thiếu khóa của nhật ký truy cập (${missing.join(', ')}). ` +
          'Sao lưu tệp khóa, rồi thêm khóa bằng lệnh: pcmt audit add-keys (sau đó sao lưu lại tệp khóa).',
      );
    return addAuditKeys(file);
  }
  return validate(file, raw);
}

/**
 * Adds the audit HMAC and Ed25519 keys to an existing key file (keeping every other key) and rewrites it 0600.
 * `pcmt audit add-keys` runs this in production. Returns the file unchanged if it already has them.
 */
export function addAuditKeys(file: string): KeyFile {
  checkPermissions(file);
  const raw = readJson(file);
  if (missingAuditKeys(raw).length === 0) return validate(file, raw);
  const keys = validate(file, { ...raw, ...newAuditKeys() });
  writeKeyFile(file, keys);
  return keys;
}

export function auditKeysOf(keys: KeyFile): AuditKeys {
  const privateKey = privateKeyOf(keys.auditSigningKey);
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    hmacKey: Buffer.from(keys.auditHmacKey, 'base64'),
    privateKey,
    publicKey,
    keyId: `ed25519:${createHash('sha256').update(spki).digest('hex').slice(0, 16)}`,
  };
}

/** Additional data of a v2 value: the format and key id are bound too, so the header cannot be swapped. */
const aadFor = (keyId: string, aad: string | undefined) => Buffer.from(`v2.${keyId}.${aad ?? ''}`, 'utf8');

export function createKeyring(keys: KeyFile): Keyring {
  const dataKey = (id: string) => {
    const k = keys.dataKeys[id];
    if (!k) throw new Error(`Thiếu khóa dữ liệu ${id}`);
    return Buffer.from(k, 'base64');
  };
  const hmacKey = Buffer.from(keys.hmacKey, 'base64');
  return {
    seal(plaintext, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey(keys.activeKeyId), iv);
      cipher.setAAD(aadFor(keys.activeKeyId, aad));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v2',
        keys.activeKeyId,
        iv.toString('base64url'),
        ct.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
      ].join('.');
    },
    unseal(sealed, aad) {
      const [v, keyId, iv, ct, tag] = sealed.split('.');
      if ((v !== 'v1' && v !== 'v2') || !keyId || !iv || ct === undefined || !tag)
        throw new Error('Dữ liệu mã hóa không hợp lệ');
      const decipher = createDecipheriv('aes-256-gcm', dataKey(keyId), Buffer.from(iv, 'base64url'));
      // v1 values predate AAD: they still open (whatever `aad` says) until they are sealed again.
      if (v === 'v2') decipher.setAAD(aadFor(keyId, aad));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new Error('Không giải mã được dữ liệu (sai khóa hoặc dữ liệu không thuộc bản ghi này)');
      }
    },
    blindIndex: (value) => createHmac('sha256', hmacKey).update(value, 'utf8').digest('hex'),
    audit: auditKeysOf(keys),
    files: fileKeysOf(keys),
  };
}

export const sha256Hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

export const hmacSha256Hex = (key: Buffer, value: string) =>
  createHmac('sha256', key).update(value, 'utf8').digest('hex');

/** A random URL-safe token with `bytes` of entropy. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * Files platform (`platform/files`): attachments are encrypted under keys DERIVED (HKDF-SHA256, fixed labels)
 * from the data keys, never under a data key itself, so file ciphertexts and sealed fields never share a key.
 * Stored files name the data key id they were sealed under, so a rotated-in key leaves old files readable.
 * `addressKey` (from the HMAC key) names stored objects by a keyed hash of their content: the disk or bucket
 * listing does not reveal the plain SHA-256 of a known document.
 */
export type FileKeys = {
  activeKeyId: string;
  encryptionKey(keyId: string): Buffer;
  addressKey: Buffer;
};

const hkdf32 = (key: Buffer, label: string) =>
  Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `pcmt/files/${label}`, 32));

export function fileKeysOf(keys: KeyFile): FileKeys {
  const derived = new Map<string, Buffer>();
  return {
    activeKeyId: keys.activeKeyId,
    encryptionKey(keyId) {
      const k = keys.dataKeys[keyId];
      if (!k) throw new Error(`Thiếu khóa dữ liệu ${keyId}`);
      const known = derived.get(keyId);
      if (known) return known;
      const key = hkdf32(Buffer.from(k, 'base64'), `aes-256-gcm/${keyId}`);
      derived.set(keyId, key);
      return key;
    },
    addressKey: hkdf32(Buffer.from(keys.hmacKey, 'base64'), 'address'),
  };
}

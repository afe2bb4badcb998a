import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { FileKeys } from '../crypto/keys.ts';

/**
 * Attachments are sealed whole with AES-256-GCM (they are at most a few tens of MB and must be checked before
 * any byte is served: GCM authenticates only at the end). Layout:
 *   "PCMTF1" | key-id length (1 byte) | key id | IV (12) | ciphertext | tag (16)
 * The header and the object's address are the additional data, so a file copied under another address, or a
 * header naming another key, fails to open.
 */
const MAGIC = Buffer.from('PCMTF1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where the content with this SHA-256 is stored: keyed, so a listing does not reveal known documents. */
export const addressOf = (keys: FileKeys, sha256: string) =>
  createHmac('sha256', keys.addressKey).update(sha256, 'utf8').digest('hex');

const aad = (header: Buffer, address: string) => Buffer.concat([header, Buffer.from(address, 'utf8')]);

export function sealFile(keys: FileKeys, address: string, plaintext: Uint8Array): Buffer {
  const keyId = Buffer.from(keys.activeKeyId, 'utf8');
  if (keyId.length > 255) throw new Error('Mã khóa quá dài');
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, iv]);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey(keys.activeKeyId), iv);
  cipher.setAAD(aad(header, address));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function openFile(keys: FileKeys, address: string, sealed: Buffer): Buffer {
  const bad = () => new Error('Tệp lưu trữ không mở được (sai khóa, hỏng hoặc không thuộc địa chỉ này)');
  if (sealed.length < MAGIC.length + 1 || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw bad();
  const idLength = sealed[MAGIC.length]!;
  const ivAt = MAGIC.length + 1 + idLength;
  const bodyAt = ivAt + IV_BYTES;
  if (sealed.length < bodyAt + TAG_BYTES) throw bad();
  const keyId = sealed.subarray(MAGIC.length + 1, ivAt).toString('utf8');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey(keyId), sealed.subarray(ivAt, bodyAt));
  decipher.setAAD(aad(sealed.subarray(0, bodyAt), address));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(bodyAt, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw bad();
  }
}

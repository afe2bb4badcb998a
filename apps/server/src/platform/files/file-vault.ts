import type { FileKeys } from '../crypto/keys.ts';
import { addressOf, openFile, sealFile, sha256Of } from './file-crypto.ts';
import type { FileStore } from './file-store.ts';

/**
 * Content-addressed, encrypted storage of attachment bytes: `save` seals and stores a content once (a second
 * save of the same bytes writes nothing) and returns its SHA-256; `load` opens it again and checks that the
 * bytes still hash to what the database row says.
 */
export type FileVault = {
  readonly store: FileStore;
  save(plaintext: Buffer): Promise<{ sha256: string; stored: boolean }>;
  load(sha256: string): Promise<Buffer>;
};

export function createFileVault(store: FileStore, keys: FileKeys): FileVault {
  return {
    store,
    async save(plaintext) {
      const sha256 = sha256Of(plaintext);
      const address = addressOf(keys, sha256);
      if (await store.has(address)) return { sha256, stored: false };
      await store.put(address, sealFile(keys, address, plaintext));
      return { sha256, stored: true };
    },
    async load(sha256) {
      const address = addressOf(keys, sha256);
      const sealed = await store.get(address);
      if (!sealed) throw new Error(`Thiếu tệp lưu trữ của nội dung ${sha256.slice(0, 12)}…`);
      const plaintext = openFile(keys, address, sealed);
      if (sha256Of(plaintext) !== sha256) throw new Error('Tệp lưu trữ không khớp mã băm');
      return plaintext;
    },
  };
}

/**
 * Where sealed attachment bytes live: a directory under DATA_DIR or an S3-compatible bucket. Stores see only
 * ciphertext and keyed addresses (`file-crypto.ts`); they never decide anything. Objects are immutable and
 * content-addressed, so `put` of an existing address may keep the existing object.
 */
export type FileStore = {
  readonly kind: 'local' | 's3' | 'memory';
  has(address: string): Promise<boolean>;
  put(address: string, sealed: Buffer): Promise<void>;
  /** The sealed bytes, or null when nothing is stored at `address`. */
  get(address: string): Promise<Buffer | null>;
};

/** Addresses are lowercase hex (HMAC-SHA256): anything else never reaches a path or an object key. */
export function assertAddress(address: string): void {
  if (!/^[0-9a-f]{64}$/.test(address)) throw new Error('Địa chỉ tệp lưu trữ không hợp lệ');
}

/** Two directory levels of 256 each, so no directory grows past a few thousand entries. */
export const shardedPath = (address: string) => {
  assertAddress(address);
  return `${address.slice(0, 2)}/${address.slice(2, 4)}/${address}`;
};

/**
 * In-memory store: what `createServices` uses when no store is configured (tests, CLI commands that never
 * touch attachments). The server's composition root (`servicesFor`) always passes the configured store.
 */
export function createMemoryFileStore(): FileStore & { objects: Map<string, Buffer> } {
  const objects = new Map<string, Buffer>();
  return {
    kind: 'memory',
    objects,
    has: async (address) => objects.has(address),
    put: async (address, sealed) => {
      assertAddress(address);
      if (!objects.has(address)) objects.set(address, Buffer.from(sealed));
    },
    get: async (address) => objects.get(address) ?? null,
  };
}

import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type FileStore, shardedPath } from './file-store.ts';

/**
 * Sealed files under `DATA_DIR/files/ab/cd/<address>`: directories 0700, files 0600 (owner only, like the rest
 * of DATA_DIR). A file is written to a temporary name, flushed, then renamed, so a crash never leaves a
 * truncated object under a real address.
 */
export function createLocalFileStore(root: string): FileStore {
  const fileOf = (address: string) => path.join(root, shardedPath(address));
  return {
    kind: 'local',
    async has(address) {
      try {
        return (await stat(fileOf(address))).isFile();
      } catch {
        return false;
      }
    },
    async put(address, sealed) {
      const file = fileOf(address);
      if (await this.has(address)) return;
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      // mkdir's mode is filtered by the umask and not applied to existing directories: set it explicitly.
      const shard = path.dirname(file);
      for (const dir of [root, path.dirname(shard), shard]) await chmod(dir, 0o700);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const handle = await open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(sealed);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await chmod(tmp, 0o600);
        await rename(tmp, file);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
    async get(address) {
      try {
        return await readFile(fileOf(address));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}

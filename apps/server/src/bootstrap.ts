import { fileURLToPath } from 'node:url';
import type { Config } from './config/env.ts';
import { seedUnits } from './modules/units/unit-seed.ts';
import { createKeyring, loadOrCreateKeyFile } from './platform/crypto/keys.ts';
import { repoDataDir } from './platform/data-dir.ts';
import { secureDataDir } from './platform/data-dir-permissions.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db/client.ts';
import type { FileStore } from './platform/files/file-store.ts';
import { createLocalFileStore } from './platform/files/local-store.ts';
import { createS3FileStore } from './platform/files/s3-store.ts';
import { createServices } from './services.ts';

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Reference data shipped in the repository's `data/` (the default DATA_DIR when developing): not secrets. */
const shippedData = ['admin-units', 'reference-lists'];

/**
 * Opens the configured database, migrates it and seeds the real unit data: shared by the server and the CLI.
 * First makes DATA_DIR owner-only (it refuses a directory owned by another user); `warn` receives the
 * Vietnamese notice naming what had to be tightened.
 */
export async function openConfiguredDatabase(
  config: Config,
  warn: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
): Promise<Database> {
  const notice = secureDataDir(config.dataDir, config.dataDir === repoDataDir ? shippedData : []);
  if (notice) warn(notice);
  const database = config.databaseUrl
    ? await openDatabase({ backend: 'postgres', url: config.databaseUrl })
    : await openDatabase({ backend: 'pglite', dir: config.pgliteDir });
  await migrateDatabase(database, config.databaseUrl);
  await seedUnits(database.db);
  return database;
}

export function keyringFor(config: Config) {
  // Outside production a missing key file is created (first start); in production it must be provisioned.
  return createKeyring(loadOrCreateKeyFile(config.keyFile, { create: config.env !== 'production' }));
}

export function servicesFor(config: Config, database: Database) {
  return createServices(
    database.db,
    keyringFor(config),
    { sessionHours: config.sessionHours },
    { store: fileStoreFor(config), limits: config.files },
  );
}

/** Attachments go to the S3-compatible bucket when one is configured, else to owner-only `DATA_DIR/files`. */
export function fileStoreFor(config: Config): FileStore {
  return config.files.s3 ? createS3FileStore(config.files.s3) : createLocalFileStore(config.files.dir);
}

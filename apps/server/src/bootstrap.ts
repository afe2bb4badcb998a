import { fileURLToPath } from 'node:url';
import type { Config } from './config/env.ts';
import { seedUnits } from './modules/units/unit-seed.ts';
import { createKeyring, loadOrCreateKeyFile } from './platform/crypto/keys.ts';
import { repoDataDir } from './platform/data-dir.ts';
import { secureDataDir } from './platform/data-dir-permissions.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db/client.ts';
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
  return createServices(database.db, keyringFor(config), { sessionHours: config.sessionHours });
}

import { fileURLToPath } from 'node:url';
import type { Config } from './config/env.ts';
import { seedUnits } from './modules/units/unit-seed.ts';
import { createKeyring, loadOrCreateKeyFile } from './platform/crypto/keys.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db/client.ts';
import { createServices } from './services.ts';

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Opens the configured database, migrates it and seeds the real unit data: shared by the server and the CLI. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
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

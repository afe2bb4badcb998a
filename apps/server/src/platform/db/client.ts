import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { tightenTree } from '../data-dir-permissions.ts';
import { lockDataDir } from './dir-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database or a transaction on it: repositories accept either, so callers choose the transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Backend = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  backend: Backend;
  /** Cheap liveness probe for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Serialises migrations when several app servers start together against one PostgreSQL. */
const MIGRATION_LOCK = 7_262_001;

export type OpenOptions =
  | { backend: 'postgres'; url: string; poolSize?: number }
  | { backend: 'pglite'; dir: string | null; loadDataDir?: Blob };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.backend === 'postgres') {
    // Sessions run in UTC on both backends; Vietnam time is applied explicitly where dates are bucketed.
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      options: '-c TimeZone=UTC',
    });
    // Legal dates stay 'YYYY-MM-DD' strings: converting them to Date would shift them by the server's zone.
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      backend: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      close: () => pool.end(),
    };
  }
  if (opts.dir) mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const unlock = opts.dir ? lockDataDir(opts.dir) : () => undefined;
  const client = await PGlite.create({
    ...(opts.dir ? { dataDir: opts.dir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent },
  });
  // PGlite writes its files 0666 whatever the umask: make them owner-only now and again after closing.
  if (opts.dir) {
    try {
      tightenTree(opts.dir);
    } catch (err) {
      await client.close();
      unlock();
      throw err;
    }
  }
  await client.exec("set time zone 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    backend: 'pglite',
    ping: async () => void (await client.query('select 1')),
    close: async () => {
      await client.close();
      if (opts.dir) tightenTree(opts.dir);
      unlock();
    },
  };
}

/** Applies pending migrations from app code (drizzle-kit cannot load PGlite's extensions). */
export async function migrateDatabase(database: Database, url?: string): Promise<void> {
  if (database.backend === 'pglite') {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

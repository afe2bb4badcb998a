import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Backend, type Database, openDatabase } from '../src/platform/db/client.ts';
import { withDatabase } from './global-setup.ts';

/** Backends every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): Backend[] {
  return inject('pgTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database with the real units, private to the caller. */
export async function freshDatabase(backend: Backend): Promise<Database & { url?: string }> {
  if (backend === 'pglite') {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ backend: 'pglite', dir: null, loadDataDir: blob });
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `pcmt_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  await admin.end();
  const url = withDatabase(base, name);
  const database = await openDatabase({ backend: 'postgres', url, poolSize: 4 });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

/**
 * Runs `body` once per backend, each with its own fresh database for the whole describe block.
 * `get()` returns the database inside tests and hooks.
 */
export function describeEachBackend(
  name: string,
  body: (get: () => Database, backend: Backend) => void,
): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await freshDatabase(backend);
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, backend);
    });
  }
}

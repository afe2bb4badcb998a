import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedUnits } from '../src/modules/units/unit-seed.ts';
import { migrateDatabase, openDatabase } from '../src/platform/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string | null;
  }
}

/** Builds one migrated, unit-seeded database per backend; each test file then copies it (fast, isolated). */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-test-'));
  const lite = await openDatabase({ backend: 'pglite', dir: null });
  await migrateDatabase(lite);
  await seedUnits(lite.db);
  const client = (lite.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const file = path.join(dir, 'pglite-template.tar');
  writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await lite.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.PCMT_REQUIRE_POSTGRES === '1') {
    throw new Error(
      'PCMT_REQUIRE_POSTGRES=1 nhưng chưa đặt TEST_DATABASE_URL: bộ kiểm thử PostgreSQL không được bỏ qua',
    );
  }
  let template: string | null = null;
  if (url) {
    template = `pcmt_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const tplUrl = withDatabase(url, template);
    const database = await openDatabase({ backend: 'postgres', url: tplUrl, poolSize: 2 });
    await migrateDatabase(database, tplUrl);
    await seedUnits(database.db);
    await database.close();
    await admin.end();
  }
  project.provide('pgTemplate', template);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

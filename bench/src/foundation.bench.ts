// Foundation benchmark: unit tree by date (API, through Fastify), audit append with the hash chain and
// chain verification, each against a baseline measured in the same run on the same database.
// Run: npm run bench            (PGlite; set BENCH_DATABASE_URL=postgres://… to add PostgreSQL)
import { sql } from 'drizzle-orm';
import { appendAudit, systemContext } from '../../apps/server/src/modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../../apps/server/src/modules/audit/audit.verifier.ts';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { type Database, migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { createTestApp } from '../../apps/server/test/fixtures.ts';
import { report, timeRuns } from './stats.ts';

const countAudit = async (db: Database['db']) =>
  (
    (await db.execute(sql`select count(*)::int as n from audit_event`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]!.n;

async function bench(label: string, database: Database, url?: string) {
  console.log(`\n== ${label} ==`);
  await migrateDatabase(database, url);
  await seedUnits(database.db);
  const { app } = await createTestApp(database);
  const db = database.db;

  const plain = await timeRuns(200, () =>
    db.execute(sql`select id, code, name from unit where valid_to is null`),
  );
  report('baseline: plain select of current units', plain);
  for (const at of ['2024-01-01', '2026-01-01']) {
    const api = await timeRuns(200, () => app.inject({ method: 'GET', url: `/api/v1/units?at=${at}` }));
    report(`GET /api/v1/units?at=${at}`, api, plain);
  }
  const geo = await timeRuns(50, () =>
    app.inject({ method: 'GET', url: '/api/v1/units/locate?lat=14.3545&lng=108.013&at=2026-01-01' }),
  );
  report('GET /api/v1/units/locate (40 polygons)', geo, plain);

  await db.execute(sql`create table if not exists bench_plain (id serial primary key, payload jsonb)`);
  const insert = await timeRuns(500, () =>
    db.transaction((tx) => tx.execute(sql`insert into bench_plain (payload) values ('{"a":1}'::jsonb)`)),
  );
  report('baseline: plain insert in a transaction', insert);
  const audit = await timeRuns(500, () =>
    db.transaction((tx) =>
      appendAudit(tx, systemContext('bench'), {
        action: 'bench.write',
        recordType: 'thing',
        recordId: '1',
        after: { a: 1, tên: 'Nguyễn Văn A' },
      }),
    ),
  );
  report('appendAudit (lock + chain hash + insert)', audit, insert);

  // Throughput with 8 concurrent writers: the chain lock serialises appends (one chain per database).
  const concurrent = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = 0; i < 100; i++) await fn();
      }),
    );
    return Math.round(800 / ((performance.now() - started) / 1000));
  };
  const plainRate = await concurrent(() =>
    db.transaction((tx) => tx.execute(sql`insert into bench_plain (payload) values ('{}'::jsonb)`)),
  );
  const auditRate = await concurrent(() =>
    db.transaction((tx) =>
      appendAudit(tx, systemContext('bench'), { action: 'bench.concurrent', recordType: 'thing' }),
    ),
  );
  console.log(
    `8 concurrent writers: plain ${plainRate.toLocaleString('vi-VN')} tx/s, audited ${auditRate.toLocaleString('vi-VN')} tx/s (×${(plainRate / auditRate).toFixed(2)} baseline)`,
  );

  const verify = await timeRuns(3, () => verifyAuditChain(db));
  const rows = await countAudit(db);
  console.log(
    `verifyAuditChain over ${rows} rows: p50 ${verify.sort((a, b) => a - b)[1]!.toFixed(1)} ms → ${Math.round((rows / verify[1]!) * 1000).toLocaleString('vi-VN')} rows/s`,
  );
  await app.close();
  await database.close();
}

await bench('PGlite (in-memory)', await openDatabase({ backend: 'pglite', dir: null }));
const url = process.env.BENCH_DATABASE_URL;
if (url) await bench('PostgreSQL', await openDatabase({ backend: 'postgres', url }), url);
console.log(`\nRSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);

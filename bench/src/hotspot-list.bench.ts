// The hotspot list API over 100 000 hotspots on PostgreSQL (issue 7 "Must show": p95 with filters ≤ 50 ms),
// beside the raw SQL of the same query in the same run. The API figure is GET /api/v1/hotspots through
// Fastify (inject): bearer auth, zod, the scoped page query, the count, the audit row of the listing (one
// `hotspot.list` append per call, in the same transaction), serialisation. The raw figure replays the very
// statements the repository sent for that call (captured from the pg driver: page + count) on a plain pg
// client, without the transaction and the audit row.
//
// Run: npm run bench:hotspots
//   BENCH_DATABASE_URL=postgres://user@host:port/db  → a fresh database is created next to it and dropped after
//   (unset: a throwaway PostgreSQL 15 cluster is started with scripts/pg-throwaway.sh and stopped after)
//   BENCH_HOTSPOTS=100000 BENCH_RUNS=100 BENCH_KEEP=1 (keep the database) BENCH_EXPLAIN=all (every query)
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import {
  bearerFor,
  createAgency,
  createTestApp,
  createUser,
  unitId,
} from '../../apps/server/test/fixtures.ts';
import { seedHotspots } from './hotspot-seed.ts';
import { pct } from './stats.ts';

const N = Number(process.env.BENCH_HOTSPOTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGET_P95 = 50;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// --- a throwaway database --------------------------------------------------------------------------------
const root = fileURLToPath(new URL('../..', import.meta.url));
let cluster: string | null = null;
let serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  cluster = mkdtempSync(join(tmpdir(), 'pcmt-bench-pg-'));
  serverUrl = execFileSync(join(root, 'scripts/pg-throwaway.sh'), ['start', cluster], {
    encoding: 'utf8',
  }).trim();
  console.log(`throwaway cluster in ${cluster}`);
}
const dbName = `pcmt_bench_hotspots_${process.pid}_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
const u = new URL(serverUrl);
u.pathname = `/${dbName}`;
const url = u.toString();

// Every statement the app sends, while `capturing` is set: the raw replay runs exactly the repository's SQL.
type Captured = { text: string; values: unknown[] };
let capturing: Captured[] | null = null;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
  if (capturing) {
    if (typeof first === 'string')
      capturing.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first)
      capturing.push({ text: first.text, values: first.values ?? (Array.isArray(second) ? second : []) });
  }
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

type Line = {
  name: string;
  api: number[];
  raw: number[];
  count: number[];
  statements: Captured[];
  total: number;
};

const database = await openDatabase({ backend: 'postgres', url });
const closers: (() => Promise<unknown>)[] = [() => database.close()];
try {
  await migrateDatabase(database, url);
  await seedUnits(database.db);
  const { app, services, db } = await createTestApp(database);
  closers.unshift(() => app.close());

  // Agencies: the commune police of every commune of today's province (they own the records of their
  // commune and of the old communes merged into it), PC04 over the province. Officers for two of them.
  const plain = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await plain.connect();
  closers.unshift(() => plain.end());
  const { rows: today } = await plain.query<{ id: string; code: string; name: string }>(
    `select id, code, name from unit where valid_to is null and type in ('xa','phuong','thi_tran','dac_khu') order by code`,
  );
  const communeAgency = new Map<string, string>();
  for (const c of today)
    communeAgency.set(
      c.code,
      await createAgency(db, { kind: 'commune_police', unitIds: [c.id], name: `Công an ${c.name}` }),
    );
  const pc04Agency = await createAgency(db, {
    kind: 'drug_police',
    name: 'Phòng PC04 Công an tỉnh Quảng Ngãi',
    unitIds: [
      await unitId(db, '51', '2026-01-01'),
      await unitId(db, '62', '2024-01-01'),
      await unitId(db, '51', '2024-01-01'),
    ],
  });
  const pc04User = await createUser(db, { agencyId: pc04Agency, roles: ['drug_police'] });
  const wardAgency = communeAgency.get('23293')!; // Phường Kon Tum (several 2024 wards merged into it)
  const wardUser = await createUser(db, { agencyId: wardAgency, roles: ['commune_police'] });
  const pc04 = await bearerFor(services, pc04User, pc04Agency, db);
  const ward = await bearerFor(services, wardUser, wardAgency, db);

  const t0 = performance.now();
  const seeded = await seedHotspots(plain, N, { pc04AgencyId: pc04Agency, createdBy: pc04User.id });
  console.log(
    `seeded ${seeded.hotspots.toLocaleString('en')} hotspots, ${seeded.events.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(1)} s (+ ANALYZE)`,
  );
  const { rows: shape } = await plain.query(
    `select status, count(*)::int n from hotspot group by 1 order by 2 desc`,
  );
  console.log(`statuses: ${shape.map((r) => `${r.status} ${r.n}`).join(', ')}`);
  const { rows: ver } = await plain.query<{ v: string }>(`select current_setting('server_version') as v`);
  console.log(`PostgreSQL ${ver[0]!.v}, Node ${process.version}, load average at start: ${load()}`);

  const raw = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await raw.connect();
  closers.unshift(() => raw.end());

  const cases: [string, string, string][] = [
    ['(a) commune officer: default page', ward, ''],
    ['(b) PC04: active+fighting, 2025', pc04, '?status=active&status=fighting&from=2025-01-01&to=2025-12-31'],
    ['(c) PC04: q=nha tro', pc04, '?q=nha%20tro'],
    ['(d) PC04: located=false', pc04, '?located=false'],
    ['(e) PC04: page 50, everything', pc04, '?page=50'],
  ];
  const lines: Line[] = [];
  for (const [name, auth, q] of cases) {
    const call = async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/hotspots${q}`,
        headers: { authorization: auth },
      });
      if (res.statusCode !== 200) throw new Error(`${q}: ${res.statusCode} ${res.body}`);
      return res;
    };
    capturing = [];
    const first = (await call()).json() as { total: number; data: unknown[] };
    const statements = capturing.filter(
      (s) => /^select/i.test(s.text) && /from "hotspot(_event)?"/.test(s.text),
    );
    capturing = null;
    if (statements.length === 0) throw new Error(`${name}: no hotspot statement captured`);
    const replay = async (which: Captured[]) => {
      for (const s of which) await raw.query({ text: s.text, values: s.values });
    };
    const counts = statements.filter((s) => /^select count\(\*\)::int from "hotspot" /.test(s.text));
    for (let i = 0; i < 5; i++) {
      await call();
      await replay(statements);
    }
    const line: Line = { name, api: [], raw: [], count: [], statements, total: first.total };
    // Interleaved, so the machine's load weighs on both figures alike.
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      await call();
      line.api.push(performance.now() - t);
      t = performance.now();
      await replay(statements);
      line.raw.push(performance.now() - t);
      if (counts.length) {
        t = performance.now();
        await replay(counts);
        line.count.push(performance.now() - t);
      }
    }
    lines.push(line);
    console.log(
      `${name}: total ${first.total.toLocaleString('en')}, ${first.data.length} rows, ${statements.length} statements`,
    );
  }

  const f = (v: number[]) => (v.length ? `${pct(v, 50).toFixed(2)} / ${pct(v, 95).toFixed(2)}` : '—');
  console.log(
    `\n${N.toLocaleString('en')} hotspots, ${RUNS} runs each, ms p50 / p95; load average at the end: ${load()}`,
  );
  console.log(
    `${'query'.padEnd(38)} ${'total'.padStart(8)}  ${'API'.padStart(15)}  ${'raw SQL'.padStart(15)}  ${'raw count'.padStart(15)}  target`,
  );
  for (const l of lines)
    console.log(
      `${l.name.padEnd(38)} ${String(l.total).padStart(8)}  ${f(l.api).padStart(15)}  ${f(l.raw).padStart(15)}  ${f(l.count).padStart(15)}  ${pct(l.api, 95) <= TARGET_P95 ? 'ok' : 'MISSED'}`,
    );

  const slowest = [...lines].sort((a, b) => pct(b.api, 95) - pct(a.api, 95));
  for (const l of process.env.BENCH_EXPLAIN === 'all' ? lines : slowest.slice(0, 1)) {
    console.log(`\n== EXPLAIN (ANALYZE, BUFFERS): ${l.name} ==`);
    for (const s of l.statements) {
      console.log(`-- ${s.text}\n-- params: ${JSON.stringify(s.values)}`);
      const { rows } = await raw.query({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
      for (const r of rows) console.log(r['QUERY PLAN']);
    }
  }
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  // Pool clients finish closing after pool.end() resolves: the forced drop below must not crash them.
  (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => undefined);
  for (const close of closers) await close().catch((e) => console.error('close', e));
  pg.Client.prototype.query = clientQuery;
  if (process.env.BENCH_KEEP) console.log(`kept database: ${url}`);
  else await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  if (cluster) execFileSync(join(root, 'scripts/pg-throwaway.sh'), ['stop', cluster]);
}

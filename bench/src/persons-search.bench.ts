// The person register's search over 1 000 000 synthetic persons on PostgreSQL (issue 9 "Must show": p95 ≤ 30 ms),
// beside the raw SQL of the same query in the same run. The API figure is GET /api/v1/persons?q=… through Fastify
// (inject): bearer auth, zod, the typed words folded by the database, the scoped search on the word-prefix index
// (page ids with the exact total in one statement), the page's rows with unit and agency, their open statuses, the
// `person.list` audit row (same transaction), serialisation. The raw figure replays the very statements the
// repository sent for that call (captured from the pg driver) on a plain pg client.
//
// Run: npm run bench:persons
//   BENCH_DATABASE_URL=postgres://user@host:port/db  → a fresh database is created next to it and dropped after
//   (unset: a throwaway PostgreSQL 15 cluster is started with scripts/pg-throwaway.sh and stopped after)
//   BENCH_PERSONS=1000000 BENCH_RUNS=60 BENCH_KEEP=1 (keep the database) BENCH_EXPLAIN=all (full plans of every query)
//   BENCH_STATEMENTS=1 (every statement one call sends, auth and audit included)
//   BENCH_REUSE=<database kept by BENCH_KEEP on that server> → no seed: pending migrations, then the runs (the
//   1M seed costs a minute of both cores; a before/after pair of runs can share it). Kept, never dropped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { bearerFor, createAgency, createBenchApp, createUser, unitId } from './bench-app.ts';
import { pct } from './stats.ts';

const N = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const TARGET_P95 = 30;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// Vietnamese-like names. Family names first, most frequent first (the draw favours low indexes: Nguyễn ≈ 35 %),
// then a few Kon Tum ethnic-minority forms. Middle and given names by sex.
const FAMILY =
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý A Y Đinh Trương Lương Thái'.split(
    ' ',
  );
const MIDDLE_M = 'Văn Đức Minh Quốc Hữu Công Thanh Xuân'.split(' ');
const MIDDLE_F = 'Thị Ngọc Thu Thanh Hồng Kim Mỹ'.split(' ');
const GIVEN_M =
  'Hoà Hùng Dũng Nam Tuấn Long Hải Phong Sơn Thắng Quang Cường Đạt Khánh Bình Hiếu Trung Vinh Phúc Tâm Toàn Lộc Nghĩa Thành Huy Đông Tùng Kiên'.split(
    ' ',
  );
const GIVEN_F =
  'Lan Hoa Thuỷ Hương Mai Linh Trang Hằng Nga Phương Yến Thảo Hạnh Huyền Ngân Vân Dung Loan Nhung Oanh Quyên Tuyết'.split(
    ' ',
  );
/** One record in RARE_EVERY carries this name: the "rare name" query. */
const RARE = 'Ksor Y Khuê';
const RARE_EVERY = 50_000;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: string[]) => `array[${xs.map(lit).join(',')}]`;

/**
 * Inserts `n` persons (is_demo) in SQL, spread over today's communes (the commune police agency of the commune
 * manages the file), then VACUUM ANALYZE. The secondary indexes are dropped during the load and rebuilt from the
 * migration's own definitions (faster than maintaining two trigram GIN indexes row by row). No CCCD (nullable).
 */
async function seedPersons(client: pg.Client, n: number, opts: { createdBy: string }): Promise<number> {
  await client.query('select setseed(0.20260709)');
  await client.query(`
    create temp table bench_commune as
    select (row_number() over (order by u.code) - 1)::int as idx, u.id, u.name,
           (select s.agency_id from agency_scope_unit s join agency a on a.id = s.agency_id
             where s.unit_id = u.id and a.kind = 'commune_police' order by a.code limit 1) as agency_id
      from unit u
     where u.valid_to is null and u.type in ('xa', 'phuong', 'thi_tran', 'dac_khu')`);
  const { rows: cn } = await client.query<{ n: number }>('select count(*)::int as n from bench_commune');
  const communes = cn[0]!.n;
  const { rows: idx } = await client.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes
      where schemaname = 'public' and tablename = 'person' and indexname <> 'person_pkey'`,
  );
  for (const i of idx) await client.query(`drop index ${i.name}`);
  await client.query(`
    insert into person (unit_id, agency_id, version, created_by, updated_by, created_at, updated_at, is_demo,
                        full_name, aliases, aliases_fold, birth_date, birth_precision, sex, residence_address,
                        residence_since, drug_status, drug_status_since, management_file, dup_key)
    select c.id, c.agency_id, 1, '${opts.createdBy}'::uuid, '${opts.createdBy}'::uuid,
           x.upd, x.upd, true, x.full_name, '{}', '', x.birth,
           case when x.r_misc < 0.1 then 'year' else 'day' end, x.sex,
           'Tổ ' || (1 + x.i % 17) || ', ' || c.name, date '2015-01-01' + (x.i % 4000),
           case when x.r_misc < 0.55 then 'illicit_user' when x.r_misc < 0.85 then 'addicted' else 'none' end,
           case when x.r_misc < 0.85 then date '2018-01-01' + (x.i % 3000) end,
           x.r_misc < 0.4,
           pcmt_fold(x.full_name) || '|' || extract(year from x.birth)::int
      from (
        select d.*,
               case when d.i % ${RARE_EVERY} = 7 then ${lit(RARE)}
                    else (${arr(FAMILY)})[1 + floor(${FAMILY.length} * power(d.r_fam, 2.4))::int] || ' ' ||
                         case when d.sex = 'male'
                              then (${arr(MIDDLE_M)})[1 + floor(${MIDDLE_M.length} * power(d.r_mid, 1.5))::int] || ' ' ||
                                   (${arr(GIVEN_M)})[1 + floor(${GIVEN_M.length} * d.r_giv)::int]
                              else (${arr(MIDDLE_F)})[1 + floor(${MIDDLE_F.length} * power(d.r_mid, 1.5))::int] || ' ' ||
                                   (${arr(GIVEN_F)})[1 + floor(${GIVEN_F.length} * d.r_giv)::int] end
               end as full_name,
               case when d.r_misc < 0.1 then make_date(1965 + (d.i % 44), 1, 1)
                    else date '1965-01-01' + floor(d.r_birth * 16000)::int end as birth
          from (
            select i, case when random() < 0.88 then 'male' else 'female' end as sex,
                   random() as r_fam, random() as r_mid, random() as r_giv, random() as r_birth,
                   random() as r_unit, random() as r_misc,
                   timestamptz '2024-01-01 08:00+07' + random() * interval '1060 days' as upd
              from generate_series(1, ${n}) i
          ) d
      ) x
      join bench_commune c on c.idx = floor(${communes} * power(x.r_unit, 1.6))::int`);
  for (const i of idx) await client.query(i.def);
  await client.query('vacuum analyze person');
  await client.query('analyze');
  await client.query('drop table bench_commune');
  const { rows } = await client.query<{ n: number }>('select count(*)::int as n from person');
  return rows[0]!.n;
}

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
const reuse = process.env.BENCH_REUSE;
if (reuse && !/^pcmt_bench_persons_\w+$/.test(reuse))
  throw new Error(`BENCH_REUSE: not a bench database: ${reuse}`);
const dbName = reuse ?? `pcmt_bench_persons_${process.pid}_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
if (!reuse) await admin.query(`create database ${dbName}`);
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
  execMs: number[];
};

const database = await openDatabase({ backend: 'postgres', url });
const closers: (() => Promise<unknown>)[] = [() => database.close()];
try {
  await migrateDatabase(database, url);
  if (!reuse) await seedUnits(database.db);
  const { app, services, db } = await createBenchApp(database);
  closers.unshift(() => app.close());

  // The commune police of every commune of today's province (each manages its commune's files and sees the
  // communes merged into it), PC04 over the province. Officers for Phường Kon Tum and PC04.
  const plain = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await plain.connect();
  closers.unshift(() => plain.end());
  const { rows: today } = await plain.query<{ id: string; code: string; name: string }>(
    `select id, code, name from unit where valid_to is null and type in ('xa','phuong','thi_tran','dac_khu') order by code`,
  );
  const communeAgency = new Map<string, string>();
  if (reuse) {
    // The agencies of the seeded run (the first commune police agency of each commune, as the seed chose).
    const { rows } = await plain.query<{ code: string; agency: string }>(
      `select distinct on (u.code) u.code, a.id as agency from agency a join agency_unit au on au.agency_id = a.id
         join unit u on u.id = au.unit_id where a.kind = 'commune_police' order by u.code, a.code`,
    );
    for (const r of rows) communeAgency.set(r.code, r.agency);
  } else
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
  const wardAgency = communeAgency.get('23293')!; // Phường Kon Tum
  const wardUser = await createUser(db, { agencyId: wardAgency, roles: ['commune_police'] });
  const pc04 = await bearerFor(services, pc04User, pc04Agency, db);
  const ward = await bearerFor(services, wardUser, wardAgency, db);

  const t0 = performance.now();
  if (reuse) {
    const { rows } = await plain.query<{ n: number }>('select count(*)::int as n from person');
    console.log(`reusing ${dbName}: ${rows[0]!.n.toLocaleString('en')} persons`);
  } else {
    const seeded = await seedPersons(plain, N, { createdBy: pc04User.id });
    console.log(
      `seeded ${seeded.toLocaleString('en')} persons over ${today.length} communes in ${((performance.now() - t0) / 1000).toFixed(1)} s (indexes rebuilt, VACUUM ANALYZE)`,
    );
  }
  const { rows: inWard } = await plain.query<{ n: number }>(
    `select count(*)::int n from person where unit_id in (select unit_id from agency_scope_unit where agency_id = $1)`,
    [wardAgency],
  );
  console.log(`in Phường Kon Tum's scope: ${inWard[0]!.n.toLocaleString('en')}`);
  const { rows: ver } = await plain.query<{ v: string }>(`select current_setting('server_version') as v`);
  console.log(`PostgreSQL ${ver[0]!.v}, Node ${process.version}, load average at start: ${load()}`);

  const raw = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await raw.connect();
  closers.unshift(() => raw.end());

  const rare = encodeURIComponent('ksor y khue');
  const cases: [string, string, string][] = [
    ['(a) commune: nguyen van hoa', ward, '?q=nguyen%20van%20hoa'],
    ['(b) commune: tran thi', ward, '?q=tran%20thi'],
    ['(c) commune: rare name', ward, `?q=${rare}`],
    ['(d) PC04: nguyen van hoa', pc04, '?q=nguyen%20van%20hoa'],
    ['(e) PC04: tran thi', pc04, '?q=tran%20thi'],
    ['(f) PC04: rare name', pc04, `?q=${rare}`],
  ];
  const lines: Line[] = [];
  for (const [name, auth, q] of cases) {
    const call = async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/persons${q}`,
        headers: { authorization: auth },
      });
      if (res.statusCode !== 200) throw new Error(`${q}: ${res.statusCode} ${res.body}`);
      return res;
    };
    capturing = [];
    const first = (await call()).json() as { total: number; data: unknown[] };
    const statements = capturing.filter(
      (s) => /^select/i.test(s.text) && /from "person(_status)?"|pcmt_fold\(/.test(s.text),
    );
    const all = capturing;
    capturing = null;
    if (process.env.BENCH_STATEMENTS)
      console.log(
        `${name}: ${all.length} statements per call:\n${all.map((c) => `  ${c.text.replace(/\s+/g, ' ').slice(0, 110)}`).join('\n')}`,
      );
    if (statements.length === 0) throw new Error(`${name}: no person statement captured`);
    const replay = async (which: Captured[]) => {
      for (const s of which) await raw.query({ text: s.text, values: s.values });
    };
    const counts = statements.filter((s) => /^select count\(\*\)::int from "person" /.test(s.text));
    for (let i = 0; i < 5; i++) {
      await call();
      await replay(statements);
    }
    const line: Line = { name, api: [], raw: [], count: [], statements, total: first.total, execMs: [] };
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
    // The server's own execution time of each statement (EXPLAIN ANALYZE), without the round trips.
    for (const s of statements) {
      const { rows } = await raw.query({
        text: `explain (analyze, format json) ${s.text}`,
        values: s.values,
      });
      line.execMs.push((rows[0]['QUERY PLAN'] as { 'Execution Time': number }[])[0]!['Execution Time']);
    }
    lines.push(line);
    console.log(
      `${name}: total ${first.total.toLocaleString('en')}, ${first.data.length} rows, ${statements.length} statements`,
    );
  }

  const f = (v: number[]) => (v.length ? `${pct(v, 50).toFixed(2)} / ${pct(v, 95).toFixed(2)}` : '—');
  console.log(
    `\n${N.toLocaleString('en')} persons, ${RUNS} runs each, ms p50 / p95; load average at the end: ${load()}`,
  );
  console.log(
    `${'query'.padEnd(30)} ${'total'.padStart(8)}  ${'API'.padStart(15)}  ${'raw SQL'.padStart(15)}  ${'raw count'.padStart(15)}  ${'EXPLAIN exec (each statement)'.padEnd(28)}  target`,
  );
  for (const l of lines)
    console.log(
      `${l.name.padEnd(30)} ${String(l.total).padStart(8)}  ${f(l.api).padStart(15)}  ${f(l.raw).padStart(15)}  ${f(l.count).padStart(15)}  ${l.execMs.map((x) => x.toFixed(2)).join(' · ')}  ${pct(l.api, 95) <= TARGET_P95 ? 'ok' : `MISSED by ${(pct(l.api, 95) - TARGET_P95).toFixed(1)} ms`}`,
    );

  const slowest = [...lines].sort((a, b) => pct(b.api, 95) - pct(a.api, 95));
  for (const l of process.env.BENCH_EXPLAIN === 'all' ? lines : slowest.slice(0, 2)) {
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
  if (process.env.BENCH_KEEP || reuse) console.log(`kept database: ${url}`);
  else await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  if (cluster) execFileSync(join(root, 'scripts/pg-throwaway.sh'), ['stop', cluster]);
}

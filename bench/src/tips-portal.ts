// Portal tip submissions on PostgreSQL (issue 10 "Must show": ≥ 300 submissions/s on 2 cores, with p99), beside a
// plain INSERT of a row of the same size in the same run. A submission is POST /api/v1/public/tips through Fastify
// (inject): zod validation and NFC, the proof-of-work check (challenges solved before the clock starts), the
// spent-challenge row, the global bucket, the place → unit, the receipt code's keyed scrypt, the reporter's details
// sealed (AES-256-GCM), the tip row and its `tip.submit` audit row (hash-chained, one advisory lock) in one
// transaction, serialisation.
//
// Run: npm run bench:tips
//   BENCH_DATABASE_URL=postgres://user@host:port/db → a fresh database next to it, dropped after
//   (unset: a throwaway PostgreSQL 15 cluster from scripts/pg-throwaway.sh, stopped after)
//   BENCH_TIPS=2000 BENCH_CONCURRENCY=16
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { solvePowSync } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { ensureSystemAccount } from '../../apps/server/src/modules/access/system-account.ts';
import { appendAudit, systemContext } from '../../apps/server/src/modules/audit/audit.recorder.ts';
import { defaultReceiptHashCost } from '../../apps/server/src/modules/tips/tip-receipt.ts';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { createBenchApp, unitId } from './bench-app.ts';
import { fmt, pct } from './stats.ts';

const N = Number(process.env.BENCH_TIPS ?? 2000);
const C = Number(process.env.BENCH_CONCURRENCY ?? 8);
const root = fileURLToPath(new URL('../..', import.meta.url));
let cluster: string | null = null;
let serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  cluster = mkdtempSync(join(tmpdir(), 'pcmt-bench-pg-'));
  serverUrl = execFileSync(join(root, 'scripts/pg-throwaway.sh'), ['start', cluster], {
    encoding: 'utf8',
  }).trim();
}
const dbName = `pcmt_bench_tips_${process.pid}_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
const u = new URL(serverUrl);
u.pathname = `/${dbName}`;
const url = u.toString();

/** Runs `n` jobs with `c` in flight; returns each job's latency and the wall time. */
async function pool(n: number, c: number, job: (i: number) => Promise<void>) {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: c }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await job(i);
        lat.push(performance.now() - t);
      }
    }),
  );
  return { lat, wall: performance.now() - t0 };
}
const line = (name: string, r: { lat: number[]; wall: number }, n: number) =>
  console.log(
    `${name.padEnd(44)} ${(n / (r.wall / 1000)).toFixed(0).padStart(6)} /s   p50 ${fmt(pct(r.lat, 50)).padStart(10)}  p99 ${fmt(pct(r.lat, 99)).padStart(10)}`,
  );

const database = await openDatabase({ backend: 'postgres', url });
try {
  await migrateDatabase(database, url);
  await seedUnits(database.db);
  const { app, services, db } = await createBenchApp(database);
  await ensureSystemAccount(database.db);
  const tips = services.registers.tips;
  const here = await unitId(db, '23293', '2026-03-01');
  console.log(
    `PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version}, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${N} submissions, ${C} in flight; pool of 10 connections\n`);

  const body = (i: number) => ({
    content: `Tố giác số ${i}: có người mua bán trái phép chất ma túy tại khu vực chợ đêm, thường vào khoảng 21 giờ, đi xe máy biển số không rõ.`,
    place: { kind: 'unit', unitId: here },
    address: 'Hẻm 12, tổ 3',
    reporter: { name: 'Nguyễn Văn Mẫu', phone: '0905000111' },
  });

  // Baseline: the same bytes in a plain INSERT through a pg pool of the same size (no validation, no crypto, no audit).
  await admin.end();
  const plain = new pg.Pool({ connectionString: url, max: 10 });
  await plain.query(
    'create table bench_plain (id uuid primary key default gen_random_uuid(), content text, address text, reporter text, created_at timestamptz default now())',
  );
  const baseline = await pool(N, C, async (i) => {
    const b = body(i);
    await plain.query('insert into bench_plain (content, address, reporter) values ($1, $2, $3)', [
      b.content,
      b.address,
      JSON.stringify(b.reporter),
    ]);
  });

  // Second baseline: the same INSERT plus one audit row in the same transaction (the hash chain's advisory lock
  // is held from the append to the commit, so every audited write of the database queues here).
  const audited = await pool(N, C, async (i) => {
    const b = body(i);
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into bench_plain (content, address, reporter) values (${b.content}, ${b.address}, ${JSON.stringify(b.reporter)})`,
      );
      await appendAudit(tx, systemContext('bench'), {
        action: 'tip.submit',
        recordType: 'tip',
        after: { i },
      });
    });
  });

  const run = async (name: string, cost: { N: number; r: number; p: number }, count = N) => {
    tips.portal.configure({
      submitDifficulty: 8,
      raisedBits: 0,
      submit: { capacity: 1e9, perSecond: 1e6, reserve: 0 },
      receiptHashCost: cost,
    });
    const solved: { challenge: string; nonce: string }[] = [];
    for (let i = 0; i < count; i++) {
      const c = await tips.portal.challenge('submit');
      solved.push({ challenge: c.challenge, nonce: solvePowSync(c.challenge, c.difficulty) });
    }
    const r = await pool(count, C, async (i) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/public/tips',
        payload: { ...solved[i], ...body(i) },
      });
      if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
    });
    if (name) line(name, r, count);
    return r;
  };
  line('baseline: plain INSERT (pg pool)', baseline, N);
  line('baseline: INSERT + audit row (one transaction)', audited, N);
  const d = defaultReceiptHashCost;
  await run('', d, Math.ceil(N / 4)); // warm-up (JIT, pool, caches), not printed: the first timed line is not penalised
  await run(`portal submission, scrypt N=${d.N} r=${d.r} (default)`, d);
  await run('portal submission, scrypt N=1024 r=8 (first choice)', { N: 1024, r: 8, p: 1 });
  await run('portal submission, scrypt N=16 (hash ≈ free)', { N: 16, r: 1, p: 1 });
  const [{ n }] = (await plain.query('select count(*)::int as n from tip')).rows;
  console.log(
    `\n${n} tips stored; audit rows: ${(await plain.query("select count(*)::int as n from audit_event where action = 'tip.submit' and request_id like 'portal:%'")).rows[0].n}`,
  );
  await plain.end();
  await app.close();
} finally {
  // Pool clients finish closing after pool.end() resolves: the forced drop below must not crash them.
  (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => undefined);
  await database.close();
  const a = new pg.Client({ connectionString: serverUrl });
  await a.connect();
  await a.query(`drop database if exists ${dbName} with (force)`);
  await a.end();
  if (cluster) execFileSync(join(root, 'scripts/pg-throwaway.sh'), ['stop', cluster]);
}

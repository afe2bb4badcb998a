// The hotspot map in Chromium: time from navigation to the first render with every cluster drawn (the page
// sets data-ready on the map once the boundaries are drawn and the points grouped and painted), cold (new
// browser context: empty cache) and warm (second visit in the same context). Timed on the page's clock:
// performance.now() (origin: the navigation start) when data-ready turns true, caught by a MutationObserver;
// the time the driver hears of it (the page's own promise, no polling) is printed too. Hotspots are written straight
// into the database, spread at random over the polygons of the province's 96 communes (today's units).
// Baseline in the same run: 500 hotspots, then the same database grown to 5 000. Target (issue 7): ≤ 1 s.
// Needs the built web app (npm run build -w @pcmt/web) and Debian's Chromium (PCMT_CHROMIUM overrides).
// Run: npm run bench:map (BENCH_PROFILE=1 prints a CPU profile of the last cold visit; BENCH_WEB_DIST=<dir> serves another build, e.g. a copy of dist from before a change,
// so before and after can alternate in the same hour)
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../../apps/server/src/http/app.ts';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { hotspot } from '../../apps/server/src/platform/db/schema/index.ts';
import { createServices } from '../../apps/server/src/services.ts';
import {
  createAgency,
  createUser,
  signInFully,
  testKeyring,
  unitId,
} from '../../apps/server/test/fixtures.ts';
import { pct } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.PCMT_CHROMIUM ?? '/usr/bin/chromium';
const STATUSES = [
  'detected',
  'verifying',
  'active',
  'fighting',
  'eliminated',
  'watching',
  'stable',
  'reactivated',
];

type Ring = [number, number][];
type Feature = {
  properties: { id: string; type: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
};

/** Ray casting over the outer rings (holes are rare in commune polygons and do not matter for a spread). */
function inside(lng: number, lat: number, polygons: Ring[][]): boolean {
  let hit = false;
  for (const [ring] of polygons) {
    if (!ring) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

/** A deterministic generator, so every run seeds the same places. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const database = await openDatabase({ backend: 'pglite', dir: null });
await migrateDatabase(database);
await seedUnits(database.db);
// The real app (as createTestApp builds it) serving the built web app, as `npm start` does.
const services = createServices(database.db, testKeyring());
// BENCH_WEB_DIST=<dir>[,<dir>…]: one app per build over the same database, visited in turn in every run, so
// builds before and after a change are compared under the same load (the first is the baseline).
const dists = (
  process.env.BENCH_WEB_DIST ?? fileURLToPath(new URL('../../apps/web/dist', import.meta.url))
).split(',');
const serverTimes: string[] = [];
const apps = await Promise.all(
  dists.map(async (webDist) => {
    const a = await buildApp({
      database,
      services,
      logger: false,
      sessionHours: 12,
      sessionIdleMinutes: 60,
      secureCookies: false,
      authPerMinute: 10_000,
      trustProxy: false,
      webDist,
    });
    // BENCH_TRACE=1: the server's own time per response (it shares this process with the driver and PGlite).
    if (process.env.BENCH_TRACE === '1')
      a.addHook('onResponse', async (req, reply) => {
        serverTimes.push(`${reply.elapsedTime.toFixed(1).padStart(6)} ms  ${req.url}`);
      });
    await a.ready();
    return a;
  }),
);
const app = apps[0]!;
const db = database.db;
const province = await unitId(db, '51', '2026-01-01');
const agencyId = await createAgency(db, { kind: 'drug_police', unitIds: [province] });
const user = await createUser(db, { agencyId, roles: ['drug_police'] });
const session = await signInFully(app, user.username);
const origins: string[] = [];
for (const a of apps) {
  await a.listen({ port: 0, host: '127.0.0.1' });
  origins.push(`http://127.0.0.1:${(a.server.address() as AddressInfo).port}`);
}
// The origin of the build being visited (a session cookie of 127.0.0.1 holds for every port).
let url = origins[0]!;

const boundaries = (await services.units.boundaries('2026-01-01')) as unknown as { features: Feature[] };
const communes = boundaries.features
  .filter((f) => f.properties.type !== 'tinh')
  .map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const points = polygons.flatMap((p) => p[0] ?? []);
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    return {
      id: f.properties.id,
      polygons,
      box: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)] as const,
    };
  });
console.log(`${communes.length} communes with polygons`);

const rnd = random(7);
let seeded = 0;
async function seedTo(total: number) {
  while (seeded < total) {
    const batch = Math.min(500, total - seeded);
    const rows = Array.from({ length: batch }, (_, k) => {
      const i = seeded + k;
      const c = communes[i % communes.length]!;
      let lng = 0;
      let lat = 0;
      for (let tries = 0; tries < 200; tries++) {
        lng = c.box[0] + rnd() * (c.box[2] - c.box[0]);
        lat = c.box[1] + rnd() * (c.box[3] - c.box[1]);
        if (inside(lng, lat, c.polygons)) break;
      }
      const day = new Date(Date.UTC(2025, 6, 1) + Math.floor(rnd() * 480) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return {
        unitId: c.id,
        agencyId,
        createdBy: user.id,
        updatedBy: user.id,
        kind: i % 4 === 0 ? 'gathering' : 'spot',
        name: `Điểm thử bản đồ ${i}`,
        behaviours: ['group_use'],
        status: STATUSES[i % STATUSES.length]!,
        statusSince: day,
        detectedOn: day,
        lat,
        lng,
      };
    });
    await db.insert(hotspot).values(rows);
    seeded += batch;
  }
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const cookieValue = session.cookie.slice(session.cookie.indexOf('=') + 1);
const newContext = async () => {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  });
  await context.addCookies([
    { name: 'pcmt_session', value: cookieValue, url, httpOnly: true, sameSite: 'Strict' },
  ]);
  // The page's own clock: when the map turns data-ready (with its point count), relative to the navigation
  // start (performance.now()). A MutationObserver callback runs in the same task as the change, so this is
  // exact; Playwright's own wait polls with a back-off (up to 500 ms between checks) and would add its lag.
  await context.addInitScript(() => {
    const w = globalThis as unknown as {
      __mapReady: Record<string, number>;
      __mapWaiters: ((n: string) => void)[];
      document: { querySelector: (s: string) => { dataset: Record<string, string> } | null };
      MutationObserver: new (cb: () => void) => { observe: (n: unknown, o: object) => void };
    };
    w.__mapReady = {};
    w.__mapWaiters = [];
    new w.MutationObserver(() => {
      const el = w.document.querySelector('[data-testid="hotspot-map"][data-ready="true"][data-boundaries]');
      const n = el?.dataset.points;
      if (n === undefined || w.__mapReady[n] !== undefined) return;
      w.__mapReady[n] = performance.now();
      for (const waiter of w.__mapWaiters) waiter(n);
    }).observe(w.document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  return context;
};

/** One visit: navigation → map ready with `points` points clustered and drawn. */
type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time by script and the heaviest functions (V8's sampled CPU profile of the page's main thread). */
function printProfile(p: CpuProfile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const script = f.url ? f.url.replace(url, '') : `(${f.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  const busy = [...self].filter(
    ([id]) => !/^\((idle|program)\)$/.test(`(${byId.get(id)!.callFrame.functionName})`),
  );
  console.log(
    `CPU profile: ${busy.reduce((a, [, ms]) => a + ms, 0).toFixed(0)} ms sampled outside idle; by script:`,
  );
  console.log(top(byScript, 25).join('\n'));
  console.log('heaviest functions (self time):');
  console.log(top(byFunction, 25).join('\n'));
  // By 150 ms window from the profile's start (≈ the navigation's): what the main thread did when.
  const windows = new Map<number, Map<string, number>>();
  let t = 0;
  p.samples.forEach((id, i) => {
    t += (p.timeDeltas[i] ?? 0) / 1000;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    const w = Math.floor(t / 150) * 150;
    const m = windows.get(w) ?? new Map<string, number>();
    const script = f.url ? f.url.replace(url, '').replace('/assets/', '') : `(${f.functionName || 'native'})`;
    m.set(script, (m.get(script) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    windows.set(w, m);
  });
  // BENCH_WINDOW=<from>-<to> (ms from the profile's start): the heaviest functions inside that window only.
  const [wFrom, wTo] = (process.env.BENCH_WINDOW ?? '').split('-').map(Number);
  if (wTo !== undefined && wFrom !== undefined) {
    const inWindow = new Map<string, number>();
    let at = 0;
    p.samples.forEach((id, i) => {
      at += (p.timeDeltas[i] ?? 0) / 1000;
      if (at < wFrom || at >= wTo) return;
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(url, '')}:${f.lineNumber}`;
      inWindow.set(key, (inWindow.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`heaviest functions between ${wFrom} and ${wTo} ms:`);
    console.log(top(inWindow, 40).join('\n'));
  }
  for (const [w, m] of [...windows].sort((a, b) => a[0] - b[0])) {
    const busy = [...m.values()].reduce((a, b) => a + b, 0);
    const heavy = [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    console.log(`  ${String(w).padStart(5)} ms: busy ${busy.toFixed(0).padStart(3)} ms — ${heavy}`);
  }
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string } };
};
/** BENCH_TIMELINE=1 (with BENCH_PROFILE=1): the renderer main thread's top-level work by kind and 100 ms window. */
function printTimeline(trace: { traceEvents: TraceEvent[] }) {
  const ev = trace.traceEvents;
  const main = ev.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      ev.some((x) => x.tid === e.tid && x.name === 'EvaluateScript'),
  );
  if (!main) return console.log('no renderer main thread in the trace');
  const nav =
    ev.find((e) => e.tid === main.tid && (e.name === 'navigationStart' || e.name === 'ResourceSendRequest'))
      ?.ts ?? 0;
  const top = ev
    .filter(
      (e) =>
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.dur &&
        e.name !== 'RunTask' &&
        e.name !== 'ThreadControllerImpl::RunTask',
    )
    .sort((a, b) => a.ts - b.ts);
  // Top level only: an event inside one already counted is skipped.
  let end = 0;
  const byWindow = new Map<number, Map<string, number>>();
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    const w = Math.floor((e.ts - nav) / 100_000) * 100;
    const m = byWindow.get(w) ?? new Map<string, number>();
    const what =
      e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'
        ? `${e.name}`
        : e.name;
    m.set(what, (m.get(what) ?? 0) + (e.dur ?? 0) / 1000);
    byWindow.set(w, m);
  }
  const total = new Map<string, number>();
  for (const m of byWindow.values()) for (const [k, v] of m) total.set(k, (total.get(k) ?? 0) + v);
  console.log(
    `  main thread, top-level events until ready: ${[...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ')}`,
  );
  for (const [w, m] of [...byWindow].sort((a, b) => a[0] - b[0])) {
    const busy = [...m.values()].reduce((a, b) => a + b, 0);
    const heavy = [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    console.log(`  ${String(w).padStart(5)} ms: busy ${busy.toFixed(0).padStart(3)} — ${heavy}`);
  }
}

async function visit(
  context: Awaited<ReturnType<typeof newContext>>,
  points: number,
  trace = false,
  profile = false,
) {
  const page = await context.newPage();
  // A build that breaks shows why, not only a timeout.
  page.on('pageerror', (e) => console.error(`page error at ${url}: ${e.message}`));
  serverTimes.length = 0;
  // BENCH_SERVER_PROFILE=1: a CPU profile of this process (server, PGlite, driver) during the traced visit.
  const inspector =
    trace && process.env.BENCH_SERVER_PROFILE === '1'
      ? new (await import('node:inspector/promises')).Session()
      : null;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const eluBefore = performance.eventLoopUtilization();
  const started = performance.now();
  // BENCH_TRACE=1: when each request started and ended, relative to the navigation, and its bytes on the wire.
  if (trace) {
    const begun = new Map<unknown, number>();
    page.on('request', (r) => begun.set(r, performance.now() - started));
    page.on('requestfinished', async (r) => {
      const end = performance.now() - started;
      const sizes = await r.sizes().catch(() => null);
      const kB = sizes ? ((sizes.responseBodySize + sizes.responseHeadersSize) / 1000).toFixed(1) : '?';
      console.log(
        `  ${String(Math.round(begun.get(r) ?? 0)).padStart(5)} → ${String(Math.round(end)).padStart(5)} ms  ${kB.padStart(6)} kB  ${r.url().replace(url, '')}`,
      );
    });
  }
  // BENCH_PROFILE=1: a CPU profile of the main thread from navigation to the map drawn, by script and function.
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const timeline = process.env.BENCH_TIMELINE === '1' && (profile || trace);
  if (timeline)
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading'],
    });
  await page.goto(`${url}/hotspots/map`, { waitUntil: 'commit' });
  // Told by the page itself (the init script's observer), not found by Playwright's polling: a locator's
  // wait runs queries in the page on every frame, main-thread time a real visit does not spend.
  const ready = page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const w = globalThis as unknown as {
          __mapReady: Record<string, number>;
          __mapWaiters: ((n: string) => void)[];
        };
        if (w.__mapReady[String(n)] !== undefined) resolve();
        else w.__mapWaiters.push((m) => m === String(n) && resolve());
      }),
    points,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    ready,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`map not drawn with ${points} points in 60 s`)), 60_000);
    }),
  ]).finally(() => clearTimeout(timer));
  const observed = performance.now() - started;
  if (inspector) {
    const { profile: prof } = (await inspector.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    inspector.disconnect();
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const byPlace = new Map<string, number>();
    const byFn = new Map<string, number>();
    prof.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      if (f.functionName === '(idle)') return;
      const place = f.url
        .replace(/^.*node_modules\//, '')
        .replace(/^file:\/\/.*\/apps\//, 'apps/')
        .split('/')
        .slice(0, 3)
        .join('/');
      const ms = (prof.timeDeltas[i] ?? 0) / 1000;
      byPlace.set(place || `(${f.functionName})`, (byPlace.get(place || `(${f.functionName})`) ?? 0) + ms);
      const fn = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/')}:${f.lineNumber}`;
      byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
    console.log(`  server process profile by place:\n${top(byPlace, 20)}\n  by function:\n${top(byFn, 25)}`);
  }
  if (trace) {
    const cpu = process.cpuUsage(cpuBefore);
    const elu = performance.eventLoopUtilization(eluBefore);
    console.log(
      `  this process (server, PGlite, driver) until ready: CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, event loop busy ${elu.active.toFixed(0)} ms of ${(elu.active + elu.idle).toFixed(0)} ms`,
    );
  }
  if (timeline) printTimeline(JSON.parse((await browser.stopTracing()).toString('utf8')));
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile as CpuProfile);
  const ms = await page.evaluate(
    (n) =>
      (globalThis as unknown as { __mapReady: Record<string, number> }).__mapReady[String(n)] ?? Number.NaN,
    points,
  );
  const drawn = Number(await page.getByTestId('hotspot-map').getAttribute('data-clusters'));
  // BENCH_TRACE=1: the browser's own resource timings (the driver's events above arrive late when the server,
  // which shares this process, is busy): start → first byte → end, on the page's clock.
  if (trace) {
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as unknown as {
          name: string;
          startTime: number;
          responseStart: number;
          responseEnd: number;
          encodedBodySize: number;
        };
        return [r.name, r.startTime, r.responseStart, r.responseEnd, r.encodedBodySize] as const;
      }),
    );
    const prof = await page.evaluate(() => (globalThis as unknown as { __prof?: string[] }).__prof ?? []);
    if (prof.length) console.log(`  React commits (profiling build):\n    ${prof.join('\n    ')}`);
    console.log(`  server time per response:\n    ${serverTimes.splice(0).join('\n    ')}`);
    console.log('  resource timing (page clock): start → first byte → end');
    for (const [name, start, first, end, size] of entries)
      console.log(
        `  ${String(Math.round(start)).padStart(5)} → ${String(Math.round(first)).padStart(5)} → ${String(Math.round(end)).padStart(5)} ms  ${(size / 1000).toFixed(1).padStart(6)} kB  ${name.replace(url, '')}`,
      );
  }
  // Not timed: the statistics request that follows the map (Gi*, density) must not spill into the next visit.
  await page.waitForLoadState('networkidle');
  await page.close();
  return { ms, observed, drawn };
}

const results: {
  label: string;
  cold: number[];
  warm: number[];
  coldSeen: number[];
  warmSeen: number[];
  drawn: number;
}[] = [];
try {
  // BENCH_SIZES=5000 skips the 500-hotspot baseline (comparing builds: more runs in the same time).
  for (const total of (process.env.BENCH_SIZES ?? '500,5000').split(',').map(Number)) {
    await seedTo(total);
    // One throwaway visit per build: the server's caches (boundaries, units) and Chromium's process pool are warm.
    for (const origin of origins) {
      url = origin;
      const first = await newContext();
      await visit(first, total);
      await first.close();
    }
    const trace = process.env.BENCH_TRACE === '1';
    const profile = process.env.BENCH_PROFILE === '1';
    const rows = dists.map((dist) => ({
      label: `${total.toLocaleString('vi-VN')} hotspots${dists.length > 1 ? ` ${dist}` : ''}`,
      cold: [] as number[],
      warm: [] as number[],
      coldSeen: [] as number[],
      warmSeen: [] as number[],
      drawn: 0,
    }));
    for (let i = 0; i < RUNS; i++) {
      for (const [d, row] of rows.entries()) {
        url = origins[d]!;
        const context = await newContext();
        if (trace && i === 0) console.log(`cold visit, ${row.label}:`);
        const c = await visit(context, total, trace && i === 0, profile && total === 5000 && i === RUNS - 1);
        row.cold.push(c.ms);
        row.coldSeen.push(c.observed);
        if (trace && i === 0)
          console.log(
            `  ready at ${Math.round(c.ms)} ms (page clock); seen by the driver at ${Math.round(c.observed)} ms`,
          );
        const w = await visit(context, total);
        row.warm.push(w.ms);
        row.warmSeen.push(w.observed);
        row.drawn = w.drawn;
        await context.close();
      }
    }
    results.push(...rows);
  }
  console.log(
    `\n== hotspot map, navigation → clusters drawn (page clock), ${RUNS} runs each, Chromium 1366×768, loopback ==`,
  );
  const base = results[0]!;
  for (const r of results) {
    const ratio = (a: number[], b: number[]) => (pct(a, 50) / pct(b, 50)).toFixed(2);
    console.log(
      `${r.label.padEnd(16)} cold p50 ${pct(r.cold, 50).toFixed(0).padStart(5)} ms  p95 ${pct(r.cold, 95).toFixed(0).padStart(5)} ms` +
        `   warm p50 ${pct(r.warm, 50).toFixed(0).padStart(5)} ms  p95 ${pct(r.warm, 95).toFixed(0).padStart(5)} ms` +
        `   markers+clusters on screen ${r.drawn}` +
        (r === base
          ? '   (baseline)'
          : `   ×${ratio(r.cold, base.cold)} cold, ×${ratio(r.warm, base.warm)} warm`),
    );
  }
  console.log(
    'as heard by the driver (the page tells it through a pending evaluate: no polling in the page):',
  );
  for (const r of results)
    console.log(
      `${r.label.padEnd(16)} cold p50 ${pct(r.coldSeen, 50).toFixed(0).padStart(5)} ms  p95 ${pct(r.coldSeen, 95).toFixed(0).padStart(5)} ms` +
        `   warm p50 ${pct(r.warmSeen, 50).toFixed(0).padStart(5)} ms  p95 ${pct(r.warmSeen, 95).toFixed(0).padStart(5)} ms`,
    );
  for (const worst of results.slice(-dists.length))
    console.log(
      `target ≤ 1 000 ms at 5 000 hotspots (cold p50): ${pct(worst.cold, 50).toFixed(0)} ms — ${pct(worst.cold, 50) <= 1000 ? 'met' : 'NOT met'}` +
        ` (cold p95 ${pct(worst.cold, 95).toFixed(0)} ms, warm p50 ${pct(worst.warm, 50).toFixed(0)} ms)`,
    );
} finally {
  await browser.close();
  for (const a of apps) await a.close();
  await database.close();
}

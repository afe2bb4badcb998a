// Locate benchmark: placing a point in its unit, before (every call reads the boundaries of the date from the
// database, then tests each polygon, as unit.service did until the spatial index) and after (one read per era,
// then an in-memory R-tree + point-in-polygon on the candidates), in the same run on the same database.
// Run: npm run bench:locate      (PGlite; set BENCH_DATABASE_URL=postgres://… to add PostgreSQL)

import { sql } from 'drizzle-orm';
import {
  createBoundaryIndexCache,
  databaseBoundarySource,
} from '../../apps/server/src/modules/units/boundary-index-cache.ts';
import { boundariesAt, findUnit } from '../../apps/server/src/modules/units/unit.repository.ts';
import { createUnitService } from '../../apps/server/src/modules/units/unit.service.ts';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { type Database, migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { createTestApp } from '../../apps/server/test/fixtures.ts';
import { type AreaGeometry, createBoundaryIndex, locatePoint } from '../../packages/domain/src/index.ts';
import { pct, report, timeRuns } from './stats.ts';

const RUNS = 200;

/** In-memory lines are far below a millisecond: print them in microseconds. */
const micro = (name: string, values: number[]) =>
  console.log(
    `${name.padEnd(46)} p50 ${(pct(values, 50) * 1000).toFixed(1).padStart(7)} µs  p95 ${(pct(values, 95) * 1000).toFixed(1).padStart(7)} µs`,
  );

/**
 * Fixed pseudo-random points over former Kon Tum's box (107.3–108.6 E, 13.9–15.5 N), kept only when inside one
 * of today's communes: a point outside every unit would skip the unit read and flatter the "after" figure.
 */
function points(n: number, inside: (lat: number, lng: number) => boolean): [lat: number, lng: number][] {
  let seed = 20260701;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: [number, number][] = [];
  while (out.length < n) {
    const p: [number, number] = [13.9 + 1.6 * next(), 107.3 + 1.3 * next()];
    if (inside(...p)) out.push(p);
  }
  return out;
}

async function bench(label: string, database: Database, url?: string) {
  console.log(`\n== ${label} ==`);
  await migrateDatabase(database, url);
  await seedUnits(database.db);
  const db = database.db;
  const { app } = await createTestApp(database);
  const today = createBoundaryIndex(
    (await boundariesAt(db, '2026-01-01')).map((b) => ({
      geometry: b.geometry as AreaGeometry,
      level: b.level,
      value: b.id,
    })),
  );
  const pts = points(RUNS, (lat, lng) => today.locate(lat, lng) !== null);
  let i = 0;
  const nextPoint = () => pts[i++ % pts.length]!;

  const plain = await timeRuns(RUNS, () =>
    db.execute(sql`select id, code, name from unit where valid_to is null`),
  );
  report('baseline: plain select of current units', plain);

  for (const at of ['2026-01-01', '2024-01-01']) {
    const count = (await boundariesAt(db, at)).length;
    console.log(`-- at=${at}: ${count} boundaries`);
    // Before: the old unit.service locate, verbatim: read every boundary of the date, test each, read the unit.
    i = 0;
    const before = await timeRuns(RUNS, async () => {
      const [lat, lng] = nextPoint();
      const areas = (await boundariesAt(db, at)).map((b) => ({
        geometry: b.geometry as AreaGeometry,
        level: b.level,
        value: b,
      }));
      const hit = locatePoint(areas, lat, lng);
      return hit ? findUnit(db, hit.id) : null;
    });
    report('before: read boundaries + test each + unit', before, plain);

    // After: the service's new locate, verbatim: the cached index, then the unit row. The first call, which
    // reads the boundaries and builds the index, is timed apart.
    const cache = createBoundaryIndexCache(databaseBoundarySource(db));
    const t0 = performance.now();
    await cache.locate(14.3545, 108.013, at);
    console.log(
      `after: first call (reads boundaries, builds the index) ${(performance.now() - t0).toFixed(2)} ms`,
    );
    i = 0;
    const after = await timeRuns(RUNS, async () => {
      const [lat, lng] = nextPoint();
      const id = await cache.locate(lat, lng, at);
      return id ? findUnit(db, id) : null;
    });
    report('after: index + unit', after, plain);

    // The whole service call; before 2025 it also lists the candidate communes (two more reads).
    const units = createUnitService(db);
    await units.locatePoint(14.3545, 108.013, at);
    i = 0;
    const service = await timeRuns(RUNS, () => {
      const [lat, lng] = nextPoint();
      return units.locatePoint(lat, lng, at);
    });
    report('unit.service.locatePoint (indexed)', service, plain);

    // The index alone, no database: what is left of a locate besides the unit row read.
    const index = createBoundaryIndex(
      (await boundariesAt(db, at)).map((b) => ({
        geometry: b.geometry as AreaGeometry,
        level: b.level,
        value: b.id,
      })),
    );
    i = 0;
    const pure = await timeRuns(RUNS * 10, async () => {
      const [lat, lng] = nextPoint();
      return index.locate(lat, lng);
    });
    micro('index.locate alone (in memory)', pure);
    const areas = (await boundariesAt(db, at)).map((b) => ({
      geometry: b.geometry as AreaGeometry,
      level: b.level,
      value: b.id,
    }));
    i = 0;
    const scan = await timeRuns(RUNS * 10, async () => {
      const [lat, lng] = nextPoint();
      return locatePoint(areas, lat, lng);
    });
    micro('locatePoint scan alone (in memory)', scan);
  }

  i = 0;
  const http = await timeRuns(RUNS, () => {
    const [lat, lng] = nextPoint();
    return app.inject({ method: 'GET', url: `/api/v1/units/locate?lat=${lat}&lng=${lng}&at=2026-01-01` });
  });
  report('GET /api/v1/units/locate (indexed)', http, plain);
  await app.close();
  await database.close();
}

await bench('PGlite (in-memory)', await openDatabase({ backend: 'pglite', dir: null }));
const url = process.env.BENCH_DATABASE_URL;
if (url) await bench('PostgreSQL', await openDatabase({ backend: 'postgres', url }), url);
console.log(`\nRSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);

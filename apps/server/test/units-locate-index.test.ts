import { expect, it } from 'vitest';
import { type BoundarySource, databaseBoundarySource } from '../src/modules/units/boundary-index-cache.ts';
import { createUnitService } from '../src/modules/units/unit.service.ts';
import { describeEachBackend } from './db.ts';

/** The database source, counting how often each read runs. */
function countingSource(inner: BoundarySource) {
  const reads = { boundariesAt: [] as string[], changeDates: 0 };
  const source: BoundarySource = {
    boundariesAt: (at) => {
      reads.boundariesAt.push(at);
      return inner.boundariesAt(at);
    },
    changeDates: () => {
      reads.changeDates++;
      return inner.changeDates();
    },
  };
  return { source, reads };
}

// bandoLonLat of Phường Kon Tum (units_2025.json), as in units.test.ts.
const [lat, lng] = [14.3545, 108.013];

describeEachBackend('locating a point through the boundary index', (getDb) => {
  it('reads the boundaries of an era once, however many points are located in it', async () => {
    const { source, reads } = countingSource(databaseBoundarySource(getDb().db));
    const units = createUnitService(getDb().db, { boundaries: source });

    const first = await units.locatePoint(lat, lng, '2026-01-01');
    const second = await units.locatePoint(lat + 0.01, lng, '2026-03-15');
    expect(first).toMatchObject({ precision: 'commune', unit: { code: '23293', name: 'Phường Kon Tum' } });
    expect(second?.precision).toBe('commune');
    // Both dates lie after the 2025 reform: one interval, one read.
    expect(reads.boundariesAt).toEqual(['2026-01-01']);
    expect(reads.changeDates).toBe(1);

    // 2024 is another era (districts). Its path also locates the point in today's units ('9999-12-31'), which
    // fall in the interval already indexed for 2026: no third read.
    const then = await units.locatePoint(lat, lng, '2024-01-01');
    await units.locatePoint(lat, lng, '2024-06-30');
    expect(then?.precision).toBe('district');
    expect(then?.candidates.map((u) => u.code).sort()).toEqual(['23281', '23287', '23290', '23293', '23299']);
    expect(reads.boundariesAt).toEqual(['2026-01-01', '2024-01-01']);

    // Outside every unit: still no read.
    expect(await units.locatePoint(15.5, 109.9, '2026-06-01')).toBeNull();
    expect(reads.boundariesAt).toHaveLength(2);
    expect(reads.changeDates).toBe(1);
  });

  it('shares one read between concurrent first calls, and reads again after invalidation', async () => {
    const { source, reads } = countingSource(databaseBoundarySource(getDb().db));
    const units = createUnitService(getDb().db, { boundaries: source });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => units.locatePoint(lat, lng, '2026-01-01')),
    );
    expect(results.every((r) => r?.unit.code === '23293')).toBe(true);
    expect(reads.boundariesAt).toHaveLength(1);
    units.invalidateBoundaries();
    await units.locatePoint(lat, lng, '2026-01-01');
    expect(reads.boundariesAt).toHaveLength(2);
    expect(reads.changeDates).toBe(2);
  });

  it('keys the cache by the boundary change dates of the data', async () => {
    const dates = await databaseBoundarySource(getDb().db).changeDates();
    // The reform: old province and districts end 30/6/2025, the 2025 communes start 01/7/2025.
    expect(dates).toContain('2025-07-01');
    expect(dates).toEqual([...dates].sort());
  });

  it('retries a failed read instead of caching the failure', async () => {
    const inner = databaseBoundarySource(getDb().db);
    let fail = true;
    const units = createUnitService(getDb().db, {
      boundaries: {
        changeDates: () => inner.changeDates(),
        boundariesAt: (at) => (fail ? Promise.reject(new Error('database down')) : inner.boundariesAt(at)),
      },
    });
    await expect(units.locatePoint(lat, lng, '2026-01-01')).rejects.toThrow('database down');
    fail = false;
    expect((await units.locatePoint(lat, lng, '2026-01-01'))?.unit.code).toBe('23293');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelDensity } from './kde.ts';
import { localProjection } from './projection.ts';

// Centre of Phường Kon Tum.
const kontum = { lat: 14.3545, lng: 108.013 };
/** Σ density × cell area: density is per km², a cell is (s/1000)² km². */
const integral = (s: ReturnType<typeof kernelDensity>) =>
  s.cells.reduce((a, c) => a + c.density, 0) * (s.grid.cellSizeMetres / 1000) ** 2;

describe('kernel density (quartic kernel)', () => {
  it('integrates to the total weight', () => {
    const events = [
      { ...kontum, weight: 1 },
      { lat: kontum.lat + 0.01, lng: kontum.lng, weight: 2 },
      { lat: kontum.lat, lng: kontum.lng + 0.03, weight: 3 },
    ];
    const s = kernelDensity(events, { bandwidthMetres: 1000, cellSizeMetres: 50 });
    expect(s.totalWeight).toBe(6);
    expect(integral(s)).toBeCloseTo(6, 1); // midpoint rule, cell = h/20: error well under 1 %
    expect(Math.abs(integral(s) - 6) / 6).toBeLessThan(0.005);
  });

  it('peaks at 3/(π h²) above a single event and is zero beyond h', () => {
    const h = 2000;
    // A 5 km box centred on the event, 500 m cells: the event sits on the corner of four cells.
    const p = localProjection(kontum);
    const [lat0, lng0] = p.toLatLng(-2500, -2500);
    const [lat1, lng1] = p.toLatLng(2500, 2500);
    const s = kernelDensity([kontum], {
      bandwidthMetres: h,
      cellSizeMetres: 500,
      bbox: { minLat: lat0, minLng: lng0, maxLat: lat1, maxLng: lng1 },
      projection: p,
    });
    expect([s.grid.rows, s.grid.cols]).toEqual([10, 10]);
    // Cells of 500 m from −2500: centres at ±250, ±750 …: the nearest centre is (250, 250) away.
    const d2 = 250 ** 2 * 2;
    expect(s.max).toBeCloseTo((3 / (Math.PI * h * h)) * (1 - d2 / (h * h)) ** 2 * 1e6, 9);
    // Corner cell centre (−2250, −2250) is 3182 m away: beyond h, so not listed.
    expect(s.cells.find((c) => c.row === 0 && c.col === 0)).toBeUndefined();
  });

  it('skips events without a place or with a weight that is not positive, and handles no events', () => {
    const s = kernelDensity(
      [kontum, { lat: Number.NaN, lng: 108 }, { ...kontum, weight: 0 }, { ...kontum, weight: -1 }],
      { bandwidthMetres: 500, cellSizeMetres: 100 },
    );
    expect([s.totalWeight, s.skipped]).toEqual([1, 3]);
    const empty = kernelDensity([], { bandwidthMetres: 500, cellSizeMetres: 100 });
    expect([empty.cells.length, empty.max, empty.totalWeight]).toEqual([0, 0, 0]);
    expect(() => kernelDensity([kontum], { bandwidthMetres: 0, cellSizeMetres: 100 })).toThrow(RangeError);
    expect(() => kernelDensity([kontum], { bandwidthMetres: 1e6, cellSizeMetres: 1 })).toThrow(/exceeds/);
  });

  it('integrates to the total weight for any scatter of events (property)', () => {
    const arbEvent = fc.record({
      lat: fc.double({ min: 14.0, max: 14.6, noNaN: true }),
      lng: fc.double({ min: 107.8, max: 108.3, noNaN: true }),
      weight: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbEvent, { minLength: 1, maxLength: 8 }), (events) => {
        const s = kernelDensity(events, { bandwidthMetres: 1500, cellSizeMetres: 150 });
        expect(Math.abs(integral(s) - s.totalWeight) / s.totalWeight).toBeLessThan(0.02);
      }),
      { numRuns: 40 },
    );
  });
});

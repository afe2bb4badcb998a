import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBoundaryIndex } from './boundary-index.ts';
import { type AreaGeometry, type LocatableArea, locatePoint } from './locate.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

// x is longitude, y latitude: locate(lat, lng) takes them the other way round.
const areas: LocatableArea<string>[] = [
  { geometry: rect(0, 0, 10, 10), value: 'province', level: 1 },
  { geometry: rect(0, 0, 5, 5), value: 'commune-a', level: 2 },
  { geometry: rect(5, 0, 10, 5), value: 'commune-b', level: 2 },
  {
    // An island commune: two parts far apart. A point in the sea between them is not in it.
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        rect(20, 0, 21, 1).coordinates as number[][][],
        rect(29, 0, 30, 1).coordinates as number[][][],
      ],
    },
    value: 'island',
    level: 2,
  },
];

describe('createBoundaryIndex', () => {
  const index = createBoundaryIndex(areas);

  it('returns the deepest containing area, like locatePoint', () => {
    expect(index.locate(1, 1)).toBe('commune-a');
    expect(index.locate(1, 7)).toBe('commune-b');
    expect(index.locate(8, 1)).toBe('province');
    expect(index.size).toBe(4);
  });

  it('tests each part of a multipolygon, not the box around all parts', () => {
    expect(index.locate(0.5, 20.5)).toBe('island');
    expect(index.locate(0.5, 29.5)).toBe('island');
    expect(index.locate(0.5, 25)).toBeNull();
  });

  it('gives a point on a shared edge to the first listed area of the deepest level', () => {
    expect(index.locate(1, 5)).toBe(locatePoint(areas, 1, 5));
    expect(index.locate(1, 5)).toBe('commune-a');
  });

  it('locates nothing outside, for non-numbers, and over an empty set', () => {
    expect(index.locate(50, 50)).toBeNull();
    expect(index.locate(Number.NaN, 1)).toBeNull();
    expect(index.locate(1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(createBoundaryIndex([]).locate(1, 1)).toBeNull();
  });

  it('agrees with locatePoint on random nested rectangles and points (property)', () => {
    const arbRect = fc
      .tuple(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 15 }),
      )
      .map(([x, y, w, h]) => rect(x, y, x + w, y + h));
    const arbAreas = fc.array(
      fc.record({ geometry: arbRect, level: fc.integer({ min: 1, max: 3 }), value: fc.string() }),
      { maxLength: 12 },
    );
    // Points on a half-integer lattice land both inside and exactly on edges and corners.
    const arbPoint = fc.tuple(fc.integer({ min: -50, max: 80 }), fc.integer({ min: -50, max: 80 }));
    fc.assert(
      fc.property(arbAreas, fc.array(arbPoint, { minLength: 1, maxLength: 20 }), (list, points) => {
        const idx = createBoundaryIndex(list);
        for (const [a, b] of points) expect(idx.locate(a / 2, b / 2)).toBe(locatePoint(list, a / 2, b / 2));
      }),
    );
  });

  it('agrees with locatePoint over the 40 shipped commune polygons of 2025', () => {
    const url = new URL('../../../../data/admin-units/kontum_communes_2025.geojson', import.meta.url);
    const fc40 = JSON.parse(readFileSync(url, 'utf8')) as {
      features: { geometry: AreaGeometry; properties: { code: string; level: number } }[];
    };
    const list = fc40.features.map((f) => ({
      geometry: f.geometry,
      level: f.properties.level,
      value: f.properties.code,
    }));
    const idx = createBoundaryIndex(list);
    // A fixed lattice over the province's box (107.3–108.6 E, 13.9–15.5 N), inside and outside the communes.
    let located = 0;
    for (let lat = 13.9; lat <= 15.5; lat += 0.05)
      for (let lng = 107.3; lng <= 108.6; lng += 0.05) {
        const expected = locatePoint(list, lat, lng);
        expect(idx.locate(lat, lng)).toBe(expected);
        if (expected) located++;
      }
    expect(located).toBeGreaterThan(200);
    // Centre of Phường Kon Tum (the units test uses the same point).
    expect(idx.locate(14.3545, 108.013)).toBe('23293');
  });
});

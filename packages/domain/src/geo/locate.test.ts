import { describe, expect, it } from 'vitest';
import { type LocatableArea, locatePoint } from './locate.ts';

const square = (x0: number, y0: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

const areas: LocatableArea<string>[] = [
  { geometry: square(0, 0, 10), value: 'province', level: 1 },
  { geometry: square(0, 0, 5), value: 'commune-a', level: 2 },
  { geometry: square(5, 0, 5), value: 'commune-b', level: 2 },
];

describe('locatePoint', () => {
  it('returns the deepest containing area', () => {
    expect(locatePoint(areas, 1, 1)).toBe('commune-a');
    expect(locatePoint(areas, 1, 7)).toBe('commune-b');
  });
  it('falls back to the wider area when no commune contains the point', () => {
    expect(locatePoint(areas, 8, 1)).toBe('province');
  });
  it('returns null outside every area and for non-numbers', () => {
    expect(locatePoint(areas, 20, 20)).toBeNull();
    expect(locatePoint(areas, Number.NaN, 1)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { calendarPeriodOf, tallyByUnitAndPeriod } from './aggregate.ts';
import { cellAt, cellId, gridOver } from './grid.ts';

describe('tallying events by unit and period', () => {
  it('labels calendar periods', () => {
    expect(calendarPeriodOf('2024-08-15', 'year')).toBe('2024');
    expect(calendarPeriodOf('2024-08-15', 'quarter')).toBe('2024-Q3');
    expect(calendarPeriodOf('2024-12-31T23:00:00Z', 'month')).toBe('2024-12');
    expect(() => calendarPeriodOf('15/08/2024', 'year')).toThrow(RangeError);
  });

  it('sums weights per grid cell and period, and counts what it cannot place', () => {
    const grid = gridOver({ minLat: 14, minLng: 108, maxLat: 14.0175, maxLng: 108.0185 }, 1000);
    expect([grid.rows, grid.cols]).toEqual([2, 2]);
    const ids = [cellId(0, 0), cellId(0, 1), cellId(1, 0), cellId(1, 1)];
    const events = [
      { lat: 14.001, lng: 108.001, date: '2024-02-01' },
      { lat: 14.001, lng: 108.002, date: '2024-03-01', weight: 2 },
      { lat: 14.017, lng: 108.017, date: '2025-05-01' },
      { lat: 15, lng: 108, date: '2025-05-01' }, // outside the grid
    ];
    const unitOf = (e: (typeof events)[number]) => {
      const c = cellAt(grid, e.lat, e.lng);
      return c ? cellId(c.row, c.col) : null;
    };
    const t = tallyByUnitAndPeriod(events, ids, unitOf, (e) => calendarPeriodOf(e.date, 'year'));
    expect(t.periods).toEqual(['2024', '2025']);
    expect(t.values).toEqual([
      [3, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
    expect(t.unplaced).toBe(1);
    // Given periods keep their order, empty ones included, and events of other periods are unplaced.
    const fixed = tallyByUnitAndPeriod(events, ids, unitOf, (e) => calendarPeriodOf(e.date, 'year'), [
      '2023',
      '2024',
    ]);
    expect(fixed.values).toEqual([
      [0, 0, 0, 0],
      [3, 0, 0, 0],
    ]);
    expect(fixed.unplaced).toBe(2);
  });

  it('puts a point on the grid’s outer north-east edge in the last cell', () => {
    const grid = gridOver({ minLat: 14, minLng: 108, maxLat: 14.0175, maxLng: 108.0185 }, 1000);
    const [x, y] = [grid.x0 + 2000, grid.y0 + 2000];
    const [lat, lng] = grid.projection.toLatLng(x, y);
    expect(cellAt(grid, lat, lng)).toEqual({ row: 1, col: 1 });
    expect(cellAt(grid, Number.NaN, 108)).toBeNull();
  });
});

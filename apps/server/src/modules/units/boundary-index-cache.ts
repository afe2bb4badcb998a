import { type AreaGeometry, type BoundaryIndex, createBoundaryIndex } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { type BoundaryRow, boundariesAt } from './unit.repository.ts';
import { boundaryChangeDates } from './unit-boundary.repository.ts';

/** Where the cache reads boundaries from; injectable so a test can count the reads. */
export type BoundarySource = {
  boundariesAt(at: string): Promise<BoundaryRow[]>;
  changeDates(): Promise<string[]>;
};

export const databaseBoundarySource = (db: Db): BoundarySource => ({
  boundariesAt: (at) => boundariesAt(db, at),
  changeDates: () => boundaryChangeDates(db),
});

/**
 * One spatial index per interval between two boundary change dates (a unit with a boundary starts or ends).
 * Boundaries change only with a reorganisation of units, so after the first call of an interval a locate reads
 * no boundary at all. A handful of intervals exist (the eras of the seeded history); `maxEntries` bounds the
 * memory if callers walk many eras. The cache lives in the process: whatever writes boundaries (a seed, a future
 * import of a reorganisation) must call `invalidate()`, and other server processes must be restarted.
 */
export function createBoundaryIndexCache(source: BoundarySource, opts: { maxEntries?: number } = {}) {
  const maxEntries = opts.maxEntries ?? 8;
  let changes: Promise<string[]> | null = null;
  // Promises, not indexes: concurrent first calls of one interval share a single read.
  const indexes = new Map<string, Promise<BoundaryIndex<string>>>();

  /** The start of the interval holding `at` (the last change date ≤ `at`), or '' before the first one. */
  const intervalOf = (dates: readonly string[], at: string): string => {
    let lo = 0;
    let hi = dates.length; // invariant: dates[0..lo) ≤ at < dates[hi..)
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? '' : dates[lo - 1]!;
  };

  const build = async (at: string): Promise<BoundaryIndex<string>> =>
    createBoundaryIndex(
      (await source.boundariesAt(at)).map((b) => ({
        geometry: b.geometry as AreaGeometry,
        level: b.level,
        value: b.id,
      })),
    );

  const indexFor = async (at: string): Promise<BoundaryIndex<string>> => {
    if (!changes) {
      changes = source.changeDates();
      changes.catch(() => {
        changes = null; // a failed read is retried by the next call, not cached
      });
    }
    const key = intervalOf(await changes, at);
    let entry = indexes.get(key);
    if (entry) {
      indexes.delete(key); // re-insert: the Map's order is the recency order
    } else {
      entry = build(at);
      entry.catch(() => {
        if (indexes.get(key) === entry) indexes.delete(key);
      });
    }
    indexes.set(key, entry);
    while (indexes.size > maxEntries) indexes.delete(indexes.keys().next().value!);
    return entry;
  };

  return {
    /** The id of the deepest unit valid on `at` whose boundary contains the point, or null. */
    async locate(lat: number, lng: number, at: string): Promise<string | null> {
      return (await indexFor(at)).locate(lat, lng);
    },
    /** Forget every index and the change dates: call after boundaries or unit validity change. */
    invalidate(): void {
      changes = null;
      indexes.clear();
    },
  };
}

export type BoundaryIndexCache = ReturnType<typeof createBoundaryIndexCache>;

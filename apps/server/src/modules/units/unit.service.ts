import type { Unit, UnitLink } from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import {
  type BoundarySource,
  createBoundaryIndexCache,
  databaseBoundarySource,
} from './boundary-index-cache.ts';
import { boundariesAt, findUnit, linkedUnits, listUnitsAt } from './unit.repository.ts';

export type UnitFeatureCollection = {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: unknown;
    properties: {
      id: string;
      code: string;
      name: string;
      type: string;
      level: number;
      parentId: string | null;
      labelPoint: [number, number] | null;
    };
  }[];
};

export type PointLocation = {
  /** The deepest unit valid on the date whose boundary contains the point. */
  unit: Unit;
  /** 'commune' when a commune polygon matched; 'district' or 'province' when only a wider one is known. */
  precision: 'commune' | 'district' | 'province';
  /**
   * When only a wider unit matched (no licensed commune polygons exist before 2025), the communes of that date
   * which, by the 2025 mapping, cover the point's present-day commune.
   */
  candidates: Unit[];
};

const precisionOf = (u: Unit): PointLocation['precision'] =>
  u.type === 'tinh' ? 'province' : ['huyen', 'thanh_pho', 'thi_xa'].includes(u.type) ? 'district' : 'commune';

/** `boundaries` replaces the database as the source of the locate index (tests count its reads). */
export function createUnitService(db: Db, opts: { boundaries?: BoundarySource } = {}) {
  // Boundaries are read once per era and kept in an in-memory spatial index, not re-read on every locate.
  const boundaryIndex = createBoundaryIndexCache(opts.boundaries ?? databaseBoundarySource(db));

  const requireUnit = async (id: string) => {
    const found = await findUnit(db, id);
    if (!found) throw notFound('unit.notFound');
    return found;
  };

  const locate = async (lat: number, lng: number, at: string): Promise<Unit | null> => {
    const id = await boundaryIndex.locate(lat, lng, at);
    // The unit itself is still read (one primary-key row): its stored fields, as before the index existed.
    return id ? ((await findUnit(db, id)) ?? null) : null;
  };

  type CachedBoundaries = { collection: UnitFeatureCollection; json?: string };
  const boundaryCollections = new Map<string, CachedBoundaries>();
  const cachedBoundaries = async (date: string): Promise<CachedBoundaries> => {
    const cached = boundaryCollections.get(date);
    if (cached) return cached;
    const built: CachedBoundaries = { collection: await buildCollection(date) };
    if (boundaryCollections.size >= 16) boundaryCollections.delete(boundaryCollections.keys().next().value!);
    boundaryCollections.set(date, built);
    return built;
  };
  const buildCollection = async (date: string): Promise<UnitFeatureCollection> => {
    const found = await boundariesAt(db, date);
    return {
      type: 'FeatureCollection',
      features: found.map((b) => ({
        type: 'Feature',
        id: b.id,
        geometry: b.geometry,
        properties: {
          id: b.id,
          code: b.code,
          name: b.name,
          type: b.type,
          level: b.level,
          parentId: b.parent_id,
          labelPoint: b.label_point,
        },
      })),
    };
  };

  return {
    /** Forget the cached boundary indexes: call after writing boundaries or changing unit validity. */
    invalidateBoundaries: (): void => {
      boundaryIndex.invalidate();
      boundaryCollections.clear();
    },

    list: (at?: string): Promise<Unit[]> => listUnitsAt(db, at ?? todayInVietnam()),

    async links(id: string, direction: 'successors' | 'predecessors'): Promise<UnitLink[]> {
      await requireUnit(id);
      return linkedUnits(db, id, direction);
    },

    /**
     * The boundaries valid on `at` as GeoJSON. Kept in memory per date (a few hundred kB each, at most 16
     * dates): they change only with a reorganisation, and every map opening asks for them — without the cache
     * the request queues behind other queries on PGlite's single connection.
     */
    async boundaries(at?: string): Promise<UnitFeatureCollection> {
      return (await cachedBoundaries(at ?? todayInVietnam())).collection;
    },

    /**
     * The same as JSON text, written once per date: ~350 kB that every map opening asks for, which
     * JSON.stringify took ~15 ms of the event loop to write again each time.
     */
    async boundariesJson(at?: string): Promise<string> {
      const entry = await cachedBoundaries(at ?? todayInVietnam());
      entry.json ??= JSON.stringify(entry.collection);
      return entry.json;
    },

    /** Places a point in its commune as of `at`, or in the finest unit that era's boundaries allow. */
    async locatePoint(lat: number, lng: number, at?: string): Promise<PointLocation | null> {
      const date = at ?? todayInVietnam();
      const found = await locate(lat, lng, date);
      if (!found) return null;
      const precision = precisionOf(found);
      if (precision === 'commune') return { unit: found, precision, candidates: [] };
      // Narrow through today's commune: its predecessors valid on `date` under the matched unit.
      const today = await locate(lat, lng, '9999-12-31');
      if (!today || precisionOf(today) !== 'commune') return { unit: found, precision, candidates: [] };
      const valid = new Map((await listUnitsAt(db, date)).map((u) => [u.id, u]));
      const candidates = (await linkedUnits(db, today.id, 'predecessors'))
        .map((l) => valid.get(l.unit.id))
        .filter((u): u is Unit => !!u && (u.parentId === found.id || found.type === 'tinh'));
      return { unit: found, precision, candidates };
    },
  };
}

export type UnitService = ReturnType<typeof createUnitService>;

import Flatbush from 'flatbush';
import type { AreaGeometry } from '../geo/locate.ts';
import type { Grid } from './grid.ts';
import { type LatLng, type LocalProjection, projectionAround } from './projection.ts';

/**
 * Binary spatial weights: for each areal unit, the positions (in `ids`) of its neighbours, itself excluded and
 * each listed once, ascending. Gi* adds the unit itself with weight 1 (see getis-ord.ts). Symmetric by
 * construction for every builder here.
 */
export type SpatialWeights = {
  ids: readonly string[];
  neighbours: readonly (readonly number[])[];
};

/** Queen: units sharing at least one boundary point. Rook: units sharing a stretch of boundary. */
export type ContiguityRule = 'queen' | 'rook';

function fromPairs(ids: readonly string[], pairs: Iterable<[number, number]>): SpatialWeights {
  const sets = ids.map(() => new Set<number>());
  for (const [a, b] of pairs) {
    if (a === b) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
  }
  return { ids, neighbours: sets.map((s) => [...s].sort((x, y) => x - y)) };
}

/**
 * Distance band: units whose points (centroids, or cell centres) lie within `threshold` of each other,
 * inclusive (libpysal's DistanceBand counts a pair at exactly the threshold). Planar coordinates in metres.
 */
export function distanceBandWeights(
  points: readonly { id: string; x: number; y: number }[],
  threshold: number,
): SpatialWeights {
  if (!(threshold >= 0)) throw new RangeError(`threshold must be a non-negative distance: ${threshold}`);
  const ids = points.map((p) => p.id);
  if (points.length === 0) return { ids, neighbours: [] };
  const tree = new Flatbush(points.length);
  for (const p of points) tree.add(p.x, p.y, p.x, p.y);
  tree.finish();
  const pairs: [number, number][] = [];
  const t2 = threshold * threshold;
  points.forEach((p, i) => {
    for (const j of tree.search(p.x - threshold, p.y - threshold, p.x + threshold, p.y + threshold)) {
      const q = points[j]!;
      if (j > i && (q.x - p.x) ** 2 + (q.y - p.y) ** 2 <= t2) pairs.push([i, j]);
    }
  });
  return fromPairs(ids, pairs);
}

/** Distance band over lat/lng points (commune centroids), in metres through a local projection. */
export function distanceBandWeightsLatLng(
  points: readonly (LatLng & { id: string })[],
  thresholdMetres: number,
  projection: LocalProjection = projectionAround(points),
): SpatialWeights {
  return distanceBandWeights(
    points.map((p) => {
      const [x, y] = projection.toXY(p.lat, p.lng);
      return { id: p.id, x, y };
    }),
    thresholdMetres,
  );
}

/** Contiguity of grid cells from their row and column (exact, no geometry). Ids as in `gridCells`. */
export function gridWeights(grid: Grid, rule: ContiguityRule, ids: readonly string[]): SpatialWeights {
  if (ids.length !== grid.rows * grid.cols) throw new RangeError('one id per grid cell is needed');
  const pairs: [number, number][] = [];
  const at = (r: number, c: number) => r * grid.cols + c;
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) {
      if (c + 1 < grid.cols) pairs.push([at(r, c), at(r, c + 1)]);
      if (r + 1 < grid.rows) pairs.push([at(r, c), at(r + 1, c)]);
      if (rule === 'queen' && r + 1 < grid.rows) {
        if (c + 1 < grid.cols) pairs.push([at(r, c), at(r + 1, c + 1)]);
        if (c > 0) pairs.push([at(r, c), at(r + 1, c - 1)]);
      }
    }
  return fromPairs(ids, pairs);
}

type Seg = [ax: number, ay: number, bx: number, by: number];
type Shape = { segs: Seg[]; box: [number, number, number, number] };

function shapeOf(geometry: AreaGeometry, projection: LocalProjection): Shape {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const segs: Seg[] = [];
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const ring of polygon) {
      // Every ring counts: a hole's edge touches the enclave inside it.
      const pts = ring.map(([lng, lat]) => projection.toXY(lat!, lng!));
      for (let i = 0; i + 1 < pts.length; i++) {
        const [ax, ay] = pts[i]!;
        const [bx, by] = pts[i + 1]!;
        segs.push([ax, ay, bx, by]);
        box[0] = Math.min(box[0], ax, bx);
        box[1] = Math.min(box[1], ay, by);
        box[2] = Math.max(box[2], ax, bx);
        box[3] = Math.max(box[3], ay, by);
      }
    }
  return { segs, box };
}

function pointSegDist2(px: number, py: number, [ax, ay, bx, by]: Seg): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const [qx, qy] = [ax + t * dx - px, ay + t * dy - py];
  return qx * qx + qy * qy;
}

/** The crossing point of two segments that properly intersect, or null. */
function crossing([ax, ay, bx, by]: Seg, [cx, cy, dx, dy]: Seg): [number, number] | null {
  const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (den === 0) return null;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [ax + t * (bx - ax), ay + t * (by - ay)] : null;
}

const near = (s: Seg, box: [number, number, number, number], tol: number) =>
  Math.max(s[0], s[2]) >= box[0] - tol &&
  Math.min(s[0], s[2]) <= box[2] + tol &&
  Math.max(s[1], s[3]) >= box[1] - tol &&
  Math.min(s[1], s[3]) <= box[3] + tol;

/**
 * How two boundaries meet: the points where they come within `tol` metres (vertices near the other boundary,
 * and crossings, since independently simplified neighbours may overlap a little). No points: not neighbours.
 * Points spread over more than 2·tol: they share a stretch of boundary (rook); else only a point (queen).
 */
function contact(a: Shape, b: Shape, tol: number): 'none' | 'point' | 'edge' {
  const tol2 = tol * tol;
  const segsA = a.segs.filter((s) => near(s, b.box, tol));
  const segsB = b.segs.filter((s) => near(s, a.box, tol));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const sa of segsA)
    for (const sb of segsB) {
      if (pointSegDist2(sa[0], sa[1], sb) <= tol2) add(sa[0], sa[1]);
      if (pointSegDist2(sa[2], sa[3], sb) <= tol2) add(sa[2], sa[3]);
      if (pointSegDist2(sb[0], sb[1], sa) <= tol2) add(sb[0], sb[1]);
      if (pointSegDist2(sb[2], sb[3], sa) <= tol2) add(sb[2], sb[3]);
      const x = crossing(sa, sb);
      if (x) add(x[0], x[1]);
    }
  if (minX > maxX) return 'none';
  return Math.hypot(maxX - minX, maxY - minY) > 2 * tol ? 'edge' : 'point';
}

/**
 * Contiguity weights from polygons (communes), tolerance-based: boundaries closer than `toleranceMetres`
 * count as touching, because polygons simplified one by one leave slivers and gaps along shared borders.
 */
export function contiguityWeights(
  units: readonly { id: string; geometry: AreaGeometry }[],
  opts: { rule?: ContiguityRule; toleranceMetres?: number; projection?: LocalProjection } = {},
): SpatialWeights {
  const rule = opts.rule ?? 'queen';
  const tol = opts.toleranceMetres ?? DEFAULT_CONTIGUITY_TOLERANCE_M;
  if (!(tol >= 0)) throw new RangeError(`tolerance must be a non-negative distance: ${tol}`);
  const ids = units.map((u) => u.id);
  if (units.length === 0) return { ids, neighbours: [] };
  const projection =
    opts.projection ??
    projectionAround(
      units.flatMap((u) =>
        (u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates).flatMap((p) =>
          (p[0] ?? []).map(([lng, lat]) => ({ lat: lat!, lng: lng! })),
        ),
      ),
    );
  const shapes = units.map((u) => shapeOf(u.geometry, projection));
  const tree = new Flatbush(shapes.length);
  for (const s of shapes) tree.add(s.box[0] - tol, s.box[1] - tol, s.box[2] + tol, s.box[3] + tol);
  tree.finish();
  const pairs: [number, number][] = [];
  shapes.forEach((a, i) => {
    for (const j of tree.search(a.box[0], a.box[1], a.box[2], a.box[3])) {
      if (j <= i) continue;
      const how = contact(a, shapes[j]!, tol);
      if (how === 'edge' || (how === 'point' && rule === 'queen')) pairs.push([i, j]);
    }
  });
  return fromPairs(ids, pairs);
}

/** Default tolerance: the shipped commune polygons are simplified to about 50 m (data/admin-units). */
export const DEFAULT_CONTIGUITY_TOLERANCE_M = 10;

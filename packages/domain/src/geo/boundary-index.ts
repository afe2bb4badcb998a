import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { AreaGeometry, LocatableArea } from './locate.ts';

/**
 * A point locator over a fixed set of unit boundaries (those valid on one date), built once and queried many
 * times. Bounding boxes go into a packed R-tree (flatbush); only the few areas whose box holds the point are
 * then tested exactly with turf. The answer is the same as `locatePoint` over the same list: the deepest level
 * wins, and between two areas of one level (a point on a shared edge) the one listed first wins.
 */
export type BoundaryIndex<T> = {
  /** The deepest area containing the point, or null (outside every area, or not a number). */
  locate(lat: number, lng: number): T | null;
  /** How many areas the index holds. */
  readonly size: number;
};

type Box = [minX: number, minY: number, maxX: number, maxY: number];

/** One box per polygon part: a commune with an island part must not get one box spanning the sea between. */
function partBoxes(geometry: AreaGeometry): Box[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const boxes: Box[] = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length === 0) continue;
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of outer as [number, number][]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
    boxes.push(box);
  }
  return boxes;
}

export function createBoundaryIndex<T>(areas: readonly LocatableArea<T>[]): BoundaryIndex<T> {
  const owners: number[] = []; // box number → position of its area in `areas`
  const boxes: Box[] = [];
  areas.forEach((area, i) => {
    for (const box of partBoxes(area.geometry)) {
      boxes.push(box);
      owners.push(i);
    }
  });
  // flatbush refuses an empty index; an empty set of boundaries simply locates nothing.
  const tree = boxes.length > 0 ? new Flatbush(boxes.length) : null;
  if (tree) {
    for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
    tree.finish();
  }

  return {
    size: areas.length,
    locate(lat, lng) {
      if (!tree || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
      // Several parts of one area may match; keep each area once, deepest level first, then list order.
      const candidates = [...new Set(tree.search(lng, lat, lng, lat).map((b) => owners[b]!))].sort(
        (a, b) => areas[b]!.level - areas[a]!.level || a - b,
      );
      const point: [number, number] = [lng, lat];
      for (const i of candidates) {
        const area = areas[i]!;
        if (booleanPointInPolygon(point, area.geometry)) return area.value;
      }
      return null;
    },
  };
}

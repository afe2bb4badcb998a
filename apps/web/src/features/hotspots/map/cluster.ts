/**
 * Clustering of the map's points, computed for one zoom at a time. leaflet.markercluster built a tree of
 * 5 000 Leaflet markers over every zoom level before the first paint (≈ 200 ms of the page's main thread);
 * here the points stay in flat arrays, and grouping them at the current zoom is one pass over a grid
 * (≈ 2–5 ms for 5 000). Only the groups on screen become markers.
 */

import { mercatorX, mercatorY } from './mercator.ts';

/** The points as the map API sends them (parallel arrays), with their projection at zoom 0. */
export type PointSet = {
  readonly n: number;
  readonly id: readonly string[];
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** Index into the API's `statuses`. */
  readonly status: Uint8Array;
  /** Web Mercator pixels at zoom 0 (a 256-pixel world), as Leaflet projects. */
  readonly x: Float64Array;
  readonly y: Float64Array;
};

export type Group = {
  /** Members' indexes into the point set; one member = a single point. */
  readonly members: Int32Array;
  /** The members' mean place (where the group is drawn). */
  readonly lat: number;
  readonly lng: number;
  /** Members per status index. */
  readonly counts: Uint32Array;
  /** Spread of the members: south-west and north-east corners. */
  readonly bounds: readonly [[number, number], [number, number]];
};

/** Projects the points once: `x`, `y` at zoom 0 (EPSG:3857 as Leaflet's default CRS draws it). */
export function pointSet(p: {
  id: readonly string[];
  lat: readonly number[];
  lng: readonly number[];
  status: readonly number[];
}): PointSet {
  const n = p.id.length;
  const lat = Float64Array.from(p.lat);
  const lng = Float64Array.from(p.lng);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = mercatorX(lng[i]!);
    y[i] = mercatorY(lat[i]!);
  }
  return { n, id: p.id, lat, lng, status: Uint8Array.from(p.status), x, y };
}

/** The subset of `set` at `indexes` (a commune chosen in the filters). */
export function subset(set: PointSet, indexes: readonly number[]): PointSet {
  const pick = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const out = make(indexes.length);
    indexes.forEach((i, k) => {
      out[k] = a[i]!;
    });
    return out;
  };
  return {
    n: indexes.length,
    id: indexes.map((i) => set.id[i]!),
    lat: pick(set.lat, (n) => new Float64Array(n)),
    lng: pick(set.lng, (n) => new Float64Array(n)),
    status: pick(set.status, (n) => new Uint8Array(n)),
    x: pick(set.x, (n) => new Float64Array(n)),
    y: pick(set.y, (n) => new Float64Array(n)),
  };
}

/**
 * Groups the points that lie within `radius` screen pixels of a group's first point at `zoom` (greedy, in
 * data order, over a grid of `radius`-sized cells: each point looks at its 3×3 neighbourhood only). A point
 * belongs to exactly one group, so every record is counted once.
 */
export function groupsAt(set: PointSet, zoom: number, radius: number, statusCount: number): Group[] {
  const scale = 2 ** zoom;
  const cells = new Map<number, number[]>();
  // Cell keys: column × 2^26 + row, exact in a double for every zoom Leaflet allows.
  const key = (cx: number, cy: number) => cx * 67_108_864 + cy;
  const cx = new Int32Array(set.n);
  const cy = new Int32Array(set.n);
  for (let i = 0; i < set.n; i++) {
    cx[i] = Math.floor((set.x[i]! * scale) / radius);
    cy[i] = Math.floor((set.y[i]! * scale) / radius);
    const k = key(cx[i]!, cy[i]!);
    const cell = cells.get(k);
    if (cell) cell.push(i);
    else cells.set(k, [i]);
  }
  const taken = new Uint8Array(set.n);
  const groups: Group[] = [];
  const r2 = radius * radius;
  const members: number[] = [];
  for (let i = 0; i < set.n; i++) {
    if (taken[i]) continue;
    members.length = 0;
    const px = set.x[i]! * scale;
    const py = set.y[i]! * scale;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const cell = cells.get(key(cx[i]! + dx, cy[i]! + dy));
        if (!cell) continue;
        for (const j of cell) {
          if (taken[j]) continue;
          const ex = set.x[j]! * scale - px;
          const ey = set.y[j]! * scale - py;
          if (ex * ex + ey * ey <= r2) {
            taken[j] = 1;
            members.push(j);
          }
        }
      }
    groups.push(group(set, members, statusCount));
  }
  return groups;
}

function group(set: PointSet, members: readonly number[], statusCount: number): Group {
  const counts = new Uint32Array(statusCount);
  let lat = 0;
  let lng = 0;
  let s = 90;
  let w = 180;
  let nth = -90;
  let e = -180;
  for (const j of members) {
    const a = set.lat[j]!;
    const o = set.lng[j]!;
    lat += a;
    lng += o;
    if (a < s) s = a;
    if (a > nth) nth = a;
    if (o < w) w = o;
    if (o > e) e = o;
    counts[set.status[j]!] = (counts[set.status[j]!] ?? 0) + 1;
  }
  const n = members.length;
  return {
    members: Int32Array.from(members),
    lat: lat / n,
    lng: lng / n,
    counts,
    bounds: [
      [s, w],
      [nth, e],
    ],
  };
}

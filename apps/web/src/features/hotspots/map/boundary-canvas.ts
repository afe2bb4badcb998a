import type { UnitBoundaries } from '../hotspots-api.ts';
import { type BoundaryStyle, boundaryRank, L } from './leaflet.ts';
import { mercatorX, mercatorY } from './mercator.ts';

type Properties = UnitBoundaries['features'][number]['properties'];
type Unit = {
  properties: Properties;
  /** Each ring as x0, y0, x1, y1… in Web Mercator pixels at zoom 0. */
  rings: Float64Array[];
  /** The unit's extent: at zoom 0 (for culling) and in degrees (for fitting the view). */
  box: [number, number, number, number];
  bounds: L.LatLngBounds;
};

/** A vertex closer than this to the last one drawn is skipped (pixels): a commune at province zoom is small. */
const MIN_STEP = 0.75;

/**
 * The administrative boundaries of a date on one canvas, drawn from flat arrays projected once. `L.geoJSON`
 * made a Leaflet polygon, a LatLng object per vertex (~16 000 for today's 96 communes) and a projection pass
 * of its own before the first paint (≈ 40–70 ms of the page's main thread); here the first draw is a few ms.
 * Leaflet's renderer base class keeps the canvas placed, padded and scaled through pans and zoom animations.
 * Not interactive: clicks reach the map.
 */
export class BoundaryCanvas {
  readonly data: UnitBoundaries;
  private readonly units: Unit[];
  private style: BoundaryStyle;
  readonly layer: L.Layer;

  constructor(data: UnitBoundaries, style: BoundaryStyle) {
    this.data = data;
    this.style = style;
    this.units = data.features
      .map((f) => prepare(f))
      .filter((u): u is Unit => u !== null)
      // The province first, communes on top.
      .sort((a, b) => boundaryRank(a.properties.type) - boundaryRank(b.properties.type));
    this.layer = new Renderer({ draw: (ctx, map, bounds) => this.draw(ctx, map, bounds) });
  }

  /** Restyles (a trend choropleth on or off) without projecting again. */
  setStyle(style: BoundaryStyle): void {
    this.style = style;
    const renderer = this.layer as unknown as { _map?: L.Map; _update: () => void };
    if (renderer._map) renderer._update();
  }

  /** The extent of the units in `ids` (all of them when none of `ids` is drawn; the province left out). */
  boundsOf(ids: ReadonlySet<string> | null): L.LatLngBounds {
    const own = L.latLngBounds([]);
    if (ids)
      for (const u of this.units)
        if (ids.has(u.properties.id) && u.properties.type !== 'tinh') own.extend(u.bounds);
    if (own.isValid()) return own;
    const all = L.latLngBounds([]);
    for (const u of this.units) all.extend(u.bounds);
    return all;
  }

  /** One unit's extent, if it is drawn. */
  unitBounds(id: string): L.LatLngBounds | undefined {
    return this.units.find((u) => u.properties.id === id)?.bounds;
  }

  private draw(ctx: CanvasRenderingContext2D, map: L.Map, view: L.Bounds): void {
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const [minX, minY] = [view.min!.x, view.min!.y];
    const [maxX, maxY] = [view.max!.x, view.max!.y];
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    for (const u of this.units) {
      const [bx0, by0, bx1, by1] = u.box;
      if (bx1 * scale - origin.x < minX || bx0 * scale - origin.x > maxX) continue;
      if (by1 * scale - origin.y < minY || by0 * scale - origin.y > maxY) continue;
      ctx.beginPath();
      for (const ring of u.rings) {
        let lx = ring[0]! * scale - origin.x;
        let ly = ring[1]! * scale - origin.y;
        ctx.moveTo(lx, ly);
        for (let i = 2; i < ring.length; i += 2) {
          const x = ring[i]! * scale - origin.x;
          const y = ring[i + 1]! * scale - origin.y;
          if (Math.abs(x - lx) + Math.abs(y - ly) < MIN_STEP && i < ring.length - 2) continue;
          ctx.lineTo(x, y);
          lx = x;
          ly = y;
        }
        ctx.closePath();
      }
      const s = this.style(u.properties);
      if (s.fill) {
        ctx.globalAlpha = s.fillOpacity ?? 0.2;
        ctx.fillStyle = s.fillColor ?? s.color ?? '#3388ff';
        ctx.fill('evenodd');
      }
      if (s.stroke !== false) {
        ctx.globalAlpha = s.opacity ?? 1;
        ctx.lineWidth = s.weight ?? 3;
        ctx.strokeStyle = s.color ?? '#3388ff';
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
    }
  }
}

function prepare(f: UnitBoundaries['features'][number]): Unit | null {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings: Float64Array[] = [];
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const polygon of polygons)
    for (const ring of polygon) {
      const out = new Float64Array(ring.length * 2);
      ring.forEach(([lng, lat], i) => {
        const x = mercatorX(lng!);
        const y = mercatorY(lat!);
        out[2 * i] = x;
        out[2 * i + 1] = y;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        s = Math.min(s, lat!);
        n = Math.max(n, lat!);
        w = Math.min(w, lng!);
        e = Math.max(e, lng!);
      });
      if (ring.length > 1) rings.push(out);
    }
  if (rings.length === 0) return null;
  return {
    properties: f.properties,
    rings,
    box: [x0, y0, x1, y1],
    bounds: L.latLngBounds([s, w], [n, e]),
  };
}

type Draw = (ctx: CanvasRenderingContext2D, map: L.Map, bounds: L.Bounds) => void;
type RendererInternals = {
  _map: L.Map;
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D | undefined;
  _bounds: L.Bounds;
  options: { draw: Draw };
};

/**
 * A Leaflet renderer (the base class of L.Canvas: padding, placement, zoom animation) whose canvas shows
 * what `draw` paints instead of Leaflet paths. `_update` runs after every move and zoom, like L.Canvas's.
 */
const Renderer = (
  L.Renderer as unknown as { extend: (p: object) => new (o: { draw: Draw }) => L.Layer }
).extend({
  _initContainer(this: RendererInternals) {
    this._container = document.createElement('canvas');
    this._container.style.pointerEvents = 'none';
    this._ctx = this._container.getContext('2d') ?? undefined;
  },
  _destroyContainer(this: RendererInternals) {
    this._container.remove();
    this._ctx = undefined;
  },
  _updatePaths() {},
  _update(this: RendererInternals & { _map: L.Map & { _animatingZoom?: boolean } }) {
    if (this._map._animatingZoom && this._bounds) return;
    (L.Renderer.prototype as unknown as { _update: () => void })._update.call(this);
    const b = this._bounds;
    const size = b.getSize();
    const ratio = L.Browser.retina ? 2 : 1;
    L.DomUtil.setPosition(this._container, b.min!);
    // Setting the size also clears the canvas.
    this._container.width = ratio * size.x;
    this._container.height = ratio * size.y;
    this._container.style.width = `${size.x}px`;
    this._container.style.height = `${size.y}px`;
    const ctx = this._ctx;
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, -b.min!.x * ratio, -b.min!.y * ratio);
    this.options.draw(ctx, this._map, b);
  },
});

import { L } from './leaflet.ts';

export type HeatCell = { lat: number; lng: number; density: number };

/**
 * A heat layer drawn on one canvas from the server's kernel density cells (`/hotspots/statistics`), redrawn
 * after each move or zoom: every cell is a soft disc, yellow to red as the density rises. No plugin, no tiles.
 */
export function heatLayer(cells: readonly HeatCell[], max: number, cellMetres: number): L.Layer {
  let canvas: HTMLCanvasElement | null = null;
  let map: L.Map | null = null;
  const draw = () => {
    if (!canvas || !map) return;
    const size = map.getSize();
    canvas.width = size.x;
    canvas.height = size.y;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const zoom = map.getZoom();
    for (const c of cells) {
      const v = c.density / max;
      if (v < 0.03) continue;
      const p = map.latLngToContainerPoint([c.lat, c.lng]);
      if (p.x < -40 || p.y < -40 || p.x > size.x + 40 || p.y > size.y + 40) continue;
      const metresPerPixel = (40_075_016.686 * Math.cos((c.lat * Math.PI) / 180)) / (256 * 2 ** zoom);
      const r = Math.max(10, (cellMetres / metresPerPixel) * 1.2);
      const hue = Math.round(55 - 55 * v);
      const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, r);
      g.addColorStop(0, `hsla(${hue}, 100%, 50%, ${(0.25 + 0.55 * v).toFixed(2)})`);
      g.addColorStop(1, `hsla(${hue}, 100%, 50%, 0)`);
      ctx.fillStyle = g;
      ctx.fillRect(p.x - r, p.y - r, 2 * r, 2 * r);
    }
  };
  const layer = new L.Layer();
  layer.onAdd = (m: L.Map) => {
    map = m;
    canvas = L.DomUtil.create('canvas', 'pcmt-heat leaflet-zoom-hide') as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    m.getPane('heat')?.appendChild(canvas);
    m.on('moveend zoomend resize', draw);
    draw();
    return layer;
  };
  layer.onRemove = (m: L.Map) => {
    m.off('moveend zoomend resize', draw);
    canvas?.remove();
    canvas = null;
    map = null;
    return layer;
  };
  return layer;
}

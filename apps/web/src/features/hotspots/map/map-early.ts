/**
 * The map's data requests for an address: the boundaries of the date and the points. One file with no
 * imports, because the build copies it into the page-preload script (`apps/web/page-preload.ts`), which asks
 * for both while the app's code is still downloading; the app's map state (`map-state.ts`) takes its
 * defaults from here, so both ask for the same addresses (`map-early.test.ts` holds them to it).
 */

/** `yyyy-mm-dd` naming a day that exists. */
const realDate = (v: string | null): v is string => {
  const m = v ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
};

/** What the points depend on: date of the units, period (default: the three years before this one), filters. */
export function mapDataParams(params: URLSearchParams, today: string) {
  const date = (k: string, fallback: string) => {
    const v = params.get(k);
    return realDate(v) ? v : fallback;
  };
  return {
    at: date('at', today),
    from: date('from', `${Number(today.slice(0, 4)) - 3}-01-01`),
    to: date('to', today),
    status: params.get('status') ?? undefined,
    kind: params.get('kind') ?? undefined,
  };
}

/** The two requests the map draws from, as the API client writes them (`hotspot-paths.ts`). */
export function earlyPaths(params: URLSearchParams, today: string): string[] {
  const p = mapDataParams(params, today);
  const points = new URLSearchParams({ at: p.at, from: p.from, to: p.to });
  if (p.kind) points.set('kind', p.kind);
  for (const s of (p.status ?? '').split(',')) if (s) points.append('status', s);
  return [`/units/boundaries?${new URLSearchParams({ at: p.at })}`, `/hotspots/map?${points}`];
}

import { query } from '../../api/client.ts';

/** API paths of the hotspot pages, shared by their queries and the requests sent at boot (`map/map-prefetch.ts`). */
export type Params = Record<string, string | number | undefined | null>;

/** Repeatable `status` (the list and map accept several): `a,b` in our URLs becomes `status=a&status=b`. */
export function search(params: Params): string {
  const { status, ...rest } = params;
  const base = query(rest);
  const statuses = typeof status === 'string' && status ? status.split(',') : [];
  if (statuses.length === 0) return base;
  const extra = statuses.map((s) => `status=${encodeURIComponent(s)}`).join('&');
  return base ? `${base}&${extra}` : `?${extra}`;
}

export const hotspotMapPath = (params: Params) => `/hotspots/map${search(params)}`;
export const boundariesPath = (at: string) => `/units/boundaries${query({ at })}`;
export const unitsPath = (at: string) => `/units${query({ at })}`;

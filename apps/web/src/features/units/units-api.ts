import type { Unit, UnitLink } from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';

/** Units change by decree, a few times a decade: cache them for the whole visit. */
const FOREVER = Number.POSITIVE_INFINITY;

export const unitsKey = (at: string) => ['units', at] as const;

export const fetchUnits = (at: string, signal?: AbortSignal) =>
  api.get<{ data: Unit[] }>(`/units${query({ at })}`, { signal }).then((r) => r.data);

export const useUnits = (at: string) =>
  useQuery({ queryKey: unitsKey(at), queryFn: ({ signal }) => fetchUnits(at, signal), staleTime: FOREVER });

export type LinkDirection = 'predecessors' | 'successors';

export const linksKey = (id: string, direction: LinkDirection) => ['unit-links', id, direction] as const;

export const fetchUnitLinks = (id: string, direction: LinkDirection, signal?: AbortSignal) =>
  api
    .get<{ data: UnitLink[] }>(`/units/${encodeURIComponent(id)}/${direction}`, { signal })
    .then((r) => r.data);

export const useUnitLinks = (id: string | null, direction: LinkDirection) =>
  useQuery({
    queryKey: linksKey(id ?? '', direction),
    queryFn: ({ signal }) => fetchUnitLinks(id ?? '', direction, signal),
    enabled: id !== null,
    staleTime: FOREVER,
  });

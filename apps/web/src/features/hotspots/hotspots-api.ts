import type {
  Hotspot,
  HotspotCreate,
  HotspotMap,
  HotspotStatistics,
  HotspotTransition,
  HotspotUpdate,
  Paged,
  TimelineEntry,
  Unit,
} from '@pcmt/contracts';
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';
import { arrived, getOnce } from './early.ts';
import { boundariesPath, hotspotMapPath, type Params, search, unitsPath } from './hotspot-paths.ts';

export const hotspotsKey = ['hotspots'] as const;
const FOREVER = Number.POSITIVE_INFINITY;

export const useHotspots = (params: Params) =>
  useQuery({
    queryKey: [...hotspotsKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<Hotspot>>(`/hotspots${search(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** One record (its page, a map popup): one cache entry, so a record opened from the map shows at once. */
const hotspotQuery = (id: string) =>
  queryOptions({
    queryKey: [...hotspotsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Hotspot>(`/hotspots/${encodeURIComponent(id)}`, { signal }),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

export const useHotspot = (id: string) => useQuery(hotspotQuery(id));

/** Reads a record for a map popup, through the cache of `useHotspot`. */
export const fetchHotspot = (client: QueryClient, id: string) => client.fetchQuery(hotspotQuery(id));

export const useHotspotTimeline = (id: string) =>
  useQuery({
    queryKey: [...hotspotsKey, 'timeline', id],
    queryFn: ({ signal }) =>
      api
        .get<{ data: TimelineEntry[] }>(`/hotspots/${encodeURIComponent(id)}/timeline`, { signal })
        .then((r) => r.data),
  });

export const useHotspotMap = (params: Params) =>
  useQuery({
    queryKey: [...hotspotsKey, 'map', params],
    queryFn: ({ signal }) => getOnce<HotspotMap>(hotspotMapPath(params), signal),
    initialData: () => arrived<HotspotMap>(hotspotMapPath(params)),
    placeholderData: keepPreviousData,
  });

export const useHotspotStatistics = (params: Params, enabled: boolean) =>
  useQuery({
    queryKey: [...hotspotsKey, 'statistics', params],
    queryFn: ({ signal }) => api.get<HotspotStatistics>(`/hotspots/statistics${search(params)}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });

export function useSaveHotspot(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: HotspotCreate | HotspotUpdate) =>
      id
        ? api.put<Hotspot>(`/hotspots/${encodeURIComponent(id)}`, body)
        : api.post<Hotspot>('/hotspots', body),
    onSuccess: (saved) => {
      client.setQueryData([...hotspotsKey, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: hotspotsKey });
    },
  });
}

export function useTransitionHotspot(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: HotspotTransition) =>
      api.post<Hotspot>(`/hotspots/${encodeURIComponent(id)}/transitions`, body),
    onSuccess: (saved) => {
      client.setQueryData([...hotspotsKey, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: hotspotsKey });
    },
    onError: () => void client.invalidateQueries({ queryKey: [...hotspotsKey, 'one', id] }),
  });
}

// ---- units of a date, their boundaries, and placing a point ----

export type UnitFeature = GeoJSON.Feature<
  GeoJSON.Geometry,
  {
    id: string;
    code: string;
    name: string;
    type: string;
    level: number;
    parentId: string | null;
    labelPoint: [number, number] | null;
  }
>;
export type UnitBoundaries = GeoJSON.FeatureCollection<GeoJSON.Geometry, UnitFeature['properties']>;

export const useBoundaries = (at: string) =>
  useQuery({
    queryKey: ['unit-boundaries', at],
    queryFn: ({ signal }) => getOnce<UnitBoundaries>(boundariesPath(at), signal),
    initialData: () => arrived<UnitBoundaries>(boundariesPath(at)),
    staleTime: FOREVER,
  });

export const useUnitsAt = (at: string) =>
  useQuery({
    queryKey: ['units', at],
    queryFn: ({ signal }) => api.get<{ data: Unit[] }>(unitsPath(at), { signal }).then((r) => r.data),
    staleTime: FOREVER,
  });

export type Located = {
  unit: Unit;
  precision: 'commune' | 'district' | 'province';
  candidates: Unit[];
} | null;

export const locatePoint = (lat: number, lng: number, at: string, signal?: AbortSignal) =>
  api.get<{ data: Located }>(`/units/locate${query({ lat, lng, at })}`, { signal }).then((r) => r.data);

// ---- evidence files ----

export type EvidenceFile = { id: string; mediaType: string; sizeBytes: number; at: string };

/**
 * The server has no attachment list route yet ("registers return list() with their records", but the hotspot
 * contract carries none): the record's files are read from its timeline, where every upload is an
 * `attachment.create` entry naming the attachment id, type and size.
 */
export function evidenceOf(timeline: readonly TimelineEntry[]): EvidenceFile[] {
  return timeline
    .filter((e) => e.action === 'attachment.create')
    .map((e) => {
      const after = (field: string) => e.changes.find((c) => c.field === field)?.after;
      return {
        id: String(after('attachmentId') ?? ''),
        mediaType: String(after('mediaType') ?? ''),
        sizeBytes: Number(after('sizeBytes') ?? 0),
        at: e.at,
      };
    })
    .filter((f) => f.id);
}

export const attachmentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

/** Multipart upload (the JSON client does not send forms); the CSRF token is the session's. */
export async function uploadEvidence(
  recordId: string,
  file: File,
  csrfToken: string,
  language: string,
): Promise<{ id: string; name: string }> {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetch(`/api/v1/attachments${query({ recordType: 'hotspot', recordId })}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'accept-language': language, 'x-csrf-token': csrfToken },
    body,
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => null)) as {
    id?: string;
    name?: string;
    error?: {
      code: string;
      message: string;
      details?: { path: string; message: string }[];
      requestId: string;
    };
  } | null;
  if (!res.ok)
    throw new ApiError({
      status: res.status,
      code: json?.error?.code ?? 'bad_request',
      message: json?.error?.message ?? '',
      details: json?.error?.details,
      requestId: json?.error?.requestId ?? null,
    });
  return { id: String(json?.id), name: String(json?.name) };
}

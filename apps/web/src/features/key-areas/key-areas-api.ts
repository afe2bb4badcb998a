import type {
  ClassificationRun,
  CommuneClassification,
  CommuneIndicator,
  CommuneIndicatorCreate,
  CommuneIndicatorUpdate,
  CommuneOverview,
  KeyArea,
  KeyAreaCreate,
  KeyAreaRemoval,
  KeyAreaUpdate,
  Paged,
  ProvinceView,
  TargetsView,
  TimelineEntry,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';

export type Params = Record<string, string | number | undefined | null>;

export const areasKey = ['key-areas'] as const;

/** Repeatable filters (`status`, `communeClass`): `a,b` in our URLs becomes `status=a&status=b`. */
export function search(params: Params, repeated: readonly string[] = ['status', 'communeClass']): string {
  const single: Params = {};
  const extra: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (repeated.includes(k) && typeof v === 'string' && v) {
      for (const one of v.split(',')) extra.push(`${k}=${encodeURIComponent(one)}`);
    } else single[k] = v;
  }
  const base = query(single);
  if (extra.length === 0) return base;
  return base ? `${base}&${extra.join('&')}` : `?${extra.join('&')}`;
}

const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;
const id$ = (id: string) => encodeURIComponent(id);

// ---- views of a date ----

export const useProvinceView = (on: string) =>
  useQuery({
    queryKey: [...areasKey, 'province', on],
    queryFn: ({ signal }) => api.get<ProvinceView>(`/areas/province${query({ on })}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const useTargets = (on: string) =>
  useQuery({
    queryKey: [...areasKey, 'targets', on],
    queryFn: ({ signal }) => api.get<TargetsView>(`/areas/targets${query({ on })}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

export const useCommuneOverview = (unitId: string, on: string) =>
  useQuery({
    queryKey: [...areasKey, 'commune', unitId, on],
    queryFn: ({ signal }) =>
      api.get<CommuneOverview>(`/communes/${id$(unitId)}/overview${query({ on })}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

// ---- key areas ----

export const useKeyAreas = (params: Params) =>
  useQuery({
    queryKey: [...areasKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<KeyArea>>(`/areas${search(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const useKeyArea = (id: string) =>
  useQuery({
    queryKey: [...areasKey, 'one', id],
    queryFn: ({ signal }) => api.get<KeyArea>(`/areas/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export const useRecordTimeline = (path: string, id: string, enabled = true) =>
  useQuery({
    queryKey: ['timeline', path, id],
    queryFn: ({ signal }) =>
      api.get<{ data: TimelineEntry[] }>(`${path}/${id$(id)}/timeline`, { signal }).then((r) => r.data),
    enabled,
  });

export function useSaveKeyArea(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: KeyAreaCreate | KeyAreaUpdate) =>
      id ? api.put<KeyArea>(`/areas/${id$(id)}`, body) : api.post<KeyArea>('/areas', body),
    onSuccess: (saved) => {
      client.setQueryData([...areasKey, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: areasKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/areas', saved.id] });
    },
  });
}

export function useRemoveKeyArea(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: KeyAreaRemoval) => api.post<KeyArea>(`/areas/${id$(id)}/removal`, body),
    onSuccess: (saved) => {
      client.setQueryData([...areasKey, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: areasKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/areas', saved.id] });
    },
    onError: () => void client.invalidateQueries({ queryKey: [...areasKey, 'one', id] }),
  });
}

// ---- recorded figures ----

export const useIndicators = (params: Params) =>
  useQuery({
    queryKey: [...areasKey, 'indicators', params],
    queryFn: ({ signal }) =>
      api.get<Paged<CommuneIndicator>>(`/areas/indicators${search(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export function useSaveIndicator(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CommuneIndicatorCreate | CommuneIndicatorUpdate) =>
      id
        ? api.put<CommuneIndicator>(`/areas/indicators/${id$(id)}`, body)
        : api.post<CommuneIndicator>('/areas/indicators', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: areasKey }),
  });
}

// ---- classifications ----

export const useClassifications = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...areasKey, 'classifications', params],
    queryFn: ({ signal }) =>
      api.get<Paged<CommuneClassification>>(`/areas/classifications${search(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export function useRunClassification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ClassificationRun) =>
      api
        .post<CommuneClassification[] | { data: CommuneClassification[] }>('/areas/classifications', body)
        .then((r) => (Array.isArray(r) ? r : r.data)),
    onSuccess: () => void client.invalidateQueries({ queryKey: areasKey }),
  });
}

import type {
  Business,
  BusinessCreate,
  BusinessStatistics,
  BusinessTransition,
  BusinessUpdate,
  Hotspot,
  Inspection,
  InspectionCreate,
  Paged,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const businessesKey = ['businesses'] as const;
const id$ = (id: string) => encodeURIComponent(id);
/** The list's repeatable filters: `line=a,b` in our URLs becomes `line=a&line=b` for the server. */
const REPEATED = ['line', 'status', 'risk'] as const;
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export type ChecklistItemInfo = {
  id: string;
  lines: string[];
  label: { vi: string; en: string };
  drugs: boolean;
  source: string;
  confidence: 'confirmed' | 'likely' | 'unconfirmed';
};

export const useBusinesses = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...businessesKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<Business>>(`/businesses${search(params, REPEATED)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useBusiness = (id: string) =>
  useQuery({
    queryKey: [...businessesKey, 'one', id],
    queryFn: ({ signal }) => api.get<Business>(`/businesses/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export const useInspections = (id: string) =>
  useQuery({
    queryKey: [...businessesKey, 'inspections', id],
    queryFn: ({ signal }) =>
      api.get<{ data: Inspection[] }>(`/businesses/${id$(id)}/inspections`, { signal }).then((r) => r.data),
    retry: noRetryOn4xx,
  });

/** The checklists are data of the code release: read once per session. */
export const useChecklists = () =>
  useQuery({
    queryKey: [...businessesKey, 'checklists'],
    queryFn: ({ signal }) =>
      api.get<{ data: ChecklistItemInfo[] }>('/businesses/checklists', { signal }).then((r) => r.data),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useBusinessStatistics = (params: Params) =>
  useQuery({
    queryKey: [...businessesKey, 'statistics', params],
    queryFn: ({ signal }) =>
      api.get<BusinessStatistics>(`/businesses/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** Hotspots to link, found by name (the hotspot register's own list, in the reader's scope). */
export const useHotspotChoices = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['hotspots', 'list', { q, pageSize: 20 }],
    queryFn: ({ signal }) =>
      api.get<Paged<Hotspot>>(`/hotspots${search({ q, pageSize: 20 }, [])}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Every write answers with the record: it replaces the cached one; lists, inspections and history refresh. */
function useBusinessWrite<B, R>(
  id: string | null,
  send: (body: B) => Promise<R>,
  recordOf: (r: R) => Business,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      const b = recordOf(saved);
      client.setQueryData([...businessesKey, 'one', b.id], b);
      void client.invalidateQueries({ queryKey: businessesKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/businesses', b.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...businessesKey, 'one', id] });
    },
  });
}

export const useSaveBusiness = (id: string | null) =>
  useBusinessWrite(
    id,
    (body: BusinessCreate | BusinessUpdate) =>
      id ? api.put<Business>(`/businesses/${id$(id)}`, body) : api.post<Business>('/businesses', body),
    (b) => b,
  );

export const useTransitionBusiness = (id: string) =>
  useBusinessWrite(
    id,
    (body: BusinessTransition) => api.post<Business>(`/businesses/${id$(id)}/transitions`, body),
    (b) => b,
  );

export const useInspect = (id: string) =>
  useBusinessWrite(
    id,
    (body: InspectionCreate) =>
      api.post<{ inspection: Inspection; business: Business }>(`/businesses/${id$(id)}/inspections`, body),
    (r) => r.business,
  );

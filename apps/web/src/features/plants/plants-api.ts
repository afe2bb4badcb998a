import type {
  CriminalCase,
  Paged,
  Plant,
  PlantCreate,
  PlantStatistics,
  PlantTransition,
  PlantUpdate,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const plantsKey = ['plants'] as const;
const id$ = (id: string) => encodeURIComponent(id);
/** The list's repeatable filters: `species=a,b` in our URLs becomes `species=a&species=b` for the server. */
const REPEATED = ['species', 'status'] as const;
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export const usePlants = (params: Params) =>
  useQuery({
    queryKey: [...plantsKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<Plant>>(`/plants${search(params, REPEATED)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const usePlant = (id: string) =>
  useQuery({
    queryKey: [...plantsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Plant>(`/plants/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export const usePlantStatistics = (params: Params) =>
  useQuery({
    queryKey: [...plantsKey, 'statistics', params],
    queryFn: ({ signal }) => api.get<PlantStatistics>(`/plants/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** Cases to link, found by number (the case register's own list, in the reader's scope). */
export const useCaseChoices = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['cases', 'list', { q, pageSize: 20 }],
    queryFn: ({ signal }) =>
      api.get<Paged<CriminalCase>>(`/cases${search({ q, pageSize: 20 }, [])}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Every write answers with the record: it replaces the cached one; lists and history refresh. */
function usePlantWrite<B>(id: string | null, send: (body: B) => Promise<Plant>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (p) => {
      client.setQueryData([...plantsKey, 'one', p.id], p);
      void client.invalidateQueries({ queryKey: plantsKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/plants', p.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...plantsKey, 'one', id] });
    },
  });
}

export const useSavePlant = (id: string | null) =>
  usePlantWrite(id, (body: PlantCreate | PlantUpdate) =>
    id ? api.put<Plant>(`/plants/${id$(id)}`, body) : api.post<Plant>('/plants', body),
  );

export const useTransitionPlant = (id: string) =>
  usePlantWrite(id, (body: PlantTransition) => api.post<Plant>(`/plants/${id$(id)}/transitions`, body));

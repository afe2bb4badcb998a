import type {
  ActivityTransition,
  MassEvent,
  MassEventCreate,
  MassEventUpdate,
  Paged,
  Propaganda,
  PropagandaCreate,
  PropagandaStatistics,
  PropagandaUpdate,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const propagandaKey = ['propaganda'] as const;
export const massEventsKey = ['mass-events'] as const;
const id$ = (id: string) => encodeURIComponent(id);
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export const usePropagandaList = (params: Params) =>
  useQuery({
    queryKey: [...propagandaKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<Propaganda>>(`/propaganda${search(params, ['status', 'form', 'targetGroup', 'topic'])}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const usePropaganda = (id: string) =>
  useQuery({
    queryKey: [...propagandaKey, 'one', id],
    queryFn: ({ signal }) => api.get<Propaganda>(`/propaganda/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export const usePropagandaStatistics = (params: Params) =>
  useQuery({
    queryKey: [...propagandaKey, 'statistics', params],
    queryFn: ({ signal }) =>
      api.get<PropagandaStatistics>(`/propaganda/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

export const useMassEvents = (params: Params) =>
  useQuery({
    queryKey: [...massEventsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<MassEvent>>(`/mass-events${search(params, ['status', 'kind'])}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const useMassEvent = (id: string) =>
  useQuery({
    queryKey: [...massEventsKey, 'one', id],
    queryFn: ({ signal }) => api.get<MassEvent>(`/mass-events/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

/** Every write answers with the record: it replaces the cached one; lists and history refresh. */
function useWrite<B, T extends { id: string }>(
  key: readonly string[],
  path: string,
  id: string | null,
  send: (body: B) => Promise<T>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      client.setQueryData([...key, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['timeline', path, saved.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...key, 'one', id] });
    },
  });
}

export const useSavePropaganda = (id: string | null) =>
  useWrite(propagandaKey, '/propaganda', id, (body: PropagandaCreate | PropagandaUpdate) =>
    id ? api.put<Propaganda>(`/propaganda/${id$(id)}`, body) : api.post<Propaganda>('/propaganda', body),
  );

export const useTransitionPropaganda = (id: string) =>
  useWrite(propagandaKey, '/propaganda', id, (body: ActivityTransition) =>
    api.post<Propaganda>(`/propaganda/${id$(id)}/transitions`, body),
  );

export const useSaveMassEvent = (id: string | null) =>
  useWrite(massEventsKey, '/mass-events', id, (body: MassEventCreate | MassEventUpdate) =>
    id ? api.put<MassEvent>(`/mass-events/${id$(id)}`, body) : api.post<MassEvent>('/mass-events', body),
  );

export const useTransitionMassEvent = (id: string) =>
  useWrite(massEventsKey, '/mass-events', id, (body: ActivityTransition) =>
    api.post<MassEvent>(`/mass-events/${id$(id)}/transitions`, body),
  );

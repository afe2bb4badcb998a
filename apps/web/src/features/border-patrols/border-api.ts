import type {
  BorderPatrol,
  BorderPatrolCreate,
  BorderPatrolResult,
  BorderPatrolResultCreate,
  BorderPatrolTransition,
  BorderPatrolUpdate,
  BorderReference,
  BorderStatistics,
  Paged,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const borderKey = ['border-patrols'] as const;
const id$ = (id: string) => encodeURIComponent(id);
/** The list's repeatable filters: `status=a,b` in our URLs becomes `status=a&status=b` for the server. */
const REPEATED = ['kind', 'status', 'drugType'] as const;
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export const usePatrols = (params: Params) =>
  useQuery({
    queryKey: [...borderKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<BorderPatrol>>(`/border-patrols${search(params, REPEATED)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const usePatrol = (id: string) =>
  useQuery({
    queryKey: [...borderKey, 'one', id],
    queryFn: ({ signal }) => api.get<BorderPatrol>(`/border-patrols/${id$(id)}`, { signal }),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });

/** Gates and border communes: configuration of the release, read once per session. */
export const useBorderReference = () =>
  useQuery({
    queryKey: [...borderKey, 'reference'],
    queryFn: ({ signal }) => api.get<BorderReference>('/border-patrols/reference', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useBorderStatistics = (params: Params) =>
  useQuery({
    queryKey: [...borderKey, 'statistics', params],
    queryFn: ({ signal }) =>
      api.get<BorderStatistics>(`/border-patrols/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** Every write answers with the patrol: it replaces the cached one; lists and history refresh. */
function usePatrolWrite<B, R>(
  id: string | null,
  send: (body: B) => Promise<R>,
  recordOf: (r: R) => BorderPatrol,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      const p = recordOf(saved);
      client.setQueryData([...borderKey, 'one', p.id], p);
      void client.invalidateQueries({ queryKey: borderKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/border-patrols', p.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...borderKey, 'one', id] });
    },
  });
}

export const useSavePatrol = (id: string | null) =>
  usePatrolWrite(
    id,
    (body: BorderPatrolCreate | BorderPatrolUpdate) =>
      id
        ? api.put<BorderPatrol>(`/border-patrols/${id$(id)}`, body)
        : api.post<BorderPatrol>('/border-patrols', body),
    (p) => p,
  );

export const useTransitionPatrol = (id: string) =>
  usePatrolWrite(
    id,
    (body: BorderPatrolTransition) => api.post<BorderPatrol>(`/border-patrols/${id$(id)}/transitions`, body),
    (p) => p,
  );

export const useAddResult = (id: string) =>
  usePatrolWrite(
    id,
    (body: BorderPatrolResultCreate) =>
      api.post<{ result: BorderPatrolResult; patrol: BorderPatrol }>(
        `/border-patrols/${id$(id)}/results`,
        body,
      ),
    (r) => r.patrol,
  );

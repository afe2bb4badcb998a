import type {
  Engagement,
  EngagementCreate,
  ModelResult,
  ModelResultCreate,
  Paged,
  PrestigiousPerson,
  PrestigiousPersonCreate,
  PrestigiousPersonStatistics,
  PrestigiousPersonTransition,
  PrestigiousPersonUpdate,
  PreventionModel,
  PreventionModelCreate,
  PreventionModelStatistics,
  PreventionModelTransition,
  PreventionModelUpdate,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const personsKey = ['prestigious-persons'] as const;
export const modelsKey = ['models'] as const;
const id$ = (id: string) => encodeURIComponent(id);
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export const usePersons = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...personsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<PrestigiousPerson>>(
        `/prestigious-persons${search(params, ['role', 'status', 'religion'])}`,
        {
          signal,
        },
      ),
    placeholderData: keepPreviousData,
    enabled,
  });

export const usePerson = (id: string, enabled = true) =>
  useQuery({
    queryKey: [...personsKey, 'one', id],
    queryFn: ({ signal }) => api.get<PrestigiousPerson>(`/prestigious-persons/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
    enabled,
  });

export const useEngagements = (id: string) =>
  useQuery({
    queryKey: [...personsKey, 'engagements', id],
    queryFn: ({ signal }) =>
      api
        .get<{ data: Engagement[] }>(`/prestigious-persons/${id$(id)}/engagements`, { signal })
        .then((r) => r.data),
    retry: noRetryOn4xx,
  });

export const usePersonStatistics = (params: Params) =>
  useQuery({
    queryKey: [...personsKey, 'statistics', params],
    queryFn: ({ signal }) =>
      api.get<PrestigiousPersonStatistics>(`/prestigious-persons/statistics${search(params, [])}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** Every write answers with the record: it replaces the cached one; lists and history refresh. */
function useWrite<B, R, T extends { id: string }>(
  key: readonly string[],
  path: string,
  id: string | null,
  send: (body: B) => Promise<R>,
  recordOf: (r: R) => T,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      const x = recordOf(saved);
      client.setQueryData([...key, 'one', x.id], x);
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['timeline', path, x.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...key, 'one', id] });
    },
  });
}

export const useSavePerson = (id: string | null) =>
  useWrite(
    personsKey,
    '/prestigious-persons',
    id,
    (body: PrestigiousPersonCreate | PrestigiousPersonUpdate) =>
      id
        ? api.put<PrestigiousPerson>(`/prestigious-persons/${id$(id)}`, body)
        : api.post<PrestigiousPerson>('/prestigious-persons', body),
    (p) => p,
  );

export const useTransitionPerson = (id: string) =>
  useWrite(
    personsKey,
    '/prestigious-persons',
    id,
    (body: PrestigiousPersonTransition) =>
      api.post<PrestigiousPerson>(`/prestigious-persons/${id$(id)}/transitions`, body),
    (p) => p,
  );

/** The person is chosen on the quick-entry page, so the id travels with the body. */
export const useEngage = () =>
  useWrite(
    personsKey,
    '/prestigious-persons',
    null,
    ({ personId, ...body }: EngagementCreate & { personId: string }) =>
      api.post<{ engagement: Engagement; person: PrestigiousPerson }>(
        `/prestigious-persons/${id$(personId)}/engagements`,
        body,
      ),
    (r) => r.person,
  );

export const useModels = (params: Params) =>
  useQuery({
    queryKey: [...modelsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<PreventionModel>>(`/models${search(params, ['kind', 'status', 'rating'])}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const useModel = (id: string) =>
  useQuery({
    queryKey: [...modelsKey, 'one', id],
    queryFn: ({ signal }) => api.get<PreventionModel>(`/models/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export const useModelResults = (id: string) =>
  useQuery({
    queryKey: [...modelsKey, 'results', id],
    queryFn: ({ signal }) =>
      api.get<{ data: ModelResult[] }>(`/models/${id$(id)}/results`, { signal }).then((r) => r.data),
    retry: noRetryOn4xx,
  });

export const useModelStatistics = (params: Params) =>
  useQuery({
    queryKey: [...modelsKey, 'statistics', params],
    queryFn: ({ signal }) =>
      api.get<PreventionModelStatistics>(`/models/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

export const useSaveModel = (id: string | null) =>
  useWrite(
    modelsKey,
    '/models',
    id,
    (body: PreventionModelCreate | PreventionModelUpdate) =>
      id ? api.put<PreventionModel>(`/models/${id$(id)}`, body) : api.post<PreventionModel>('/models', body),
    (m) => m,
  );

export const useTransitionModel = (id: string) =>
  useWrite(
    modelsKey,
    '/models',
    id,
    (body: PreventionModelTransition) => api.post<PreventionModel>(`/models/${id$(id)}/transitions`, body),
    (m) => m,
  );

export const useReport = (id: string) =>
  useWrite(
    modelsKey,
    '/models',
    id,
    (body: ModelResultCreate) =>
      api.post<{ result: ModelResult; model: PreventionModel }>(`/models/${id$(id)}/results`, body),
    (r) => r.model,
  );

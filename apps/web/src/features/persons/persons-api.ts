import type {
  Determination,
  DeterminationCreate,
  DrugTest,
  DrugTestCreate,
  Measure,
  MeasureCreate,
  MeasureReviewCreate,
  MeasureTransition,
  Paged,
  Person,
  PersonAggregates,
  PersonAlert,
  PersonCreate,
  PersonSummary,
  PersonUpdate,
  SealedDetails,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const personsKey = ['persons'] as const;
const id$ = (id: string) => encodeURIComponent(id);
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

/** The search: `q` is a name (accent-free on the server) or 12 digits (exact CCCD lookup through the blind index). */
export const usePersons = (params: Params) =>
  useQuery({
    queryKey: [...personsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<PersonSummary>>(`/persons${search(params, ['drugStatus', 'measureType'])}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const usePerson = (id: string) =>
  useQuery({
    queryKey: [...personsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Person>(`/persons/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

const part = <T>(id: string, name: string) => ({
  queryKey: [...personsKey, name, id],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get<{ data: T[] }>(`/persons/${id$(id)}/${name}`, { signal }).then((r) => r.data),
  retry: noRetryOn4xx,
});

export const usePersonTests = (id: string, enabled = true) =>
  useQuery({ ...part<DrugTest>(id, 'tests'), enabled });
export const usePersonDeterminations = (id: string, enabled = true) =>
  useQuery({ ...part<Determination>(id, 'determinations'), enabled });
export const usePersonMeasures = (id: string, enabled = true) =>
  useQuery({ ...part<Measure>(id, 'measures'), enabled });
export const usePersonAlerts = (id: string, enabled = true) =>
  useQuery({ ...part<PersonAlert>(id, 'alerts'), enabled });

export const usePersonAggregates = (params: Params) =>
  useQuery({
    queryKey: [...personsKey, 'aggregates', params],
    queryFn: ({ signal }) => api.get<PersonAggregates>(`/persons/aggregates${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** After any write on a person: the record, its parts, its alerts and its timeline are read again. */
function useRefreshPerson() {
  const client = useQueryClient();
  return (id: string) => {
    void client.invalidateQueries({ queryKey: personsKey });
    void client.invalidateQueries({ queryKey: ['timeline', '/persons', id] });
  };
}

export function useSavePerson(id: string | null) {
  const client = useQueryClient();
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: PersonCreate | PersonUpdate) =>
      id ? api.put<Person>(`/persons/${id$(id)}`, body) : api.post<Person>('/persons', body),
    onSuccess: (saved) => {
      client.setQueryData([...personsKey, 'one', saved.id], saved);
      refresh(saved.id);
    },
  });
}

export function useAddTest(personId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: DrugTestCreate) => api.post<DrugTest>(`/persons/${id$(personId)}/tests`, body),
    onSuccess: () => refresh(personId),
  });
}

export function useAddDetermination(personId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: DeterminationCreate) =>
      api.post<Determination>(`/persons/${id$(personId)}/determinations`, body),
    onSuccess: () => refresh(personId),
  });
}

export function useCreateMeasure(personId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: MeasureCreate) => api.post<Measure>(`/persons/${id$(personId)}/measures`, body),
    onSuccess: () => refresh(personId),
  });
}

export function useMoveMeasure(personId: string, measureId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: MeasureTransition) =>
      api.post<Measure>(`/measures/${id$(measureId)}/transitions`, body),
    onSettled: () => refresh(personId),
  });
}

export function useReviewMeasure(personId: string, measureId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (body: MeasureReviewCreate) => api.post<Measure>(`/measures/${id$(measureId)}/reviews`, body),
    onSettled: () => refresh(personId),
  });
}

/** The sealed values in clear: a reason, one audit row per view; never cached. */
export function useRevealSealed(personId: string) {
  const refresh = useRefreshPerson();
  return useMutation({
    mutationFn: (reason: string) => api.post<SealedDetails>(`/persons/${id$(personId)}/sealed`, { reason }),
    onSuccess: () => refresh(personId),
  });
}

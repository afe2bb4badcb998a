import type {
  Commendation,
  CommendationCreate,
  CommendationStatistics,
  CommendationTransition,
  CommendationUpdate,
  Difficulty,
  DifficultyAnswer,
  DifficultyCreate,
  DifficultyStatistics,
  DifficultyTransition,
  DifficultyUpdate,
  Paged,
  Support,
  SupportCreate,
  SupportStatistics,
  SupportUpdate,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

/** The three registers' API paths, which are also their query keys. */
export type RegisterPath = '/commendations' | '/support' | '/difficulties';
const id$ = (id: string) => encodeURIComponent(id);
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;
/** Filters that may repeat (`status=a&status=b`); ours keep `a,b` in the page's URL. */
const repeated = ['status', 'level', 'form', 'kind', 'source', 'topic'];

const useList = <T>(path: RegisterPath, params: Params) =>
  useQuery({
    queryKey: [path, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<T>>(`${path}${search(params, repeated)}`, { signal }),
    placeholderData: keepPreviousData,
  });
const useOne = <T>(path: RegisterPath, id: string) =>
  useQuery({
    queryKey: [path, 'one', id],
    queryFn: ({ signal }) => api.get<T>(`${path}/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });
const useStatistics = <T>(path: RegisterPath, params: Params) =>
  useQuery({
    queryKey: [path, 'statistics', params],
    queryFn: ({ signal }) => api.get<T>(`${path}/statistics${search(params, [])}`, { signal }),
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** Every write answers with the record: it replaces the cached one; lists, figures and history refresh. */
function useWrite<B, T extends { id: string }>(
  path: RegisterPath,
  id: string | null,
  send: (body: B) => Promise<T>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      client.setQueryData([path, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: [path] });
      void client.invalidateQueries({ queryKey: ['timeline', path, saved.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [path, 'one', id] });
    },
  });
}
const save =
  <C, U, T>(path: RegisterPath, id: string | null) =>
  (body: C | U) =>
    id ? api.put<T>(`${path}/${id$(id)}`, body) : api.post<T>(path, body);

export const useCommendations = (p: Params) => useList<Commendation>('/commendations', p);
export const useCommendation = (id: string) => useOne<Commendation>('/commendations', id);
export const useCommendationStatistics = (p: Params) =>
  useStatistics<CommendationStatistics>('/commendations', p);
export const useSaveCommendation = (id: string | null) =>
  useWrite(
    '/commendations',
    id,
    save<CommendationCreate, CommendationUpdate, Commendation>('/commendations', id),
  );
export const useTransitionCommendation = (id: string) =>
  useWrite('/commendations', id, (body: CommendationTransition) =>
    api.post<Commendation>(`/commendations/${id$(id)}/transitions`, body),
  );

export const useSupportList = (p: Params) => useList<Support>('/support', p);
export const useSupport = (id: string) => useOne<Support>('/support', id);
export const useSupportStatistics = (p: Params) => useStatistics<SupportStatistics>('/support', p);
export const useSaveSupport = (id: string | null) =>
  useWrite('/support', id, save<SupportCreate, SupportUpdate, Support>('/support', id));

export const useDifficulties = (p: Params) => useList<Difficulty>('/difficulties', p);
export const useDifficulty = (id: string) => useOne<Difficulty>('/difficulties', id);
export const useDifficultyStatistics = (p: Params) => useStatistics<DifficultyStatistics>('/difficulties', p);
export const useSaveDifficulty = (id: string | null) =>
  useWrite('/difficulties', id, save<DifficultyCreate, DifficultyUpdate, Difficulty>('/difficulties', id));
export const useAnswerDifficulty = (id: string) =>
  useWrite('/difficulties', id, (body: DifficultyAnswer) =>
    api.post<Difficulty>(`/difficulties/${id$(id)}/answer`, body),
  );
export const useTransitionDifficulty = (id: string) =>
  useWrite('/difficulties', id, (body: DifficultyTransition) =>
    api.post<Difficulty>(`/difficulties/${id$(id)}/transitions`, body),
  );

/** Records of another register to link as an achievement: its list searched by text (the reader's scope). */
export const useAchievementChoices = (recordType: string | undefined, q: string) =>
  useQuery({
    queryKey: ['achievement-choices', recordType, q],
    enabled: Boolean(recordType),
    queryFn: async ({ signal }) => {
      const path = {
        case: '/cases',
        project: '/projects',
        campaign: '/campaigns',
        hotspot: '/hotspots',
        business: '/businesses',
      }[recordType as 'case'];
      const page = await api.get<Paged<Record<string, unknown> & { id: string }>>(
        `${path}${search({ q: q || undefined, pageSize: 20 }, [])}`,
        { signal },
      );
      return page.data.map((r) => ({ id: r.id, label: achievementLabel(r) }));
    },
    placeholderData: keepPreviousData,
    retry: noRetryOn4xx,
  });

/** A readable name of another register's record (a case's number, a campaign's or hotspot's name). */
function achievementLabel(r: Record<string, unknown>): string {
  const first = ['name', 'number', 'caseNumber', 'title', 'code']
    .map((k) => r[k])
    .find((v) => typeof v === 'string');
  return typeof first === 'string' ? first : String(r.id);
}

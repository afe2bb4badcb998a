import type {
  CampaignCreate,
  CampaignResults,
  CampaignUpdate,
  CaseCreate,
  CaseTransition,
  CaseUpdate,
  CriminalCase,
  Paged,
  PeakCampaign,
  ProjectCreate,
  ProjectTransition,
  ProjectUpdate,
  SeizureCreate,
  SeizureRecord,
  SpecialProject,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const casesKey = ['cases'] as const;
export const projectsKey = ['projects'] as const;
export const campaignsKey = ['campaigns'] as const;
const id$ = (id: string) => encodeURIComponent(id);
/** The case list's repeatable filters: `article=249,251` in our URLs becomes `article=249&article=251`. */
const REPEATED = ['article', 'severity', 'status', 'drugType'] as const;
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

const list =
  <T>(key: readonly string[], path: string, repeated: readonly string[]) =>
  (params: Params) =>
    useQuery({
      queryKey: [...key, 'list', params],
      queryFn: ({ signal }) => api.get<Paged<T>>(`${path}${search(params, repeated)}`, { signal }),
      placeholderData: keepPreviousData,
    });
const one =
  <T>(key: readonly string[], path: string) =>
  (id: string) =>
    useQuery({
      queryKey: [...key, 'one', id],
      queryFn: ({ signal }) => api.get<T>(`${path}/${id$(id)}`, { signal }),
      enabled: id !== '',
      retry: noRetryOn4xx,
    });

export const useCases = list<CriminalCase>(casesKey, '/cases', REPEATED);
export const useCase = one<CriminalCase>(casesKey, '/cases');
export const useProjects = list<SpecialProject>(projectsKey, '/projects', ['status']);
export const useProject = one<SpecialProject>(projectsKey, '/projects');
export const useCampaigns = list<PeakCampaign>(campaignsKey, '/campaigns', []);
export const useCampaign = one<PeakCampaign>(campaignsKey, '/campaigns');

export const useCampaignResults = (id: string) =>
  useQuery({
    queryKey: [...campaignsKey, 'results', id],
    queryFn: ({ signal }) => api.get<CampaignResults>(`/campaigns/${id$(id)}/results`, { signal }),
    retry: noRetryOn4xx,
  });

/** Every write answers with the record: it replaces the cached one; lists and the history refresh. */
function useWrite<B, R, T extends { id: string }>(
  key: readonly string[],
  path: string,
  send: (body: B) => Promise<R>,
  recordOf: (r: R) => T,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      const r = recordOf(saved);
      client.setQueryData([...key, 'one', r.id], r);
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['timeline', path, r.id] });
    },
  });
}
const same = <T>(r: T) => r;

export const useSaveCase = (id: string | null) =>
  useWrite(
    casesKey,
    '/cases',
    (body: CaseCreate | CaseUpdate) =>
      id ? api.put<CriminalCase>(`/cases/${id$(id)}`, body) : api.post<CriminalCase>('/cases', body),
    same,
  );
export const useTransitionCase = (id: string) =>
  useWrite(
    casesKey,
    '/cases',
    (body: CaseTransition) => api.post<CriminalCase>(`/cases/${id$(id)}/transitions`, body),
    same,
  );
export const useAddSeizure = (id: string) =>
  useWrite(
    casesKey,
    '/cases',
    (body: SeizureCreate) =>
      api.post<{ seizure: SeizureRecord; case: CriminalCase }>(`/cases/${id$(id)}/seizures`, body),
    (r) => r.case,
  );

export const useSaveProject = (id: string | null) =>
  useWrite(
    projectsKey,
    '/projects',
    (body: ProjectCreate | ProjectUpdate) =>
      id
        ? api.put<SpecialProject>(`/projects/${id$(id)}`, body)
        : api.post<SpecialProject>('/projects', body),
    same,
  );
export const useTransitionProject = (id: string) =>
  useWrite(
    projectsKey,
    '/projects',
    (body: ProjectTransition) => api.post<SpecialProject>(`/projects/${id$(id)}/transitions`, body),
    same,
  );

export const useSaveCampaign = (id: string | null) =>
  useWrite(
    campaignsKey,
    '/campaigns',
    (body: CampaignCreate | CampaignUpdate) =>
      id ? api.put<PeakCampaign>(`/campaigns/${id$(id)}`, body) : api.post<PeakCampaign>('/campaigns', body),
    same,
  );

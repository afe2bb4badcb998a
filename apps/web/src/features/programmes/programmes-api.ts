import type {
  Paged,
  Programme,
  ProgrammeCreate,
  ProgrammeEvaluation,
  ProgrammeListItem,
  ProgrammeMembersUpdate,
  ProgrammePlanItems,
  ProgrammeReport,
  ProgrammeReportCreate,
  ProgrammeTransition,
  Task,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const programmesKey = ['programmes'] as const;
const id$ = (id: string) => encodeURIComponent(id);

export const useProgrammes = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...programmesKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<ProgrammeListItem>>(`/programmes${search(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useProgramme = (id: string) =>
  useQuery({
    queryKey: [...programmesKey, 'one', id],
    queryFn: ({ signal }) => api.get<Programme>(`/programmes/${id$(id)}`, { signal }),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

export const useProgrammeReports = (id: string) =>
  useQuery({
    queryKey: [...programmesKey, 'reports', id],
    queryFn: ({ signal }) =>
      api.get<{ data: ProgrammeReport[] }>(`/programmes/${id$(id)}/reports`, { signal }).then((r) => r.data),
  });

/** Every write answers with the record (or its parts): the record, its lists and its history are refreshed. */
function useProgrammeWrite<B, R>(id: string | null, send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      if (saved && typeof saved === 'object' && 'checklist' in saved)
        client.setQueryData([...programmesKey, 'one', (saved as unknown as Programme).id], saved);
      void client.invalidateQueries({ queryKey: programmesKey });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['key-areas'] });
      if (id) void client.invalidateQueries({ queryKey: ['timeline', '/programmes', id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...programmesKey, 'one', id] });
    },
  });
}

export const useCreateProgramme = () =>
  useProgrammeWrite(null, (body: ProgrammeCreate) => api.post<Programme>('/programmes', body));

export const useTransitionProgramme = (id: string) =>
  useProgrammeWrite(id, (body: ProgrammeTransition) =>
    api.post<Programme>(`/programmes/${id$(id)}/transitions`, body),
  );

export const useProgrammeMembers = (id: string) =>
  useProgrammeWrite(id, (body: ProgrammeMembersUpdate) =>
    api.put<Programme>(`/programmes/${id$(id)}/members`, body),
  );

export const useAddReport = (id: string) =>
  useProgrammeWrite(id, (body: ProgrammeReportCreate) =>
    api.post<ProgrammeReport>(`/programmes/${id$(id)}/reports`, body),
  );

export const useEvaluateProgramme = (id: string) =>
  useProgrammeWrite(id, (body: ProgrammeEvaluation) =>
    api.post<Programme>(`/programmes/${id$(id)}/evaluation`, body),
  );

export const usePlanTasks = (id: string) =>
  useProgrammeWrite(id, (body: ProgrammePlanItems) =>
    api.post<{ data: Task[] }>(`/programmes/${id$(id)}/tasks`, body).then((r) => r.data),
  );

import type { Paged, Scorecard, Task, TaskCreate, TaskDetail, TaskMove, TaskProgress } from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const tasksKey = ['tasks'] as const;
const id$ = (id: string) => encodeURIComponent(id);

export const useTasks = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...tasksKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<Task>>(`/tasks${search(params, ['status'])}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useTask = (id: string) =>
  useQuery({
    queryKey: [...tasksKey, 'one', id],
    queryFn: ({ signal }) => api.get<TaskDetail>(`/tasks/${id$(id)}`, { signal }),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

export const useScorecard = (params: { from?: string; to?: string; by: 'unit' | 'agency' }) =>
  useQuery({
    queryKey: [...tasksKey, 'scorecard', params],
    queryFn: ({ signal }) => api.get<Scorecard>(`/scorecards${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** Writes refresh the task, the lists, the scorecards and the pages that count tasks (commune, programme). */
function useTaskWrite<B, R>(id: string | null, send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tasksKey });
      void client.invalidateQueries({ queryKey: ['programmes'] });
      void client.invalidateQueries({ queryKey: ['key-areas'] });
      if (id) void client.invalidateQueries({ queryKey: ['timeline', '/tasks', id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...tasksKey, 'one', id] });
    },
  });
}

export const useCreateTask = () => useTaskWrite(null, (body: TaskCreate) => api.post<Task>('/tasks', body));

export const useReportProgress = (id: string) =>
  useTaskWrite(id, (body: TaskProgress) => api.post<TaskDetail>(`/tasks/${id$(id)}/updates`, body));

export type TaskAction = 'complete' | 'accept' | 'return' | 'cancel';
export const useMoveTask = (id: string, action: TaskAction) =>
  useTaskWrite(id, (body: TaskMove) => api.post<Task>(`/tasks/${id$(id)}/${action}`, body));

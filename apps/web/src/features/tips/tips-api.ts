import type {
  Paged,
  Tip,
  TipAssign,
  TipCreate,
  TipDismiss,
  TipExtend,
  TipLinkCreate,
  TipMessage,
  TipOutcomeRecord,
  TipReporterRevealed,
  TipResume,
  TipRetentionQuery,
  TipStatistics,
  TipSuspend,
  TipTransfer,
  TipTriage,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const tipsKey = ['tips'] as const;
const id$ = (id: string) => encodeURIComponent(id);
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

/** The inbox: `status` and `deadlineState` may hold several values (`a,b` in our URL, repeated to the server). */
export const useTips = (params: Params) =>
  useQuery({
    queryKey: [...tipsKey, 'list', params],
    queryFn: ({ signal }) =>
      api.get<Paged<Tip>>(`/tips${search(params, ['status', 'deadlineState'])}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** Closed tips whose retention ends soon (`warn`) or has ended (`expired`): the unit head decides. */
export const useTipRetention = (params: TipRetentionQuery) =>
  useQuery({
    queryKey: [...tipsKey, 'retention', params],
    queryFn: ({ signal }) => api.get<Paged<Tip>>(`/tips/retention${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const useTip = (id: string) =>
  useQuery({
    queryKey: [...tipsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Tip>(`/tips/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

export type TipNote = { id: string; text: string; author: string; createdAt: string };
export const useTipNotes = (id: string) =>
  useQuery({
    queryKey: [...tipsKey, 'notes', id],
    queryFn: ({ signal }) =>
      api.get<{ data: TipNote[] }>(`/tips/${id$(id)}/notes`, { signal }).then((r) => r.data),
    retry: noRetryOn4xx,
  });

export const useTipMessages = (id: string) =>
  useQuery({
    queryKey: [...tipsKey, 'messages', id],
    queryFn: ({ signal }) =>
      api.get<{ data: TipMessage[] }>(`/tips/${id$(id)}/messages`, { signal }).then((r) => r.data),
    retry: noRetryOn4xx,
  });

export const useTipStatistics = (params: Params) =>
  useQuery({
    queryKey: [...tipsKey, 'statistics', params],
    queryFn: ({ signal }) => api.get<TipStatistics>(`/tips/statistics${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** After any write: the record, its parts, the inbox and the timeline are read again. */
function useRefreshTip() {
  const client = useQueryClient();
  return (id: string) => {
    void client.invalidateQueries({ queryKey: tipsKey });
    void client.invalidateQueries({ queryKey: ['timeline', '/tips', id] });
  };
}

export function useCreateTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TipCreate) => api.post<Tip>('/tips', body),
    onSuccess: (saved) => {
      client.setQueryData([...tipsKey, 'one', saved.id], saved);
      void client.invalidateQueries({ queryKey: [...tipsKey, 'list'] });
    },
  });
}

/** The handling moves, each `POST /tips/:id/<path>` answering the record. */
const MOVE_PATH = {
  triage: 'triage',
  assign: 'assignment',
  transfer: 'transfer',
  verify: 'verification',
  outcome: 'outcome',
  suspend: 'suspension',
  resume: 'resumption',
  extend: 'extensions',
  dismiss: 'dismissal',
} as const;
export type TipMoveBody = {
  triage: TipTriage;
  assign: TipAssign;
  transfer: TipTransfer;
  verify: { version: number };
  outcome: TipOutcomeRecord;
  suspend: TipSuspend;
  resume: TipResume;
  extend: TipExtend;
  dismiss: TipDismiss;
};
export type TipMove = keyof TipMoveBody;

export function useTipMove<M extends TipMove>(id: string, move: M) {
  const client = useQueryClient();
  const refresh = useRefreshTip();
  return useMutation({
    mutationFn: (body: TipMoveBody[M]) => api.post<Tip>(`/tips/${id$(id)}/${MOVE_PATH[move]}`, body),
    onSuccess: (saved) => client.setQueryData([...tipsKey, 'one', saved.id], saved),
    onSettled: () => refresh(id),
  });
}

export function useAddNote(id: string) {
  const refresh = useRefreshTip();
  return useMutation({
    mutationFn: (text: string) => api.post<unknown>(`/tips/${id$(id)}/notes`, { text }),
    onSuccess: () => refresh(id),
  });
}

export function useAddLink(id: string) {
  const refresh = useRefreshTip();
  return useMutation({
    mutationFn: (body: TipLinkCreate) => api.post<Tip>(`/tips/${id$(id)}/links`, body),
    onSuccess: () => refresh(id),
  });
}

/** Removes a link made in error; the link's key travels in the query (a DELETE has no body). */
export function useRemoveLink(id: string) {
  const refresh = useRefreshTip();
  return useMutation({
    mutationFn: (link: { kind: string; targetId: string }) =>
      api.delete<Tip>(
        `/tips/${id$(id)}/links?kind=${encodeURIComponent(link.kind)}&targetId=${encodeURIComponent(link.targetId)}`,
      ),
    onSettled: () => refresh(id),
  });
}

export function useReply(id: string) {
  const refresh = useRefreshTip();
  return useMutation({
    mutationFn: (text: string) => api.post<unknown>(`/tips/${id$(id)}/replies`, { text }),
    onSuccess: () => refresh(id),
  });
}

/** The sealed reporter details: with a reason, audited; kept in the dialog only, never cached. */
export const useRevealReporter = (id: string) =>
  useMutation({
    mutationFn: (reason: string) => api.post<TipReporterRevealed>(`/tips/${id$(id)}/reporter`, { reason }),
  });

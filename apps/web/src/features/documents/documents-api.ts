import type {
  Document,
  DocumentCitingRecord,
  DocumentCreate,
  DocumentTransition,
  DocumentUpdate,
  Paged,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { type Params, search } from '../key-areas/key-areas-api.ts';

export const documentsKey = ['documents'] as const;
const id$ = (id: string) => encodeURIComponent(id);
/** The list's repeatable filters: `kind=a,b` in our URLs becomes `kind=a&kind=b` for the server. */
const REPEATED = ['kind', 'status'] as const;
const noRetryOn4xx = (n: number, e: unknown) => !(e instanceof ApiError && e.status < 500) && n < 2;

export const useDocuments = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...documentsKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<Document>>(`/documents${search(params, REPEATED)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useDocument = (id: string) =>
  useQuery({
    queryKey: [...documentsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Document>(`/documents/${id$(id)}`, { signal }),
    retry: noRetryOn4xx,
  });

/** The records citing a document that the reader may see. */
export const useCitedBy = (id: string) =>
  useQuery({
    queryKey: [...documentsKey, 'cited-by', id],
    queryFn: ({ signal }) =>
      api
        .get<{ data: DocumentCitingRecord[] }>(`/documents/${id$(id)}/cited-by`, { signal })
        .then((r) => r.data),
    retry: noRetryOn4xx,
  });

/** Every write answers with the document: it replaces the cached one; lists and history refresh. */
function useDocumentWrite<B>(id: string | null, send: (body: B) => Promise<Document>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (d) => {
      client.setQueryData([...documentsKey, 'one', d.id], d);
      void client.invalidateQueries({ queryKey: documentsKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/documents', d.id] });
    },
    onError: () => {
      if (id) void client.invalidateQueries({ queryKey: [...documentsKey, 'one', id] });
    },
  });
}

export const useSaveDocument = (id: string | null) =>
  useDocumentWrite(id, (body: DocumentCreate | DocumentUpdate) =>
    id ? api.put<Document>(`/documents/${id$(id)}`, body) : api.post<Document>('/documents', body),
  );

export const useTransitionDocument = (id: string) =>
  useDocumentWrite(id, (body: DocumentTransition) =>
    api.post<Document>(`/documents/${id$(id)}/transitions`, body),
  );

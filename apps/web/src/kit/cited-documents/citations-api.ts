import type { Document, DocumentCitation, DocumentCitationCreate, Paged } from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type CitingRecordRef = { recordType: string; recordId: string };

const key = (r: CitingRecordRef) => ['documents', 'citations', r.recordType, r.recordId] as const;
const query = (r: CitingRecordRef) =>
  `recordType=${encodeURIComponent(r.recordType)}&recordId=${encodeURIComponent(r.recordId)}`;

/** The documents a record cites (`GET /documents/citations?recordType=&recordId=`). */
export const useCitations = (r: CitingRecordRef, enabled = true) =>
  useQuery({
    queryKey: key(r),
    queryFn: ({ signal }) =>
      api
        .get<{ data: DocumentCitation[] }>(`/documents/citations?${query(r)}`, { signal })
        .then((x) => x.data),
    enabled,
  });

/** Documents of the register found by number, issuer or summary (for a picker). */
export const useDocumentChoices = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['documents', 'list', { q, pageSize: 20 }],
    queryFn: ({ signal }) =>
      api.get<Paged<Document>>(`/documents?pageSize=20${q ? `&q=${encodeURIComponent(q)}` : ''}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Cite and remove: the record's citations, the document's "cited by" and the record's history refresh. */
export function useCiteWrites(r: CitingRecordRef) {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: key(r) });
    void client.invalidateQueries({ queryKey: ['documents', 'cited-by'] });
    // The record's history shows the citation: every timeline query of this record, whatever its register's key.
    void client.invalidateQueries({
      predicate: (q) => q.queryKey.includes('timeline') && q.queryKey.includes(r.recordId),
    });
  };
  const cite = useMutation({
    mutationFn: ({ documentId, note }: { documentId: string; note: string | null }) =>
      api.post<DocumentCitation>(`/documents/${encodeURIComponent(documentId)}/citations`, {
        recordType: r.recordType,
        recordId: r.recordId,
        note,
      } satisfies DocumentCitationCreate),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (citationId: string) => api.delete(`/documents/citations/${encodeURIComponent(citationId)}`),
    onSuccess: refresh,
  });
  return { cite, remove };
}

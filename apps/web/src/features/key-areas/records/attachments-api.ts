import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error.ts';
import { api, query } from '../../../api/client.ts';

/** A record's file as `GET <register>/:id/attachments` lists it. */
export type RecordFile = {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
  isDemo: boolean;
};

/** Where a register's record lives: the API path of its register and the record type of its files. */
export type RecordRef = { path: string; recordType: string; id: string };

export const filesKey = (r: RecordRef) => ['attachments', r.recordType, r.id] as const;

export const useRecordFiles = (r: RecordRef) =>
  useQuery({
    queryKey: filesKey(r),
    queryFn: ({ signal }) =>
      api
        .get<{ data: RecordFile[] }>(`${r.path}/${encodeURIComponent(r.id)}/attachments`, { signal })
        .then((x) => x.data),
  });

export const attachmentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

/**
 * Multipart upload of one file to a record (the JSON client sends no forms). Any register's record type:
 * the server checks the record, sniffs and cleans the file, and audits the upload on the record.
 */
export async function uploadFile(
  r: RecordRef,
  file: File,
  csrfToken: string,
  language: string,
): Promise<RecordFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetch(`/api/v1/attachments${query({ recordType: r.recordType, recordId: r.id })}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'accept-language': language, 'x-csrf-token': csrfToken },
    body,
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => null)) as
    | (RecordFile & {
        error?: {
          code: string;
          message: string;
          details?: { path: string; message: string }[];
          requestId: string;
        };
      })
    | null;
  if (!res.ok || !json)
    throw new ApiError({
      status: res.status,
      code: json?.error?.code ?? 'bad_request',
      message: json?.error?.message ?? '',
      details: json?.error?.details,
      requestId: json?.error?.requestId ?? null,
    });
  return json;
}

export function useUploadFile(r: RecordRef, csrfToken: string, language: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(r, file, csrfToken, language),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: filesKey(r) });
      void client.invalidateQueries({ queryKey: ['timeline', r.path, r.id] });
    },
  });
}

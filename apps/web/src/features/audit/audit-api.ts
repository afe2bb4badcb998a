import type { AuditEvent } from '@pcmt/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, query } from '../../api/client.ts';

export interface AuditFilters {
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  /** YYYY-MM-DD, inclusive, days in Asia/Ho_Chi_Minh. */
  from?: string;
  to?: string;
  /** Start the list just below this id (used to jump to a broken link of the chain). */
  before?: number;
}

export interface AuditPage {
  data: AuditEvent[];
  nextBefore: number | null;
  /** Ids on the page named by the server at display time ("Y Đức (ngokbay.canbo)"). */
  names: Record<string, string>;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  reason: string | null;
}

export const PAGE_SIZE = 50;

/** Keyset paging: each page asks for the events below the last id seen, so new events never shift pages. */
export const useAuditEvents = ({ before, ...filters }: AuditFilters) => {
  const result = useInfiniteQuery({
    queryKey: ['audit', filters, before ?? null],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>(`/audit${query({ ...filters, before: pageParam, limit: PAGE_SIZE })}`, { signal }),
    initialPageParam: before as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    staleTime: 0,
  });
  const names = useMemo(
    () => Object.assign({}, ...(result.data?.pages.map((p) => p.names) ?? [])) as Record<string, string>,
    [result.data],
  );
  return { ...result, names };
};

export const verifyAuditChain = () => api.get<AuditVerifyResult>('/audit/verify');

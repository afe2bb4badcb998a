import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, type SortOrder } from '@pcmt/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What a paged list asks the server for; filters are the register's own (`agencyId`, `role`, …). */
export interface ListState<F extends string> {
  q?: string;
  sort?: string;
  order?: SortOrder;
  page: number;
  pageSize: number;
  filters: Partial<Record<F, string>>;
}

const positive = (v: string | null, fallback: number, max: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

/**
 * The list's state lives in the URL (`?q=&sort=&order=&page=&pageSize=&<filter>=`): a link or a reload shows
 * the same page, and the back button undoes a filter. Changing anything but the page goes back to page 1.
 */
export function useListState<F extends string>(filterKeys: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const state = useMemo<ListState<F>>(() => {
    const filters: Partial<Record<F, string>> = {};
    for (const k of filterKeys) {
      const v = params.get(k);
      if (v) filters[k] = v;
    }
    const order = params.get('order');
    return {
      q: params.get('q') ?? undefined,
      sort: params.get('sort') ?? undefined,
      order: order === 'asc' || order === 'desc' ? order : undefined,
      page: positive(params.get('page'), 1, 100_000),
      pageSize: positive(params.get('pageSize'), PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX),
      filters,
    };
  }, [params, filterKeys]);

  const update = useCallback(
    (
      change: Partial<Omit<ListState<F>, 'filters'>> & { filters?: Partial<Record<F, string | undefined>> },
    ) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        const put = (k: string, v: string | number | undefined) => {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, String(v));
        };
        for (const k of ['q', 'sort', 'order', 'pageSize'] as const) if (k in change) put(k, change[k]);
        for (const [k, v] of Object.entries(change.filters ?? {})) put(k, v as string | undefined);
        put('page', 'page' in change && change.page !== 1 ? change.page : undefined);
        return next;
      });
    },
    [setParams],
  );

  /** The query object for the API (`query()` drops the empty values). */
  const apiParams = useMemo(
    () => ({
      q: state.q,
      sort: state.sort,
      order: state.order,
      page: state.page,
      pageSize: state.pageSize,
      ...state.filters,
    }),
    [state],
  );
  const filtered = Boolean(state.q) || Object.keys(state.filters).length > 0;
  return { state, update, apiParams, filtered };
}

export type ListStateApi<F extends string> = ReturnType<typeof useListState<F>>;

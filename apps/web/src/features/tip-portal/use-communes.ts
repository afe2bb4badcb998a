import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fold, todayIso } from '../../i18n/format.ts';

type UnitRow = { id: string; code: string; name: string; type: string };
const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);

/** Where the portal reads today's communes (a public list; no cookie goes with it). */
export const communesPath = (at: string) => `/api/v1/units?at=${encodeURIComponent(at)}`;

/** Today's communes as searchable options; a failure leaves the list empty ("không rõ" still works). */
export function usePortalCommunes() {
  const at = todayIso();
  const units = useQuery({
    queryKey: ['portal-communes', at],
    queryFn: async ({ signal }) => {
      const res = await fetch(communesPath(at), { credentials: 'omit', signal });
      if (!res.ok) throw new Error(String(res.status));
      return ((await res.json()) as { data: UnitRow[] }).data;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
  const options = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, code: u.code, label: u.name, search: fold(u.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [units.data],
  );
  return { options, loading: units.isPending, failed: units.isError };
}

export const communeFilter = (input: string, o?: { search?: string }) =>
  String(o?.search ?? '').includes(fold(input));

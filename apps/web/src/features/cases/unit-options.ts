import { useMemo } from 'react';
import { fold } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { useUnitsAt } from '../hotspots/hotspots-api.ts';

// A campaign or a chuyên án is led by the province (PC04) or a commune; districts are gone since 01/7/2025.
const LEADING_TYPES = new Set(['tinh', 'xa', 'phuong', 'thi_tran', 'dac_khu']);

/**
 * The province and the communes valid on `at`, as searchable options (the province first). An officer of a
 * commune gets the units of their jurisdiction only; provincial units all of them (the server checks anyway).
 */
export function useLeadingUnitOptions(at: string) {
  const units = useUnitsAt(at);
  const me = useSession();
  const options = useMemo(() => {
    const all = (units.data ?? [])
      .filter((u) => LEADING_TYPES.has(u.type))
      .sort((a, b) => a.level - b.level)
      .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) }));
    const own = new Set(me.jurisdiction.map((u) => u.id));
    const mine = all.filter((o) => own.has(o.value));
    const provincial = all.some((o, i) => i === 0 && own.has(o.value));
    return provincial || mine.length === 0 ? all : mine;
  }, [units.data, me.jurisdiction]);
  return { options, loading: units.isPending };
}

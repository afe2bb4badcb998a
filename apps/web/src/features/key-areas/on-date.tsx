import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DATE_FORMAT, fold, isRealDate, todayIso } from '../../i18n/format.ts';
import { useUnitsAt } from '../hotspots/hotspots-api.ts';
import { useAreaText } from './i18n.ts';

/**
 * The date a view is shown for, in the URL (`?on=YYYY-MM-DD`), so a link shows the same day. A hand-edited
 * impossible or future date falls back to today (the server refuses a date after today).
 */
export function useOnDate(): [string, (on: string) => void] {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const raw = params.get('on');
  const on = isRealDate(raw) && raw <= today ? raw : today;
  const set = useCallback(
    (next: string) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next === todayIso()) p.delete('on');
          else p.set('on', next);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [on, set];
}

/** The date picker of a view (dd/mm/yyyy, nothing after today) with a "today" button. */
export function OnDatePicker({ value, onChange }: { value: string; onChange: (on: string) => void }) {
  const { at } = useAreaText();
  const today = todayIso();
  return (
    <Flex gap={8} wrap align="center">
      <DatePicker
        aria-label={at('common.on')}
        format={DATE_FORMAT}
        allowClear={false}
        inputReadOnly
        value={dayjs(value)}
        disabledDate={(d) => d.format('YYYY-MM-DD') > today}
        onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))}
        style={{ minWidth: 150 }}
      />
      <Button onClick={() => onChange(today)} disabled={value === today}>
        {at('common.today')}
      </Button>
    </Flex>
  );
}

const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);

/** The communes valid on `at`, as searchable select options (accent-free search). */
export function useCommuneOptions(at: string) {
  const units = useUnitsAt(at);
  const options = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) })),
    [units.data],
  );
  return { options, loading: units.isPending };
}

/** `showSearch` for a select of `useCommuneOptions`. */
export const communeSearch = {
  filterOption: (input: string, o?: { search?: string }) => String(o?.search ?? '').includes(fold(input)),
};

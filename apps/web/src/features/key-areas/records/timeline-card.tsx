import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { RecordTimeline } from '../../hotspots/record-timeline.tsx';
import { useAreaText } from '../i18n.ts';
import { useRecordTimeline } from '../key-areas-api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A `{vi, en}` text the server stored (relapse reasons…): shown in the UI language, never as JSON. */
const isBilingual = (v: unknown): v is { vi: string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { vi?: unknown }).vi === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';

/**
 * A record's history for the detail page's timeline slot, through the kit's `GET <path>/:id/timeline` and
 * the shared timeline view: dates as dd/mm/yyyy, numbers in the Vietnamese format, downloads left out
 * (they are audited reads, not events of the record). `value` shows the register's own values first.
 */
export function TimelineSlot({
  path,
  id,
  value,
  shownField,
}: {
  path: string;
  id: string;
  value?: (field: string, v: unknown) => ReactNode | undefined;
  shownField: (field: string) => boolean;
}) {
  const { at, language } = useAreaText();
  const timeline = useRecordTimeline(path, id);
  if (timeline.isPending) return <Skeleton active />;
  if (timeline.isError) return <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const show = (field: string, v: unknown): ReactNode => {
    const own = value?.(field, v);
    if (own !== undefined) return own;
    if (typeof v === 'string' && ISO_DATE.test(v)) return formatDate(v);
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'boolean') return v ? at('common.yes') : at('common.no');
    if (Array.isArray(v))
      return v
        .map((x) => (isBilingual(x) ? x[language] : typeof x === 'object' ? JSON.stringify(x) : String(x)))
        .join('; ');
    if (isBilingual(v)) return v[language];
    if (v && typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  return (
    <RecordTimeline
      entries={timeline.data}
      value={show}
      hidden={(e) => e.action === 'attachment.download'}
      shownField={shownField}
      emptyText={at('common.noTimeline')}
      byText={(name) => at('common.by', { name })}
      emptyValue={at('common.empty')}
    />
  );
}

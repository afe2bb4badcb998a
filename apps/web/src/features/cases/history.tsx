import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { RecordTimeline } from '../hotspots/record-timeline.tsx';
import { useAreaText } from '../key-areas/i18n.ts';
import { useRecordTimeline } from '../key-areas/key-areas-api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Looking at a campaign's results is an audited read, not an event of the campaign: each visit would add a
// line to its history (seen on the screenshots), so the history leaves reads and downloads out.
const READS = new Set([
  'campaign.results',
  'campaign.read',
  'case.read',
  'project.read',
  'attachment.download',
]);

/**
 * A case, project or campaign history for the detail page's timeline slot (the kit's `TimelineSlot` with the
 * audited reads left out): dates as dd/mm/yyyy, numbers in the Vietnamese format.
 */
export function History({
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
  const { at } = useAreaText();
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
      return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
    if (v && typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  return (
    <RecordTimeline
      entries={timeline.data}
      value={show}
      hidden={(e) => READS.has(e.action)}
      shownField={shownField}
      emptyText={at('common.noTimeline')}
      byText={(name) => at('common.by', { name })}
      emptyValue={at('common.empty')}
    />
  );
}

import type { TipExportRequest } from '@pcmt/contracts';
import { formatNumber } from '../../i18n/format.ts';
import { ExportButton } from '../../kit/export-button.tsx';
import { useTipText } from './i18n.ts';

type Filters = Omit<TipExportRequest, 'reason'>;
const MANY = new Set(['status', 'deadlineState']);

/** The inbox's URL filters as the export's body (several statuses are `a,b` in our URL); paging left out. */
export function exportFiltersOf(params: Record<string, string | number | undefined>): Filters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || k === 'page' || k === 'pageSize') continue;
    out[k] = MANY.has(k) ? String(v).split(',') : v;
  }
  return out as Filters;
}

/**
 * "Xuất danh sách": the inbox with its current filters as a CSV file, after the officer gives a reason (audited
 * with the row count; the reporter is never in the file). Shown only to unit heads and PC04 (`tip.supervise`).
 */
export function TipExportButton({ filters, total }: { filters: Filters; total?: number }) {
  const { tt } = useTipText();
  return (
    <ExportButton
      gate="tip.supervise"
      path="/tips/export"
      fallbackName="danh-sach-tin-bao.csv"
      filters={filters}
      texts={{
        button: tt('review.exportButton'),
        title: tt('review.exportTitle'),
        intro:
          total === undefined
            ? tt('review.exportIntroNoCount')
            : tt('review.exportIntro', { count: formatNumber(total) }),
        reason: tt('review.exportReason'),
        reasonPlaceholder: tt('review.exportReasonPlaceholder'),
        reasonShort: tt('review.exportReasonShort'),
        ok: tt('review.exportOk'),
        done: (rows) => tt('review.exportDone', { rows }),
      }}
    />
  );
}

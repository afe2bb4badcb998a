import type { PersonExportRequest } from '@pcmt/contracts';
import { formatNumber } from '../../i18n/format.ts';
import { ExportButton as KitExportButton } from '../../kit/export-button.tsx';
import { usePersonLinksText } from './links-i18n.ts';

/**
 * "Xuất danh sách" of persons: the list's filters as a CSV file with a reason. Shown only to roles holding
 * `person.export` (PC04, commune police chiefs).
 */
export function ExportButton({
  filters,
  total,
}: {
  filters: Omit<PersonExportRequest, 'reason'>;
  total?: number;
}) {
  const { lt } = usePersonLinksText();
  return (
    <KitExportButton
      gate="person.export"
      path="/persons/export"
      fallbackName="danh-sach-nguoi.csv"
      filters={filters}
      texts={{
        button: lt('export.button'),
        title: lt('export.title'),
        intro: total === undefined ? undefined : lt('export.intro', { count: formatNumber(total) }),
        reason: lt('export.reason'),
        reasonPlaceholder: lt('export.reasonPlaceholder'),
        reasonShort: lt('export.reasonShort'),
        ok: lt('export.ok'),
        done: (rows) => lt('export.done', { rows }),
      }}
    />
  );
}

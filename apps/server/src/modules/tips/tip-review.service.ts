import {
  type Paged,
  TIP_EXPORT_MAX_ROWS,
  TIP_RETENTION_MAX_ROWS,
  type Tip,
  type TipExportRequest,
  type TipListQuery,
  type TipRetentionQuery,
  tipCategoryLabel,
  tipChannelLabel,
  tipDeadlineStateLabel,
  tipOutcomeLabel,
  tipSourceLabel,
  tipStatusLabel,
  tipUrgencyLabel,
} from '@pcmt/contracts';
import { addDays, addMonthsClamped, tipClosures } from '@pcmt/domain';
import { csvFile } from '../../platform/csv.ts';
import type { Db } from '../../platform/db/client.ts';
import { invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { toTip } from './tip.presenter.ts';
import { closedTipsBy, listTipRows } from './tip.repository.ts';
import type { TipService } from './tip.service.ts';

const vnDate = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

const HEADER = [
  'STT',
  'Số tin báo',
  'Ngày tiếp nhận',
  'Loại nguồn tin',
  'Kênh tiếp nhận',
  'Xã, phường',
  'Cơ quan giải quyết',
  'Phân loại',
  'Mức độ khẩn',
  'Nội dung',
  'Trạng thái',
  'Hạn giải quyết',
  'Tình trạng thời hạn',
  'Kết quả',
  'Người tố giác',
];

/**
 * The unit head's reviews of the tip list: the retention review (closed tips whose retention ends soon or has
 * ended; nothing here deletes: a person decides) and the export of the inbox. Both need `tip.supervise` (commune
 * police chiefs, PC04) and are audited in the same transaction as the read.
 */
export function createTipReview(db: Db, desk: TipService) {
  const audit = (tx: Db, actor: Actor, action: string, after: object) =>
    appendAudit(tx, auditContextOf(actor), { action, recordType: 'tip', recordId: null, after });

  return {
    /** `warn`: retention ends within the warning days; `expired`: it has ended. Oldest end first. */
    async retention(actor: Actor, q: TipRetentionQuery): Promise<Paged<Tip>> {
      authorize(actor, 'tip.supervise');
      const c = desk.clock();
      const rules = desk.rules();
      const wanted = q.state ? [q.state] : ['warn', 'expired'];
      // A tip can be in the review once its end is within the warning days (expired: before today); the day
      // after covers the clamping of 29/02, the exact state is the domain's below.
      const horizon = wanted.includes('warn') ? addDays(c.today, rules.retentionWarnDays.value) : c.today;
      const closedBy = Object.fromEntries(
        tipClosures.map((k) => [
          k,
          addDays(addMonthsClamped(horizon, -12 * rules.retentionYears.value[k]), 1),
        ]),
      );
      return db.transaction(async (tx) => {
        const rows = await closedTipsBy(tx, actor, closedBy, q.unitId, TIP_RETENTION_MAX_ROWS);
        const data = rows
          .map((r) => toTip(r, [], c, rules))
          .filter((t) => wanted.includes(t.retention.state))
          .sort((a, b) => (a.retention.endsOn ?? '').localeCompare(b.retention.endsOn ?? ''));
        await audit(tx, actor, 'tip.retention', { returned: data.length, filter: q });
        return { data, total: data.length, page: 1, pageSize: TIP_RETENTION_MAX_ROWS };
      });
    },

    /**
     * The inbox with its filters as a CSV file (UTF-8 BOM; a cell a spreadsheet would run as a formula is
     * neutralised; the tip's words stay text). The reporter is never in it: only whether they gave details.
     */
    async exportCsv(
      actor: Actor,
      input: TipExportRequest,
    ): Promise<{ filename: string; body: Buffer; rows: number }> {
      authorize(actor, 'tip.supervise');
      const c = desk.clock();
      const rules = desk.rules();
      const { reason, ...filters } = input;
      const q: TipListQuery = { ...filters, page: 1, pageSize: TIP_EXPORT_MAX_ROWS + 1 };
      return db.transaction(async (tx) => {
        const { rows } = await listTipRows(tx, actor, q, c.today, rules.deadlineWarnDays.value);
        if (rows.length > TIP_EXPORT_MAX_ROWS)
          throw invalid('from', 'tip.exportTooMany', { max: TIP_EXPORT_MAX_ROWS });
        const lines = rows.map((r, i) => {
          const t = toTip(r, [], c, rules);
          return [
            i + 1,
            t.number,
            vnDate(t.receivedOn),
            tipSourceLabel[t.source],
            tipChannelLabel[t.channel],
            t.unit.name,
            t.agency.name,
            t.category ? tipCategoryLabel[t.category] : '',
            tipUrgencyLabel[t.urgency],
            t.content,
            tipStatusLabel[t.status],
            vnDate(t.deadlines.dueOn),
            tipDeadlineStateLabel[t.deadlines.state],
            t.outcome ? `${tipOutcomeLabel[t.outcome]} (${vnDate(t.outcomeOn)})` : '',
            t.reporter.provided ? 'Có thông tin (đã niêm phong)' : 'Ẩn danh',
          ];
        });
        await audit(tx, actor, 'tip.export', {
          reason,
          rows: lines.length,
          format: 'csv',
          reporter: 'masked',
          filter: { ...q, page: undefined, pageSize: undefined },
        });
        return {
          filename: `danh-sach-tin-bao-${c.today}.csv`,
          body: csvFile(HEADER, lines),
          rows: lines.length,
        };
      });
    },
  };
}
export type TipReview = ReturnType<typeof createTipReview>;

import {
  drugStatusLabel,
  PERSON_EXPORT_MAX_ROWS,
  type PersonExportRequest,
  type PersonListQuery,
  personStatusLabel,
  sexLabel,
} from '@pcmt/contracts';
import { maskCccd } from '@pcmt/domain';
import { csvCell as cell } from '../../platform/csv.ts';
import { invalid } from '../../platform/errors.ts';
import { authorize, can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { listPersonRows } from './person.repository.ts';
import type { PersonContext } from './person-context.ts';
import { vnDate } from './person-rules.ts';

const HEADER = [
  'STT',
  'Họ và tên',
  'Tên gọi khác',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Nơi cư trú (xã, phường)',
  'Cơ quan quản lý',
  'Tình trạng sử dụng ma túy',
  'Từ ngày',
  'Trạng thái hiện tại',
  'Cập nhật lần cuối',
];

/**
 * The export of the person list (issue 9 §5): the list's filters without paging, as a CSV file with a UTF-8 BOM
 * (Excel opens it with the Vietnamese letters; the repository has no XLSX library). It needs `person.export`
 * (PC04, commune police chiefs: never leadership, who hold counts only) and a reason, and is audited with the
 * reason, the filters (a typed CCCD masked) and the row count in the same transaction as the read. The CCCD is
 * in clear only for a role that may reveal it (`person.seal.read`), else masked as lists show it.
 */
export function personExport({ db, sealing, today, summaries }: PersonContext) {
  return {
    async exportCsv(
      actor: Actor,
      input: PersonExportRequest,
    ): Promise<{ filename: string; body: Buffer; rows: number }> {
      authorize(actor, 'person.export');
      const t = today();
      const { reason, alertsDue, ...filters } = input;
      const typed = filters.q?.replace(/\s+/g, ' ').trim();
      const digits = typed?.replace(/[\s.-]/g, '');
      const cccd = filters.cccd ?? (digits && /^\d{12}$/.test(digits) ? digits : undefined);
      const q: PersonListQuery = {
        ...filters,
        q: cccd && !filters.cccd ? undefined : typed || undefined,
        cccd,
        alertsDue: alertsDue ? 'true' : undefined,
        page: 1,
        pageSize: PERSON_EXPORT_MAX_ROWS + 1,
      };
      const reveal = can(actor, 'person.seal.read');
      return db.transaction(async (tx) => {
        const page = await listPersonRows(tx, actor, q, cccd ? sealing.cccdIndex(cccd) : null, t);
        if (page.data.length > PERSON_EXPORT_MAX_ROWS)
          throw invalid('unitId', 'person.exportTooMany', { max: PERSON_EXPORT_MAX_ROWS });
        const people = await summaries(tx, page.data);
        const lines = people.map((p, i) => {
          const row = page.data[i]!;
          const number = reveal ? sealing.openCccd(p.id, row.p.cccdSealed) : p.cccdMasked;
          const birth = p.birthDate
            ? p.birthPrecision === 'year'
              ? p.birthDate.slice(0, 4)
              : vnDate(p.birthDate)
            : '';
          return [
            i + 1,
            p.fullName,
            p.aliases.join('; '),
            birth,
            sexLabel[p.sex].vi,
            number,
            p.unit.name,
            p.agency.name,
            drugStatusLabel[p.drugStatus].vi,
            p.drugStatusSince ? vnDate(p.drugStatusSince) : '',
            p.openStatuses.map((s) => personStatusLabel[s].vi).join('; '),
            vnDate(p.updatedAt.slice(0, 10)),
          ]
            .map(cell)
            .join(',');
        });
        const text = `\uFEFF${[HEADER.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.export',
          recordType: 'person',
          after: {
            reason,
            rows: people.length,
            format: 'csv',
            cccd: reveal ? 'clear' : 'masked',
            filter: { ...q, page: undefined, pageSize: undefined, ...(cccd ? { cccd: maskCccd(cccd) } : {}) },
          },
        });
        return { filename: `danh-sach-nguoi-${t}.csv`, body: Buffer.from(text, 'utf8'), rows: people.length };
      });
    },
  };
}

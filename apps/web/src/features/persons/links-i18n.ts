import { transferStatusLabel } from '@pcmt/contracts';
import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';

const statusIn = (lang: 'vi' | 'en') =>
  Object.fromEntries(Object.entries(transferStatusLabel).map(([k, v]) => [k, v[lang]])) as Record<
    keyof typeof transferStatusLabel,
    string
  >;

/**
 * Texts of the person register's links (issue 9 §4–6): hotspots and rings on the profile, hand-overs to
 * another commune and their 24-hour notice, the export with a reason, the list's extra filters, and the persons
 * a hotspot's page shows. Kept apart from `i18n.ts` so the hotspot page loads only these.
 */
export const vi = {
  personLinks: {
    transferStatus: statusIn('vi'),
    hotspots: {
      title: 'Điểm, tụ điểm',
      none: 'Chưa liên kết với điểm, tụ điểm nào',
      add: 'Liên kết điểm, tụ điểm',
      addShort: 'Liên kết',
      remove: 'Bỏ liên kết',
      removeConfirm: 'Bỏ liên kết với «{{name}}»?',
      picker: 'Điểm, tụ điểm',
      pickerHint: 'Gõ tên để tìm trong địa bàn được giao (không cần dấu)',
      role: 'Vai trò (không bắt buộc)',
      rolePlaceholder: 'Ví dụ: chủ tụ điểm, người thường lui tới',
      linkedOn: 'Ngày liên kết',
      linked: 'Đã liên kết điểm, tụ điểm',
      unlinked: 'Đã bỏ liên kết',
      since: 'từ {{date}}',
    },
    rings: {
      title: 'Đường dây, ổ nhóm',
      none: 'Không thuộc đường dây, ổ nhóm nào',
      left: 'đã rời ngày {{date}}',
      since: 'từ {{date}}',
      role: 'Vai trò: {{role}}',
    },
    transfer: {
      pendingTitle: 'Hồ sơ chuyển đến đang chờ tiếp nhận',
      pendingText:
        'Chuyển từ {{from}} ({{fromAgency}}) ngày {{moved}}. Hạn tiếp nhận: {{due}} ({{hours}} giờ kể từ khi thông báo).',
      overdue: 'Quá hạn tiếp nhận',
      note: 'Ghi chú của nơi chuyển: {{note}}',
      acknowledge: 'Xác nhận tiếp nhận',
      acknowledgeTitle: 'Xác nhận tiếp nhận hồ sơ',
      acknowledgeNote: 'Ghi chú (không bắt buộc)',
      acknowledged: 'Đã xác nhận tiếp nhận hồ sơ',
    },
    transfers: {
      intro:
        'Hồ sơ chuyển đến địa bàn được giao (phải xác nhận tiếp nhận trong 24 giờ) và hồ sơ chuyển đi nơi khác.',
      incoming: 'Chuyển đến',
      outgoing: 'Chuyển đi',
      overdueOnly: 'Chỉ hồ sơ quá hạn tiếp nhận',
      allStatuses: 'Mọi trạng thái',
      person: 'Người',
      hidden: 'Không còn thuộc quyền xem',
      route: 'Từ → đến',
      movedOn: 'Ngày chuyển',
      due: 'Hạn tiếp nhận',
      status: 'Trạng thái',
      empty: 'Không có hồ sơ chuyển nào',
      label: 'Danh sách hồ sơ chuyển',
      acknowledgedBy: 'Tiếp nhận: {{name}}, {{at}}',
      open: 'Mở hồ sơ',
    },
    export: {
      button: 'Xuất danh sách',
      title: 'Xuất danh sách người (tệp CSV)',
      intro:
        'Tệp chứa dữ liệu cá nhân của {{count}} người theo bộ lọc đang chọn. Việc xuất được ghi nhật ký cùng lý do.',
      reason: 'Lý do xuất',
      reasonPlaceholder: 'Ví dụ: báo cáo rà soát người nghiện quý II gửi Công an tỉnh',
      reasonShort: 'Nêu lý do xuất dữ liệu cá nhân (ít nhất 10 ký tự)',
      ok: 'Xuất tệp',
      done: 'Đã xuất {{rows}} dòng',
    },
    filters: {
      measureType: 'Biện pháp đang áp dụng',
      allMeasures: 'Mọi biện pháp',
      alertsDue: 'Có cảnh báo hôm nay',
    },
    hotspotPersons: {
      title: 'Người có hồ sơ liên quan',
      none: 'Chưa có hồ sơ người nào liên kết',
      hidden: '{{count}} người khác ngoài quyền xem của bạn',
      role: 'Vai trò: {{role}}',
      since: 'từ {{date}}',
    },
    cancel: 'Hủy',
    save: 'Lưu',
  },
};

export const en: typeof vi = {
  personLinks: {
    transferStatus: statusIn('en'),
    hotspots: {
      title: 'Hotspots',
      none: 'Not linked to any hotspot',
      add: 'Link a hotspot',
      addShort: 'Link',
      remove: 'Unlink',
      removeConfirm: 'Unlink “{{name}}”?',
      picker: 'Hotspot',
      pickerHint: 'Type a name to search your jurisdiction (diacritics optional)',
      role: 'Role (optional)',
      rolePlaceholder: 'E.g. runs the place, regular visitor',
      linkedOn: 'Linked on',
      linked: 'Hotspot linked',
      unlinked: 'Link removed',
      since: 'since {{date}}',
    },
    rings: {
      title: 'Rings',
      none: 'Not a member of any ring',
      left: 'left on {{date}}',
      since: 'since {{date}}',
      role: 'Role: {{role}}',
    },
    transfer: {
      pendingTitle: 'Record handed over, awaiting acknowledgement',
      pendingText:
        'Moved from {{from}} ({{fromAgency}}) on {{moved}}. Acknowledge by {{due}} ({{hours}} hours after the notice).',
      overdue: 'Acknowledgement overdue',
      note: 'Note from the sender: {{note}}',
      acknowledge: 'Acknowledge receipt',
      acknowledgeTitle: 'Acknowledge the record handed over',
      acknowledgeNote: 'Note (optional)',
      acknowledged: 'Receipt acknowledged',
    },
    transfers: {
      intro:
        'Records handed over to your jurisdiction (to acknowledge within 24 hours) and records handed over elsewhere.',
      incoming: 'Incoming',
      outgoing: 'Outgoing',
      overdueOnly: 'Overdue acknowledgements only',
      allStatuses: 'All statuses',
      person: 'Person',
      hidden: 'No longer yours to read',
      route: 'From → to',
      movedOn: 'Moved on',
      due: 'Due',
      status: 'Status',
      empty: 'No records handed over',
      label: 'Records handed over',
      acknowledgedBy: 'Acknowledged by {{name}}, {{at}}',
      open: 'Open record',
    },
    export: {
      button: 'Export list',
      title: 'Export the person list (CSV file)',
      intro:
        'The file holds the personal data of {{count}} persons matching the current filters. The export is logged with its reason.',
      reason: 'Reason for the export',
      reasonPlaceholder: 'E.g. quarterly review of addicts for the provincial police',
      reasonShort: 'Give the reason for exporting personal data (at least 10 characters)',
      ok: 'Export file',
      done: '{{rows}} rows exported',
    },
    filters: {
      measureType: 'Measure in force',
      allMeasures: 'Any measure',
      alertsDue: 'Alerts due today',
    },
    hotspotPersons: {
      title: 'Linked person records',
      none: 'No person record linked yet',
      hidden: '{{count}} more outside what you may read',
      role: 'Role: {{role}}',
      since: 'since {{date}}',
    },
    cancel: 'Cancel',
    save: 'Save',
  },
};

// Loaded with the pages that use it (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type PersonLinksTextKey = TextPaths<(typeof vi)['personLinks']>;

/** `t` for the links' keys (`lt('hotspots.add')`). */
export function usePersonLinksText() {
  const { tx, language } = useFeatureText<PersonLinksTextKey>('personLinks');
  return { lt: tx, language };
}

import {
  type DocumentKind,
  type DocumentStatus,
  documentKindLabel,
  documentKinds,
  documentStatuses,
  documentStatusLabel,
} from '@pcmt/contracts';
import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';

const labels = <K extends string>(
  keys: readonly K[],
  table: Record<K, { vi: string; en: string }>,
  l: 'vi' | 'en',
) => Object.fromEntries(keys.map((k) => [k, table[k][l]])) as Record<K, string>;

/** Texts of the documents register (list, record, form). Kind and status labels come from the contracts. */
export const vi = {
  documents: {
    kind: labels<DocumentKind>(documentKinds, documentKindLabel, 'vi'),
    status: labels<DocumentStatus>(documentStatuses, documentStatusLabel, 'vi'),
    list: {
      heading: 'Văn bản chỉ đạo, kế hoạch',
      label: 'Danh sách văn bản',
      search: 'Tìm theo số, cơ quan, trích yếu',
      empty: 'Chưa có văn bản nào',
      create: 'Ghi nhận văn bản',
      filters: 'Bộ lọc',
      allKinds: 'Mọi loại văn bản',
      allStatuses: 'Mọi hiệu lực',
      issuer: 'Cơ quan ban hành',
      year: 'Năm ban hành',
      open: 'Xem',
      undated: 'Chưa rõ ngày',
    },
    field: {
      kind: 'Loại văn bản',
      number: 'Số, ký hiệu',
      issuedOn: 'Ngày ban hành',
      issuer: 'Cơ quan ban hành',
      signer: 'Người ký',
      summary: 'Trích yếu',
      effectiveFrom: 'Có hiệu lực từ',
      effectiveTo: 'Hiệu lực đến hết ngày',
      effective: 'Hiệu lực',
      notes: 'Ghi chú',
      status: 'Tình trạng hiệu lực',
      replacedBy: 'Bị thay thế bởi',
      replaces: 'Thay thế văn bản',
      agency: 'Đơn vị ghi nhận',
    },
    form: {
      required: 'Vui lòng nhập thông tin này',
      requiredSelect: 'Vui lòng chọn',
      save: 'Lưu văn bản',
      cancel: 'Hủy',
      created: 'Đã ghi nhận văn bản',
      saved: 'Đã lưu văn bản',
      conflict: 'Văn bản vừa được người khác sửa. Tải lại để xem bản mới nhất rồi làm lại.',
      reload: 'Tải lại',
      numberPlaceholder: 'Ví dụ: 3220/KH-UBND',
      issuerPlaceholder: 'Ví dụ: UBND tỉnh Kon Tum',
      dateHint: 'Bỏ trống nếu chưa có nguồn xác nhận ngày (không ghi ngày phỏng đoán).',
      future: 'Ngày không được sau ngày hôm nay',
      effectiveOrder: 'Ngày hết hiệu lực phải sau ngày có hiệu lực',
      fileHint: 'Tệp văn bản (PDF, Word, ảnh chụp) được thêm ở trang hồ sơ văn bản sau khi lưu.',
    },
    detail: {
      notFound: 'Không tìm thấy văn bản',
      back: 'Về danh sách',
      edit: 'Sửa',
      transition: 'Chuyển hiệu lực',
      general: 'Thông tin văn bản',
      files: 'Tệp văn bản',
      citedBy: 'Hồ sơ trích dẫn văn bản này',
      citedByEmpty: 'Chưa có hồ sơ nào (trong phạm vi bạn được xem) trích dẫn văn bản này',
      openRecord: 'Mở hồ sơ',
      timeline: 'Lịch sử văn bản',
      none: '—',
      from: 'từ {{date}}',
      until: 'đến hết {{date}}',
    },
    transition: {
      title: 'Chuyển tình trạng hiệu lực',
      on: 'Ngày thay đổi hiệu lực',
      replacedBy: 'Văn bản thay thế',
      replacedByPlaceholder: 'Gõ số hoặc trích yếu để tìm',
    },
  },
};

export const en: typeof vi = {
  documents: {
    kind: labels<DocumentKind>(documentKinds, documentKindLabel, 'en'),
    status: labels<DocumentStatus>(documentStatuses, documentStatusLabel, 'en'),
    list: {
      heading: 'Directives, plans and decisions',
      label: 'Documents',
      search: 'Search number, issuer, summary',
      empty: 'No document yet',
      create: 'Record a document',
      filters: 'Filters',
      allKinds: 'All kinds',
      allStatuses: 'Any status',
      issuer: 'Issuer',
      year: 'Year issued',
      open: 'Open',
      undated: 'Date unknown',
    },
    field: {
      kind: 'Kind',
      number: 'Number',
      issuedOn: 'Issue date',
      issuer: 'Issuer',
      signer: 'Signer',
      summary: 'Summary',
      effectiveFrom: 'In force from',
      effectiveTo: 'In force until',
      effective: 'In force',
      notes: 'Notes',
      status: 'Status',
      replacedBy: 'Replaced by',
      replaces: 'Replaces',
      agency: 'Recorded by',
    },
    form: {
      required: 'Please fill this in',
      requiredSelect: 'Please choose',
      save: 'Save document',
      cancel: 'Cancel',
      created: 'Document recorded',
      saved: 'Document saved',
      conflict: 'Someone else just changed this document. Reload to see the latest version, then try again.',
      reload: 'Reload',
      numberPlaceholder: 'E.g. 3220/KH-UBND',
      issuerPlaceholder: 'E.g. UBND tỉnh Kon Tum',
      dateHint: 'Leave empty when no source confirms the date (never a guessed date).',
      future: 'The date cannot be later than today',
      effectiveOrder: 'The end of effect must be after its start',
      fileHint: 'The document’s file (PDF, Word, photo) is added on its record page once saved.',
    },
    detail: {
      notFound: 'Document not found',
      back: 'Back to the list',
      edit: 'Edit',
      transition: 'Change status',
      general: 'Document',
      files: 'Files',
      citedBy: 'Records citing this document',
      citedByEmpty: 'No record (that you may see) cites this document',
      openRecord: 'Open record',
      timeline: 'History',
      none: '—',
      from: 'from {{date}}',
      until: 'until {{date}}',
    },
    transition: {
      title: 'Change the document’s status',
      on: 'Date of the change',
      replacedBy: 'Replacing document',
      replacedByPlaceholder: 'Type a number or words of the summary',
    },
  },
};

// Loaded with the documents pages (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type DocumentTextKey = TextPaths<(typeof vi)['documents']>;

/** `t` for this feature's keys (`dt('list.create')`). */
export function useDocumentText() {
  const { tx, t, language } = useFeatureText<DocumentTextKey>('documents');
  return { dt: tx, t, language };
}

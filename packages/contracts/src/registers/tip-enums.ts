import { z } from 'zod';

/**
 * Crime tips (tin báo, tố giác về tội phạm ma túy), BLTTHS 2015 Điều 144–148. Identifiers from DOMAIN.md's
 * glossary; Vietnamese labels are what officers and reporters read.
 */

/** Điều 144: who the information comes from. */
export const tipSources = ['denunciation', 'report', 'prosecution_request'] as const;
export const tipSource = z.enum(tipSources);
export type TipSource = z.infer<typeof tipSource>;
export const tipSourceLabel: Record<TipSource, string> = {
  denunciation: 'Tố giác về tội phạm',
  report: 'Tin báo về tội phạm',
  prosecution_request: 'Kiến nghị khởi tố',
};

/** Điều 144 k1: a tip is given by word of mouth or in writing. */
export const tipForms = ['oral', 'written'] as const;
export const tipForm = z.enum(tipForms);
export type TipForm = z.infer<typeof tipForm>;
export const tipFormLabel: Record<TipForm, string> = { oral: 'Bằng lời nói', written: 'Bằng văn bản' };

/**
 * How the tip reached the police. Tips from other systems keep their reference there (`externalRef`, unique
 * per channel), so a tip is linked, never typed twice.
 */
export const tipChannels = [
  'portal',
  'phone',
  'letter',
  'in_person',
  'media',
  'vneid',
  'hotline_call',
  'hotline_sms',
  'hotline_zalo',
  'zalo_box',
  'qr_box',
] as const;
export const tipChannel = z.enum(tipChannels);
export type TipChannel = z.infer<typeof tipChannel>;
export const tipChannelLabel: Record<TipChannel, string> = {
  portal: 'Cổng tố giác trực tuyến',
  phone: 'Điện thoại',
  letter: 'Thư, đơn',
  in_person: 'Trực tiếp tại cơ quan',
  media: 'Phương tiện thông tin đại chúng',
  vneid: 'VNeID — Kiến nghị, phản ánh về ANTT',
  hotline_call: 'Đường dây nóng 0769.04.04.04 (cuộc gọi)',
  hotline_sms: 'Đường dây nóng 0769.04.04.04 (tin nhắn SMS)',
  hotline_zalo: 'Đường dây nóng 0769.04.04.04 (Zalo)',
  zalo_box: 'Hộp thư tố giác Zalo',
  qr_box: 'Hộp thư tố giác mã QR',
};

/** What the tip is about (triage). */
export const tipCategories = [
  'trafficking',
  'transport',
  'storage',
  'organising_use',
  'harbouring_use',
  'use',
  'cultivation',
  'production',
  'other',
] as const;
export const tipCategory = z.enum(tipCategories);
export type TipCategory = z.infer<typeof tipCategory>;
export const tipCategoryLabel: Record<TipCategory, string> = {
  trafficking: 'Mua bán trái phép chất ma túy',
  transport: 'Vận chuyển trái phép chất ma túy',
  storage: 'Tàng trữ trái phép chất ma túy',
  organising_use: 'Tổ chức sử dụng trái phép chất ma túy',
  harbouring_use: 'Chứa chấp việc sử dụng trái phép chất ma túy',
  use: 'Sử dụng trái phép chất ma túy',
  cultivation: 'Trồng cây có chứa chất ma túy',
  production: 'Sản xuất trái phép chất ma túy',
  other: 'Khác',
};

export const tipUrgencies = ['normal', 'high', 'urgent'] as const;
export const tipUrgency = z.enum(tipUrgencies);
export type TipUrgency = z.infer<typeof tipUrgency>;
export const tipUrgencyLabel: Record<TipUrgency, string> = {
  normal: 'Bình thường',
  high: 'Cần xử lý sớm',
  urgent: 'Khẩn cấp',
};

/**
 * The lifecycle: tiếp nhận → (phân công) → kiểm tra, xác minh → kết quả (Điều 147 k3: khởi tố, không khởi tố,
 * tạm đình chỉ; or chuyển to the competent body). A suspended tip resumes (Điều 148 k3) into verification.
 */
export const tipStatuses = [
  'received',
  'assigned',
  'verifying',
  'suspended',
  'prosecuted',
  'declined',
  'transferred',
] as const;
export const tipStatus = z.enum(tipStatuses);
export type TipStatus = z.infer<typeof tipStatus>;
export const tipStatusLabel: Record<TipStatus, string> = {
  received: 'Mới tiếp nhận',
  assigned: 'Đã phân công',
  verifying: 'Đang kiểm tra, xác minh',
  suspended: 'Tạm đình chỉ',
  prosecuted: 'Đã khởi tố',
  declined: 'Không khởi tố',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
};

/** What the reporter sees with the receipt code: never more than this. */
export const tipReporterStatuses = ['received', 'in_progress', 'concluded'] as const;
export const tipReporterStatus = z.enum(tipReporterStatuses);
export type TipReporterStatus = z.infer<typeof tipReporterStatus>;
export const tipReporterStatusLabel: Record<TipReporterStatus, string> = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang được xử lý',
  concluded: 'Đã có kết quả xử lý',
};

/** Điều 147 k3, 148: how the verification ends (suspension is resumable, see `tipStatuses`). */
export const tipOutcomes = ['prosecute', 'decline', 'transfer'] as const;
export const tipOutcome = z.enum(tipOutcomes);
export type TipOutcome = z.infer<typeof tipOutcome>;
export const tipOutcomeLabel: Record<TipOutcome, string> = {
  prosecute: 'Quyết định khởi tố vụ án hình sự',
  decline: 'Quyết định không khởi tố vụ án hình sự',
  transfer: 'Chuyển cơ quan có thẩm quyền giải quyết',
};

/** Điều 148 k1: grounds of a suspension (the third is configurable, see DOMAIN.md). */
export const tipSuspensionGrounds = ['awaiting_expertise', 'awaiting_documents', 'other'] as const;
export const tipSuspensionGround = z.enum(tipSuspensionGrounds);
export type TipSuspensionGround = z.infer<typeof tipSuspensionGround>;
export const tipSuspensionGroundLabel: Record<TipSuspensionGround, string> = {
  awaiting_expertise: 'Chờ kết quả giám định, định giá tài sản, tương trợ tư pháp',
  awaiting_documents: 'Chờ tài liệu, đồ vật quan trọng do cơ quan, tổ chức, cá nhân cung cấp',
  other: 'Căn cứ khác theo quy định',
};

/** Điều 147 k2: who extends the verification period (the head of the agency, then once the prosecutor). */
export const tipExtensionBys = ['head', 'prosecutor'] as const;
export const tipExtensionBy = z.enum(tipExtensionBys);
export type TipExtensionBy = z.infer<typeof tipExtensionBy>;
export const tipExtensionByLabel: Record<TipExtensionBy, string> = {
  head: 'Thủ trưởng cơ quan gia hạn',
  prosecutor: 'Viện kiểm sát gia hạn',
};

/** Where a tip's deadline stands (colours of the inbox). */
export const tipDeadlineStates = ['on_track', 'due_soon', 'overdue', 'paused', 'met', 'missed'] as const;
export const tipDeadlineStateEnum = z.enum(tipDeadlineStates);
export type TipDeadlineStateCode = z.infer<typeof tipDeadlineStateEnum>;
export const tipDeadlineStateLabel: Record<TipDeadlineStateCode, string> = {
  on_track: 'Còn trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  paused: 'Đang tạm đình chỉ',
  met: 'Giải quyết đúng hạn',
  missed: 'Giải quyết quá hạn',
};

/** Records a tip can be linked to (businesses and cases come with their registers). */
export const tipLinkKinds = ['hotspot', 'person'] as const;
export const tipLinkKind = z.enum(tipLinkKinds);
export type TipLinkKind = z.infer<typeof tipLinkKind>;
export const tipLinkKindLabel: Record<TipLinkKind, string> = {
  hotspot: 'Điểm, tụ điểm',
  person: 'Người',
};

/** Retention of a closed tip's reporter data: warned before the review date, never deleted silently. */
export const tipRetentionStates = ['open', 'kept', 'review_soon', 'review_due'] as const;
export const tipRetentionState = z.enum(tipRetentionStates);
export type TipRetentionStateCode = z.infer<typeof tipRetentionState>;
export const tipRetentionStateLabel: Record<TipRetentionStateCode, string> = {
  open: 'Đang giải quyết',
  kept: 'Đang lưu giữ',
  review_soon: 'Sắp đến hạn xem xét lưu giữ',
  review_due: 'Đến hạn xem xét lưu giữ',
};

/** The deadline an alert is about. */
export const tipAlertKinds = ['transfer', 'verification'] as const;
export type TipAlertKind = (typeof tipAlertKinds)[number];
export const tipAlertKindLabel: Record<TipAlertKind, string> = {
  transfer: 'Hạn chuyển tin báo (công an xã)',
  verification: 'Hạn giải quyết tin báo',
};

/** Who wrote a message of the anonymous conversation. */
export const tipMessageAuthors = ['reporter', 'officer'] as const;
export type TipMessageAuthor = (typeof tipMessageAuthors)[number];

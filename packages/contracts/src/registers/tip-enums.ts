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
 * The lifecycle (the domain's transition table, `packages/domain/src/tips/lifecycle.ts`): tiếp nhận → phân loại →
 * giao đơn vị → kiểm tra, xác minh → giải quyết (khởi tố, không khởi tố, chuyển) or tạm đình chỉ → phục hồi.
 * `dismissed`: not crime information at all (spam, duplicate, empty), only before assignment.
 */
export const tipStatuses = [
  'received',
  'triaged',
  'assigned',
  'verifying',
  'suspended',
  'resumed',
  'resolved',
  'dismissed',
] as const;
export const tipStatus = z.enum(tipStatuses);
export type TipStatus = z.infer<typeof tipStatus>;
export const tipStatusLabel: Record<TipStatus, string> = {
  received: 'Mới tiếp nhận',
  triaged: 'Đã phân loại',
  assigned: 'Đã giao đơn vị giải quyết',
  verifying: 'Đang kiểm tra, xác minh',
  suspended: 'Tạm đình chỉ giải quyết',
  resumed: 'Đã phục hồi giải quyết',
  resolved: 'Đã giải quyết',
  dismissed: 'Không phải nguồn tin (loại bỏ)',
};

/** What the reporter sees with the receipt code: never the unit, officer, outcome or a suspension. */
export const tipReporterStatuses = ['received', 'in_progress', 'answered'] as const;
export const tipReporterStatus = z.enum(tipReporterStatuses);
export type TipReporterStatus = z.infer<typeof tipReporterStatus>;
export const tipReporterStatusLabel: Record<TipReporterStatus, string> = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang xử lý',
  answered: 'Đã có kết quả',
};

/** Điều 147 k1: how a resolved tip ended (a suspension is its own move, resumable). */
export const tipOutcomes = ['prosecute', 'decline', 'transfer'] as const;
export const tipOutcome = z.enum(tipOutcomes);
export type TipOutcome = z.infer<typeof tipOutcome>;
export const tipOutcomeLabel: Record<TipOutcome, string> = {
  prosecute: 'Khởi tố vụ án hình sự',
  decline: 'Không khởi tố vụ án hình sự',
  transfer: 'Chuyển cơ quan có thẩm quyền',
};

/** Why a tip is dismissed (Điều 145 forbids refusing a tip: only non-information, before assignment). */
export const tipDismissalReasons = ['spam', 'duplicate', 'no_content'] as const;
export const tipDismissalReason = z.enum(tipDismissalReasons);
export type TipDismissalReason = z.infer<typeof tipDismissalReason>;
export const tipDismissalReasonLabel: Record<TipDismissalReason, string> = {
  spam: 'Tin rác, gửi tự động',
  duplicate: 'Trùng với tin báo đã có',
  no_content: 'Không có nội dung về tội phạm',
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

/** Điều 147 k2: the investigation body's extension (≤ 2 months in all), then once the procuracy's (≤ 2 months). */
export const tipExtensionKinds = ['extension', 'prosecutor_extension'] as const;
export const tipExtensionKind = z.enum(tipExtensionKinds);
export type TipExtensionKind = z.infer<typeof tipExtensionKind>;
export const tipExtensionKindLabel: Record<TipExtensionKind, string> = {
  extension: 'Thủ trưởng Cơ quan điều tra gia hạn',
  prosecutor_extension: 'Viện kiểm sát gia hạn',
};

/** Điều 149 k1 (phục hồi) or Điều 148 k2 (the procuracy cancels the suspension). */
export const tipResumptionKinds = ['resumption', 'procuracy_cancellation'] as const;
export const tipResumptionKind = z.enum(tipResumptionKinds);
export type TipResumptionKind = z.infer<typeof tipResumptionKind>;
export const tipResumptionKindLabel: Record<TipResumptionKind, string> = {
  resumption: 'Quyết định phục hồi giải quyết',
  procuracy_cancellation: 'Viện kiểm sát hủy quyết định tạm đình chỉ',
};

/** Where a tip's handling deadline stands (colours of the inbox). */
export const tipDeadlineStates = ['ok', 'due_soon', 'overdue', 'suspended', 'closed'] as const;
export const tipDeadlineStateEnum = z.enum(tipDeadlineStates);
export type TipDeadlineStateCode = z.infer<typeof tipDeadlineStateEnum>;
export const tipDeadlineStateLabel: Record<TipDeadlineStateCode, string> = {
  ok: 'Còn trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  suspended: 'Đang tạm đình chỉ',
  closed: 'Đã kết thúc',
};

/** The commune police's 24 h / 48 h transfer window. */
export const tipTransferStates = ['ok', 'due_soon', 'overdue', 'done', 'done_late'] as const;
export const tipTransferStateEnum = z.enum(tipTransferStates);
export type TipTransferStateCode = z.infer<typeof tipTransferStateEnum>;
export const tipTransferStateLabel: Record<TipTransferStateCode, string> = {
  ok: 'Còn trong thời hạn chuyển',
  due_soon: 'Sắp hết thời hạn chuyển',
  overdue: 'Quá thời hạn chuyển',
  done: 'Đã chuyển đúng hạn',
  done_late: 'Đã chuyển quá hạn',
};

/** Records a tip can be linked to (issue 10: hotspots, persons, businesses and cases). */
export const tipLinkKinds = ['hotspot', 'person', 'business', 'case'] as const;
export const tipLinkKind = z.enum(tipLinkKinds);
export type TipLinkKind = z.infer<typeof tipLinkKind>;
export const tipLinkKindLabel: Record<TipLinkKind, string> = {
  hotspot: 'Điểm, tụ điểm',
  person: 'Người',
  business: 'Cơ sở kinh doanh',
  case: 'Vụ án',
};

/** Retention of a closed tip's records: warned before its end, never deleted silently. */
export const tipRetentionStates = ['open', 'ok', 'warn', 'expired'] as const;
export const tipRetentionState = z.enum(tipRetentionStates);
export type TipRetentionStateCode = z.infer<typeof tipRetentionState>;
export const tipRetentionStateLabel: Record<TipRetentionStateCode, string> = {
  open: 'Đang giải quyết',
  ok: 'Đang lưu giữ',
  warn: 'Sắp hết thời hạn lưu giữ',
  expired: 'Hết thời hạn lưu giữ, chờ xem xét',
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

import { z } from 'zod';

/**
 * Businesses with security-and-order conditions (cơ sở kinh doanh có điều kiện về ANTT, DOMAIN.md b6): the
 * drug-relevant lines of NĐ 96/2016 Điều 3 and NĐ 54/2019, plus restaurants and bars the plan asks to inspect.
 * Which lines a province inspects is an open question (DOMAIN.md e.15): `other` keeps the list open.
 */
export const businessLines = [
  'karaoke',
  'dance_bar',
  'lodging',
  'massage',
  'pawn',
  'restaurant',
  'other',
] as const;
export const businessLine = z.enum(businessLines);
export type BusinessLine = z.infer<typeof businessLine>;
export const businessLineLabel: Record<BusinessLine, string> = {
  karaoke: 'Karaoke',
  dance_bar: 'Vũ trường, quán bar',
  lodging: 'Cơ sở lưu trú (khách sạn, nhà nghỉ)',
  massage: 'Xoa bóp (massage)',
  pawn: 'Cầm đồ',
  restaurant: 'Nhà hàng, quán ăn uống',
  other: 'Ngành nghề khác',
};

/** Operating → suspended (đình chỉ) → operating again; closed (ngừng kinh doanh); revoked (thu hồi giấy chứng nhận). */
export const businessStatuses = ['operating', 'suspended', 'closed', 'revoked'] as const;
export const businessStatus = z.enum(businessStatuses);
export type BusinessStatus = z.infer<typeof businessStatus>;
export const businessStatusLabel: Record<BusinessStatus, { vi: string; en: string }> = {
  operating: { vi: 'Đang hoạt động', en: 'Operating' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  closed: { vi: 'Ngừng kinh doanh', en: 'Closed' },
  revoked: { vi: 'Bị thu hồi giấy chứng nhận', en: 'Certificate revoked' },
};

/** Derived from the inspection history (domain `businessRiskLevel`); `unassessed`: never inspected. */
export const businessRiskLevels = ['unassessed', 'low', 'medium', 'high'] as const;
export const businessRiskLevel = z.enum(businessRiskLevels);
export type BusinessRiskLevel = z.infer<typeof businessRiskLevel>;
export const businessRiskLevelLabel: Record<BusinessRiskLevel, string> = {
  unassessed: 'Chưa đánh giá',
  low: 'Thấp',
  medium: 'Trung bình',
  high: 'Cao',
};

/** Administrative sanctions an inspection may lead to (xử phạt vi phạm hành chính). */
export const sanctionKinds = ['warning', 'fine', 'suspension', 'revocation'] as const;
export const sanctionKind = z.enum(sanctionKinds);
export type SanctionKind = z.infer<typeof sanctionKind>;
export const sanctionKindLabel: Record<SanctionKind, string> = {
  warning: 'Cảnh cáo',
  fine: 'Phạt tiền',
  suspension: 'Đình chỉ hoạt động có thời hạn',
  revocation: 'Tước quyền sử dụng giấy phép, giấy chứng nhận',
};

/** One answer of the inspection checklist. */
export const checklistResults = ['met', 'not_met', 'not_applicable'] as const;
export const checklistResult = z.enum(checklistResults);
export type ChecklistResult = z.infer<typeof checklistResult>;
export const checklistResultLabel: Record<ChecklistResult, string> = {
  met: 'Đạt',
  not_met: 'Không đạt',
  not_applicable: 'Không áp dụng',
};

/** What an inspection found, derived from its answers (domain `inspectionOutcome`). */
export const inspectionOutcomes = ['clean', 'violation', 'drugs'] as const;
export const inspectionOutcome = z.enum(inspectionOutcomes);
export type InspectionOutcome = z.infer<typeof inspectionOutcome>;
export const inspectionOutcomeLabel: Record<InspectionOutcome, string> = {
  clean: 'Không vi phạm',
  violation: 'Có vi phạm',
  drugs: 'Phát hiện ma túy',
};

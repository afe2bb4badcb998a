import { z } from 'zod';

/**
 * Transformation programmes (chương trình chuyển hóa địa bàn trọng điểm, phức tạp về ma túy), PRODUCT.md §3.
 * The lifecycle (issue 8): dự thảo → đã phê duyệt → đang thực hiện → đánh giá → đạt (theo dõi) / không đạt
 * (gia hạn or kết thúc, a new programme follows) → ổn định / tái phức tạp. The transition table is in
 * `packages/domain/src/programmes/lifecycle.ts`.
 */
export const programmeStatuses = [
  'draft',
  'approved',
  'in_progress',
  'evaluating',
  'succeeded',
  'failed',
  'extended',
  'closed',
  'stable',
  'relapsed',
] as const;
export const programmeStatus = z.enum(programmeStatuses);
export type ProgrammeStatus = z.infer<typeof programmeStatus>;
export const programmeStatusLabel: Record<ProgrammeStatus, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
  in_progress: 'Đang thực hiện',
  evaluating: 'Đang đánh giá',
  succeeded: 'Đạt (đang theo dõi)',
  failed: 'Không đạt',
  extended: 'Gia hạn thực hiện',
  closed: 'Kết thúc (không đạt)',
  stable: 'Ổn định',
  relapsed: 'Tái phức tạp',
};
export const programmeStatusLabelEn: Record<ProgrammeStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  in_progress: 'In progress',
  evaluating: 'Being evaluated',
  succeeded: 'Succeeded (watched)',
  failed: 'Failed',
  extended: 'Extended',
  closed: 'Closed (failed)',
  stable: 'Stable',
  relapsed: 'Relapsed',
};

/** Who sits on a programme's steering committee: an agency's officer, a mass organisation, a prestigious person. */
export const committeeMemberKinds = ['agency', 'mass_organisation', 'prestigious_person'] as const;
export const committeeMemberKind = z.enum(committeeMemberKinds);
export type CommitteeMemberKind = z.infer<typeof committeeMemberKind>;
export const committeeMemberKindLabel: Record<CommitteeMemberKind, string> = {
  agency: 'Cơ quan, đơn vị',
  mass_organisation: 'Tổ chức chính trị - xã hội, đoàn thể',
  prestigious_person: 'Người có uy tín',
};
export const committeeMemberKindLabelEn: Record<CommitteeMemberKind, string> = {
  agency: 'Agency',
  mass_organisation: 'Mass organisation',
  prestigious_person: 'Prestigious person',
};

export const committeeRoles = ['head', 'deputy', 'standing', 'member', 'secretary'] as const;
export const committeeRole = z.enum(committeeRoles);
export type CommitteeRole = z.infer<typeof committeeRole>;
export const committeeRoleLabel: Record<CommitteeRole, string> = {
  head: 'Trưởng ban',
  deputy: 'Phó trưởng ban',
  standing: 'Thường trực',
  member: 'Thành viên',
  secretary: 'Thư ký',
};
export const committeeRoleLabelEn: Record<CommitteeRole, string> = {
  head: 'Head',
  deputy: 'Deputy head',
  standing: 'Standing member',
  member: 'Member',
  secretary: 'Secretary',
};

/** Where a programme's baseline indicators came from. */
export const baselineSources = ['classification', 'recorded', 'entered', 'none'] as const;
export const baselineSource = z.enum(baselineSources);
export type BaselineSource = z.infer<typeof baselineSource>;
export const baselineSourceLabel: Record<BaselineSource, string> = {
  classification: 'Theo kết quả phân loại gần nhất',
  recorded: 'Theo số liệu đã ghi nhận của xã',
  entered: 'Nhập khi lập chương trình',
  none: 'Chưa có số liệu',
};
export const baselineSourceLabelEn: Record<BaselineSource, string> = {
  classification: 'From the latest classification',
  recorded: "From the commune's recorded figures",
  entered: 'Entered with the programme',
  none: 'No figures yet',
};

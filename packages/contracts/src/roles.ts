import { z } from 'zod';

/** Roles of PRODUCT.md "Who uses it". */
export const roles = [
  'admin',
  'leadership',
  'drug_police',
  'commune_police',
  'commune_police_chief',
  'commune_committee',
  'border_guard',
  'department',
  'tip_desk',
  'oversight',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const roleLabel: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  leadership: 'Lãnh đạo, Ban Chỉ đạo tỉnh',
  drug_police: 'Thường trực (PC04, Công an tỉnh)',
  commune_police: 'Công an xã',
  commune_police_chief: 'Trưởng Công an xã',
  commune_committee: 'UBND / Ban Chỉ đạo xã',
  border_guard: 'Bộ đội Biên phòng',
  department: 'Sở, ban, ngành',
  tip_desk: 'Tiếp nhận tin báo',
  oversight: 'Thanh tra, kiểm tra',
};

/**
 * Roles whose accounts must pass TOTP two-factor sign-in: every role that reads personal records (ASVS 4
 * L2 V2.7), plus administration and oversight. The other roles may enrol from their account page.
 */
export const privilegedRoles: readonly Role[] = [
  'admin',
  'leadership',
  'drug_police',
  'commune_police',
  'commune_police_chief',
  'border_guard',
  'tip_desk',
  'oversight',
];

export const agencyKinds = [
  'provincial_police',
  'drug_police',
  'commune_police',
  'border_guard',
  'department',
  'ubnd',
  'steering_committee',
  'investigation_body',
  'procuracy',
  'oversight',
] as const;
export const agencyKind = z.enum(agencyKinds);
export type AgencyKind = z.infer<typeof agencyKind>;

export const agencyKindLabel: Record<AgencyKind, string> = {
  provincial_police: 'Công an tỉnh',
  drug_police: 'Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)',
  commune_police: 'Công an xã, phường',
  border_guard: 'Bộ đội Biên phòng',
  department: 'Sở, ban, ngành',
  ubnd: 'Ủy ban nhân dân',
  steering_committee: 'Ban Chỉ đạo',
  investigation_body: 'Cơ quan điều tra',
  procuracy: 'Viện kiểm sát',
  oversight: 'Thanh tra',
};

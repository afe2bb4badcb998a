import { z } from 'zod';

/**
 * Prevention and mobilisation (issue 11 item 6): prestigious persons (người có uy tín) and religious dignitaries
 * (chức sắc tôn giáo) with their engagements, and model initiatives (mô hình phòng, chống ma túy) with their
 * results. Labels are Vietnamese with their English form, as the web shows them.
 */
type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/** Why the community listens to them (QĐ 12/2018/QĐ-TTg names the prestigious persons UBND tỉnh recognises). */
export const prestigeRoles = [
  'village_elder',
  'village_head',
  'clan_head',
  'religious_dignitary',
  'recognised',
  'other',
] as const;
export const prestigeRole = z.enum(prestigeRoles);
export type PrestigeRole = z.infer<typeof prestigeRole>;
export const prestigeRoleLabel: Labels<PrestigeRole> = {
  village_elder: { vi: 'Già làng', en: 'Village elder' },
  village_head: { vi: 'Trưởng thôn, làng, tổ dân phố', en: 'Village head' },
  clan_head: { vi: 'Trưởng dòng họ', en: 'Clan head' },
  religious_dignitary: { vi: 'Chức sắc, chức việc tôn giáo', en: 'Religious dignitary' },
  recognised: {
    vi: 'Người có uy tín được UBND tỉnh công nhận',
    en: 'Prestigious person recognised by the province',
  },
  other: { vi: 'Khác', en: 'Other' },
};

/** The religion of a dignitary (the recognised religions most present in the Central Highlands, and other). */
export const religions = [
  'buddhism',
  'catholicism',
  'protestantism',
  'caodaism',
  'hoa_hao',
  'islam',
  'other',
] as const;
export const religion = z.enum(religions);
export type Religion = z.infer<typeof religion>;
export const religionLabel: Labels<Religion> = {
  buddhism: { vi: 'Phật giáo', en: 'Buddhism' },
  catholicism: { vi: 'Công giáo', en: 'Catholicism' },
  protestantism: { vi: 'Tin Lành', en: 'Protestantism' },
  caodaism: { vi: 'Cao Đài', en: 'Caodaism' },
  hoa_hao: { vi: 'Phật giáo Hòa Hảo', en: 'Hoa Hao Buddhism' },
  islam: { vi: 'Hồi giáo', en: 'Islam' },
  other: { vi: 'Tôn giáo khác', en: 'Other religion' },
};

export const prestigeStatuses = ['active', 'inactive'] as const;
export const prestigeStatus = z.enum(prestigeStatuses);
export type PrestigeStatus = z.infer<typeof prestigeStatus>;
export const prestigeStatusLabel: Labels<PrestigeStatus> = {
  active: { vi: 'Đang tham gia', en: 'Active' },
  inactive: { vi: 'Thôi tham gia', en: 'Inactive' },
};

/** What a prestigious person did (the plan's asks of them). */
export const engagementKinds = [
  'propaganda',
  'persuade_rehab',
  'mediation',
  'information',
  'surrender',
  'other',
] as const;
export const engagementKind = z.enum(engagementKinds);
export type EngagementKind = z.infer<typeof engagementKind>;
export const engagementKindLabel: Labels<EngagementKind> = {
  propaganda: { vi: 'Tham gia tuyên truyền', en: 'Propaganda' },
  persuade_rehab: { vi: 'Vận động người nghiện cai nghiện', en: 'Persuading users into rehab' },
  mediation: { vi: 'Hòa giải', en: 'Mediation' },
  information: { vi: 'Cung cấp thông tin, tố giác', en: 'Information, denunciation' },
  surrender: { vi: 'Vận động giao nộp', en: 'Persuading to surrender' },
  other: { vi: 'Khác', en: 'Other' },
};

export const modelKinds = [
  'drug_free_village',
  'club',
  'self_managed_group',
  'family_support',
  'school',
  'other',
] as const;
export const modelKind = z.enum(modelKinds);
export type ModelKind = z.infer<typeof modelKind>;
export const modelKindLabel: Labels<ModelKind> = {
  drug_free_village: { vi: 'Thôn, làng, tổ dân phố không có ma túy', en: 'Drug-free village' },
  club: { vi: 'Câu lạc bộ phòng, chống ma túy', en: 'Drug prevention club' },
  self_managed_group: { vi: 'Tổ tự quản, tổ an ninh nhân dân', en: 'Self-managed group' },
  family_support: { vi: 'Gia đình, dòng họ giúp đỡ người nghiện', en: 'Family and clan support' },
  school: { vi: 'Trường học không có ma túy', en: 'Drug-free school' },
  other: { vi: 'Mô hình khác', en: 'Other model' },
};

/** Active → paused → active again, or ended (final: a restarted model is a new record). */
export const modelStatuses = ['active', 'paused', 'ended'] as const;
export const modelStatus = z.enum(modelStatuses);
export type ModelStatus = z.infer<typeof modelStatus>;
export const modelStatusLabel: Labels<ModelStatus> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
};

/** The evaluation of a model (sơ kết, tổng kết). */
export const modelRatings = ['good', 'fair', 'weak'] as const;
export const modelRating = z.enum(modelRatings);
export type ModelRating = z.infer<typeof modelRating>;
export const modelRatingLabel: Labels<ModelRating> = {
  good: { vi: 'Hiệu quả tốt', en: 'Effective' },
  fair: { vi: 'Có hiệu quả', en: 'Partly effective' },
  weak: { vi: 'Hiệu quả thấp', en: 'Weak' },
};

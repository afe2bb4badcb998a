import { z } from 'zod';
import { ethnicGroupOptions } from './person-ethnic-groups.ts';
import { propagandaMessages as m } from './propaganda-messages.ts';

/**
 * Propaganda on drug prevention (tuyên truyền phòng, chống ma túy, issue 11 item 6) and mass-movement events
 * (phong trào toàn dân bảo vệ ANTQ, ngày hội, mít tinh). Each closed list ends in `other` with a free text, so
 * a province adds its own forms without a release (the plan's lists are examples, not a closed set).
 */
export const propagandaForms = [
  'conference',
  'loudspeaker',
  'poster',
  'leaflet',
  'social_media',
  'press_broadcast',
  'staged',
  'school',
  'community',
  'other',
] as const;
export const propagandaForm = z.enum(propagandaForms);
export type PropagandaForm = z.infer<typeof propagandaForm>;
export const propagandaFormLabel: Record<PropagandaForm, { vi: string; en: string }> = {
  conference: { vi: 'Hội nghị, tọa đàm', en: 'Conference, seminar' },
  loudspeaker: { vi: 'Loa truyền thanh', en: 'Loudspeakers' },
  poster: { vi: 'Pano, áp phích, băng rôn', en: 'Billboards, posters, banners' },
  leaflet: { vi: 'Tờ rơi, tài liệu', en: 'Leaflets, booklets' },
  social_media: { vi: 'Mạng xã hội, trang thông tin điện tử', en: 'Social media, websites' },
  press_broadcast: { vi: 'Báo, đài phát thanh - truyền hình', en: 'Press, radio and television' },
  staged: { vi: 'Sân khấu hóa, văn nghệ', en: 'Staged performance' },
  school: { vi: 'Tại trường học', en: 'At school' },
  community: { vi: 'Tại cộng đồng, thôn, làng', en: 'In the community, villages' },
  other: { vi: 'Hình thức khác', en: 'Other form' },
};

export const propagandaTargetGroups = [
  'youth',
  'students',
  'high_risk',
  'ethnic_minorities',
  'border_remote',
  'workers',
  'other',
] as const;
export const propagandaTargetGroup = z.enum(propagandaTargetGroups);
export type PropagandaTargetGroup = z.infer<typeof propagandaTargetGroup>;
export const propagandaTargetGroupLabel: Record<PropagandaTargetGroup, { vi: string; en: string }> = {
  youth: { vi: 'Thanh, thiếu niên', en: 'Young people' },
  students: { vi: 'Học sinh, sinh viên', en: 'Pupils and students' },
  high_risk: { vi: 'Nhóm nguy cơ cao', en: 'High-risk groups' },
  ethnic_minorities: { vi: 'Đồng bào dân tộc thiểu số', en: 'Ethnic minorities' },
  border_remote: { vi: 'Thôn, làng biên giới, vùng sâu, vùng xa', en: 'Border and remote villages' },
  workers: { vi: 'Người lao động', en: 'Workers' },
  other: { vi: 'Đối tượng khác', en: 'Other groups' },
};

export const propagandaTopics = [
  'synthetic_drugs',
  'new_plants',
  'harms',
  'law',
  'treatment',
  'other',
] as const;
export const propagandaTopic = z.enum(propagandaTopics);
export type PropagandaTopic = z.infer<typeof propagandaTopic>;
export const propagandaTopicLabel: Record<PropagandaTopic, { vi: string; en: string }> = {
  synthetic_drugs: { vi: 'Ma túy tổng hợp', en: 'Synthetic drugs' },
  new_plants: { vi: 'Cây có chứa chất ma túy mới', en: 'New narcotic plants' },
  harms: { vi: 'Tác hại của ma túy', en: 'Harms of drugs' },
  law: { vi: 'Pháp luật về phòng, chống ma túy', en: 'Drug law' },
  treatment: { vi: 'Cai nghiện, quản lý sau cai', en: 'Treatment and after-care' },
  other: { vi: 'Nội dung khác', en: 'Other topic' },
};

/**
 * Languages of a session: an ethnic group's code from the 54-group list (`01` Kinh stands for Tiếng Việt);
 * dialects without a code of their own (Ca Dong, a Xơ Đăng group) go in `languageOther`.
 */
export const propagandaLanguage = z
  .string()
  .refine((c) => ethnicGroupOptions.some((g) => g.code === c), m['propaganda.languageUnknown'].vi);
export const propagandaLanguageLabel = (code: string): string => {
  if (code === '01') return 'Tiếng Việt';
  const g = ethnicGroupOptions.find((x) => x.code === code);
  return g ? `Tiếng ${g.name}` : code;
};

/** Planned (kế hoạch) → held (đã tổ chức) or cancelled (hủy); a cancelled one may be planned again. */
export const activityStatuses = ['planned', 'held', 'cancelled'] as const;
export const activityStatus = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof activityStatus>;
export const activityStatusLabel: Record<ActivityStatus, { vi: string; en: string }> = {
  planned: { vi: 'Kế hoạch', en: 'Planned' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
/** The moves a status allows (server guard and the web's buttons). */
export const activityTransitions: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ['held', 'cancelled'],
  held: [],
  cancelled: ['planned'],
};

/** Mass-movement events of the plan (DOMAIN.md "What the plan asks for"). */
export const massEventKinds = [
  'movement_launch',
  'festival',
  'action_month_rally',
  'drug_day_rally',
  'other',
] as const;
export const massEventKind = z.enum(massEventKinds);
export type MassEventKind = z.infer<typeof massEventKind>;
export const massEventKindLabel: Record<MassEventKind, { vi: string; en: string }> = {
  movement_launch: {
    vi: 'Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc',
    en: 'Launch of the all-people homeland security movement',
  },
  festival: { vi: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc', en: 'All-people homeland security festival' },
  action_month_rally: {
    vi: 'Mít tinh hưởng ứng Tháng hành động phòng, chống ma túy',
    en: 'Rally for the drug prevention action month',
  },
  drug_day_rally: {
    vi: 'Mít tinh Ngày toàn dân phòng, chống ma túy (26/6)',
    en: 'Rally for the National Drug Prevention Day (26 June)',
  },
  other: { vi: 'Sự kiện khác', en: 'Other event' },
};

import { z } from 'zod';

/**
 * Drug crimes of BLHS 2015 Chương XX (Điều 247–259) and Điều 256a added by Luật 86/2025/QH15 (DOMAIN.md b3).
 * The brackets (khoản), their penalties and the drug catalogue are in `drug-charges.ts`.
 */
export const drugArticles = [
  '247',
  '248',
  '249',
  '250',
  '251',
  '252',
  '253',
  '254',
  '255',
  '256',
  '256a',
  '257',
  '258',
  '259',
] as const;
export const drugArticle = z.enum(drugArticles);
export type DrugArticle = z.infer<typeof drugArticle>;

/** Crime classes of BLHS Điều 9, from the charged bracket's highest penalty. */
export const severityClasses = ['less_serious', 'serious', 'very_serious', 'especially_serious'] as const;
export const severityClass = z.enum(severityClasses);
export type SeverityClass = z.infer<typeof severityClass>;
export const severityClassLabel: Record<SeverityClass, { vi: string; en: string }> = {
  less_serious: { vi: 'Ít nghiêm trọng', en: 'Less serious' },
  serious: { vi: 'Nghiêm trọng', en: 'Serious' },
  very_serious: { vi: 'Rất nghiêm trọng', en: 'Very serious' },
  especially_serious: { vi: 'Đặc biệt nghiêm trọng', en: 'Especially serious' },
};

/**
 * Drug types as reports count them (street names in DOMAIN.md b8). The list a province uses and the units each
 * type may be measured in are configuration (`defaultDrugCatalogue`, `drug-charges.ts`); `other` keeps it open.
 */
export const drugTypes = [
  'heroin',
  'meth_crystal',
  'tablets',
  'mdma',
  'ketamine',
  'cannabis',
  'opium',
  'other',
] as const;
export const drugType = z.enum(drugTypes);
export type DrugType = z.infer<typeof drugType>;
export const drugTypeLabel: Record<DrugType, { vi: string; en: string }> = {
  heroin: { vi: 'Heroin', en: 'Heroin' },
  meth_crystal: { vi: 'Ma túy đá (methamphetamine)', en: 'Methamphetamine crystal' },
  tablets: { vi: 'Ma túy tổng hợp dạng viên (hồng phiến)', en: 'Synthetic drug tablets' },
  mdma: { vi: 'Thuốc lắc (MDMA)', en: 'MDMA (ecstasy)' },
  ketamine: { vi: 'Ketamine', en: 'Ketamine' },
  cannabis: { vi: 'Cần sa', en: 'Cannabis' },
  opium: { vi: 'Thuốc phiện', en: 'Opium' },
  other: { vi: 'Loại khác', en: 'Other' },
};

/** Units of measure of a seizure (DOMAIN.md b8). `vien` tablets, `banh` blocks, `cay` plants, `m2` area. */
export const measureUnits = ['g', 'kg', 'vien', 'banh', 'ml', 'cay', 'm2'] as const;
export const measureUnit = z.enum(measureUnits);
export type MeasureUnit = z.infer<typeof measureUnit>;
export const measureUnitLabel: Record<MeasureUnit, string> = {
  g: 'g',
  kg: 'kg',
  vien: 'viên',
  banh: 'bánh',
  ml: 'ml',
  cay: 'cây',
  m2: 'm²',
};

/**
 * What a quantity measures: amounts of one family can be added (after converting to its base unit, kg → g),
 * amounts of two families never (grams and tablets are not one figure).
 */
export const unitFamilies = ['mass', 'tablets', 'blocks', 'volume', 'plants', 'area'] as const;
export const unitFamily = z.enum(unitFamilies);
export type UnitFamily = z.infer<typeof unitFamily>;

/** A case (vụ án) from its opening to the investigation's end (BLTTHS): the moves are the domain's table. */
export const caseStatuses = ['investigating', 'suspended', 'prosecution_proposed', 'discontinued'] as const;
export const caseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatus>;
export const caseStatusLabel: Record<CaseStatus, { vi: string; en: string }> = {
  investigating: { vi: 'Đang điều tra', en: 'Under investigation' },
  suspended: { vi: 'Tạm đình chỉ điều tra', en: 'Investigation suspended' },
  prosecution_proposed: { vi: 'Kết thúc điều tra, đề nghị truy tố', en: 'Prosecution proposed' },
  discontinued: { vi: 'Đình chỉ điều tra', en: 'Investigation discontinued' },
};

/** How a suspect was taken (bắt quả tang, bắt khẩn cấp, bắt theo lệnh, đầu thú). */
export const arrestKinds = ['caught_in_act', 'urgent', 'warrant', 'surrender', 'wanted'] as const;
export const arrestKind = z.enum(arrestKinds);
export type ArrestKind = z.infer<typeof arrestKind>;
export const arrestKindLabel: Record<ArrestKind, { vi: string; en: string }> = {
  caught_in_act: { vi: 'Bắt quả tang', en: 'Caught in the act' },
  urgent: { vi: 'Bắt khẩn cấp', en: 'Urgent arrest' },
  warrant: { vi: 'Bắt theo lệnh', en: 'Arrest warrant' },
  surrender: { vi: 'Đầu thú', en: 'Surrender' },
  wanted: { vi: 'Bắt truy nã', en: 'Wanted person arrested' },
};

/** A special project (chuyên án): active, suspended, concluded (kết thúc, phá án). */
export const projectStatuses = ['active', 'suspended', 'concluded'] as const;
export const projectStatus = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatus>;
export const projectStatusLabel: Record<ProjectStatus, { vi: string; en: string }> = {
  active: { vi: 'Đang đấu tranh', en: 'Active' },
  suspended: { vi: 'Tạm dừng', en: 'Suspended' },
  concluded: { vi: 'Đã kết thúc', en: 'Concluded' },
};

/** A peak campaign's phase is derived from its period and today (never stored). */
export const campaignPhases = ['upcoming', 'running', 'ended'] as const;
export const campaignPhase = z.enum(campaignPhases);
export type CampaignPhase = z.infer<typeof campaignPhase>;

/** What a campaign's results count (and its targets name). Seizures go by drug type and unit family. */
export const campaignIndicators = [
  'cases_opened',
  'suspects',
  'arrests',
  'seizure',
  'hotspots_eliminated',
  'businesses_inspected',
  'plants_destroyed',
] as const;
export const campaignIndicator = z.enum(campaignIndicators);
export type CampaignIndicator = z.infer<typeof campaignIndicator>;
export const campaignIndicatorLabel: Record<CampaignIndicator, { vi: string; en: string }> = {
  cases_opened: { vi: 'Số vụ án khởi tố', en: 'Cases opened' },
  suspects: { vi: 'Số đối tượng (bị can) của các vụ', en: 'Suspects of the cases' },
  arrests: { vi: 'Số đối tượng bị bắt', en: 'Persons arrested' },
  seizure: { vi: 'Ma túy thu giữ', en: 'Drugs seized' },
  hotspots_eliminated: { vi: 'Số điểm, tụ điểm triệt xóa', en: 'Hotspots eliminated' },
  businesses_inspected: { vi: 'Số lượt kiểm tra cơ sở kinh doanh', en: 'Business inspections' },
  plants_destroyed: {
    vi: 'Số vụ triệt phá cây có chứa chất ma túy',
    en: 'Narcotic plant finds destroyed',
  },
};

export * from './drug-charges.ts';

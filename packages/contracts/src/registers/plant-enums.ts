import { z } from 'zod';

/**
 * Plants containing narcotic substances (cây có chứa chất ma túy, DOMAIN.md "Narcotic plants"). Luật Phòng,
 * chống ma túy 73/2021/QH14 Điều 2 khoản 6 names cây thuốc phiện (anh túc), cây côca and cây cần sa and leaves
 * the others to the Government; the others here (khat, nấm thức thần/Psilocybe, kratom) follow the list of
 * NĐ 57/2022/NĐ-CP as the project reads it — confirmed for the first three only. The list is configuration:
 * add a species here (and its label) when a decree adds one; `other` keeps it open meanwhile.
 */
export const plantSpeciesList = [
  'opium_poppy',
  'coca',
  'cannabis',
  'khat',
  'psilocybe',
  'kratom',
  'other',
] as const;
export const plantSpecies = z.enum(plantSpeciesList);
export type PlantSpecies = z.infer<typeof plantSpecies>;
export const plantSpeciesLabel: Record<PlantSpecies, { vi: string; en: string; latin?: string }> = {
  opium_poppy: { vi: 'Cây thuốc phiện (anh túc)', en: 'Opium poppy', latin: 'Papaver somniferum' },
  coca: { vi: 'Cây côca', en: 'Coca', latin: 'Erythroxylum coca' },
  cannabis: { vi: 'Cây cần sa', en: 'Cannabis', latin: 'Cannabis sativa' },
  khat: { vi: 'Cây khat', en: 'Khat', latin: 'Catha edulis' },
  psilocybe: { vi: 'Nấm thức thần', en: 'Psilocybin mushrooms', latin: 'Psilocybe' },
  kratom: { vi: 'Cây kratom', en: 'Kratom', latin: 'Mitragyna speciosa' },
  other: { vi: 'Cây khác có chứa chất ma túy', en: 'Other narcotic plant' },
};

/** Growth stage when found (optional): a flowering or fruiting poppy field is about to yield opium. */
export const plantGrowthStages = ['seedling', 'growing', 'flowering', 'fruiting', 'harvested'] as const;
export const plantGrowthStage = z.enum(plantGrowthStages);
export type PlantGrowthStage = z.infer<typeof plantGrowthStage>;
export const plantGrowthStageLabel: Record<PlantGrowthStage, { vi: string; en: string }> = {
  seedling: { vi: 'Cây con', en: 'Seedling' },
  growing: { vi: 'Đang sinh trưởng', en: 'Growing' },
  flowering: { vi: 'Ra hoa', en: 'Flowering' },
  fruiting: { vi: 'Có quả, nhựa', en: 'Fruiting' },
  harvested: { vi: 'Đã thu hoạch', en: 'Harvested' },
};

/**
 * Detected (phát hiện) → destroyed (triệt phá, with its biên bản) or → handed over to the investigation body
 * (chuyển cơ quan điều tra), which destroys it later after taking samples.
 */
export const plantStatuses = ['detected', 'destroyed', 'handed_over'] as const;
export const plantStatus = z.enum(plantStatuses);
export type PlantStatus = z.infer<typeof plantStatus>;
export const plantStatusLabel: Record<PlantStatus, { vi: string; en: string }> = {
  detected: { vi: 'Mới phát hiện', en: 'Detected' },
  destroyed: { vi: 'Đã triệt phá', en: 'Destroyed' },
  handed_over: { vi: 'Chuyển cơ quan điều tra', en: 'Handed over to investigation' },
};

/** How the plants were destroyed (biện pháp triệt phá). */
export const plantDestructionMethods = ['uproot', 'burn', 'cut', 'chemical', 'other'] as const;
export const plantDestructionMethod = z.enum(plantDestructionMethods);
export type PlantDestructionMethod = z.infer<typeof plantDestructionMethod>;
export const plantDestructionMethodLabel: Record<PlantDestructionMethod, { vi: string; en: string }> = {
  uproot: { vi: 'Nhổ bỏ', en: 'Uprooted' },
  burn: { vi: 'Đốt hủy', en: 'Burnt' },
  cut: { vi: 'Chặt, phát bỏ', en: 'Cut down' },
  chemical: { vi: 'Phun thuốc diệt', en: 'Sprayed' },
  other: { vi: 'Biện pháp khác', en: 'Other method' },
};

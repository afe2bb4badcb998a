import { z } from 'zod';

/**
 * Classes of a commune (DOMAIN.md: `communeClass`): loại I / II / III are the key, complex communes (địa bàn
 * trọng điểm, phức tạp về ma túy); `drug_free` (không ma túy); `none`: drug problems below every class;
 * `not_classified`: a figure the decision needs was not recorded. Same identifiers as the domain's rule sets.
 */
export const communeClasses = [
  'class_1',
  'class_2',
  'class_3',
  'none',
  'drug_free',
  'not_classified',
] as const;
export const communeClass = z.enum(communeClasses);
export type CommuneClassName = z.infer<typeof communeClass>;
export const communeClassLabel: Record<CommuneClassName, { vi: string; en: string }> = {
  class_1: { vi: 'Loại I', en: 'Class I' },
  class_2: { vi: 'Loại II', en: 'Class II' },
  class_3: { vi: 'Loại III', en: 'Class III' },
  none: { vi: 'Không thuộc loại trọng điểm', en: 'Not a key commune' },
  drug_free: { vi: 'Không ma túy', en: 'Drug-free' },
  not_classified: { vi: 'Chưa đủ số liệu để xếp loại', en: 'Not enough figures to classify' },
};
/** The classes a commune can be designated a key area for. */
export const keyAreaClasses = ['class_1', 'class_2', 'class_3'] as const;

/** A designation is in force until a removal decision (đưa ra khỏi danh sách địa bàn trọng điểm). */
export const keyAreaStatuses = ['designated', 'removed'] as const;
export const keyAreaStatus = z.enum(keyAreaStatuses);
export type KeyAreaStatus = z.infer<typeof keyAreaStatus>;
export const keyAreaStatusLabel: Record<KeyAreaStatus, { vi: string; en: string }> = {
  designated: { vi: 'Đang là địa bàn trọng điểm', en: 'Designated' },
  removed: { vi: 'Đã đưa ra khỏi danh sách', en: 'Removed' },
};

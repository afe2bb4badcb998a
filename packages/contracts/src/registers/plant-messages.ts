import { defineMessages } from '../messages/kit.ts';

/**
 * The narcotic plant register's messages (ids `plant.*`), joined into the catalogue through
 * `plantContract.messages`. Texts without placeholders double as zod messages (found again by their text).
 */
export const plantMessages = defineMessages({
  'plant.notFound': {
    vi: 'Không tìm thấy vụ phát hiện cây có chứa chất ma túy',
    en: 'Narcotic plant detection not found',
  },
  'plant.areaOrCountRequired': {
    vi: 'Ghi diện tích (m²) hoặc số cây phát hiện',
    en: 'Give the area (m²) or the number of plants found',
  },
  'plant.areaPositive': {
    vi: 'Diện tích phải là số dương, tính bằng m² (tối đa 100.000.000 m²)',
    en: 'The area must be a positive number of m² (at most 100,000,000 m²)',
  },
  'plant.countPositive': {
    vi: 'Số cây phải là số nguyên dương (tối đa 100.000.000 cây)',
    en: 'The number of plants must be a positive whole number (at most 100,000,000)',
  },
  'plant.speciesNameRequired': {
    vi: 'Ghi tên loài cây khi chọn «Cây khác có chứa chất ma túy»',
    en: 'Name the species when choosing “Other narcotic plant”',
  },
  'plant.caseNotFound': {
    vi: 'Không tìm thấy vụ án được liên kết (hoặc nằm ngoài địa bàn)',
    en: 'The linked case was not found (or lies outside your jurisdiction)',
  },
  'plant.personNotFound': {
    vi: 'Không tìm thấy người trồng trong hồ sơ đối tượng (hoặc nằm ngoài địa bàn)',
    en: 'The grower was not found among the person records (or lies outside your jurisdiction)',
  },
  'plant.destroyedBeforeDetected': {
    vi: 'Ngày triệt phá không được trước ngày phát hiện ({date})',
    en: 'The destruction date cannot be before the detection date ({date})',
  },
  'plant.destroyedMoreThanDetected': {
    vi: 'Số triệt phá không được lớn hơn số phát hiện ({value})',
    en: 'More cannot be destroyed than was found ({value})',
  },
  'plant.foundLessThanDestroyed': {
    vi: 'Số phát hiện không được nhỏ hơn số đã triệt phá ({value})',
    en: 'What was found cannot be less than what was destroyed ({value})',
  },
  'plant.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê cây có chứa chất ma túy tối đa 10 năm',
    en: 'The narcotic plant statistics period may span at most 10 years',
  },
});

import { defineMessages } from '../messages/kit.ts';

/**
 * The business register's messages (ids `business.*`), joined into the catalogue through
 * `businessContract.messages`. Texts without placeholders double as zod messages (found again by their text).
 */
export const businessMessages = defineMessages({
  'business.notFound': { vi: 'Không tìm thấy cơ sở kinh doanh', en: 'Business not found' },
  'business.fineAmountPositive': {
    vi: 'Số tiền phạt phải là số nguyên dương (đồng)',
    en: 'The fine must be a positive whole number of dong',
  },
  'business.fineAmountTooLarge': {
    vi: 'Số tiền phạt quá lớn (tối đa 10 tỷ đồng)',
    en: 'The fine is too large (at most 10 billion dong)',
  },
  'business.countNotNegative': {
    vi: 'Số người phải là số nguyên không âm',
    en: 'The number of persons must be a whole number, not negative',
  },
  'business.positiveExceedsTested': {
    vi: 'Số người dương tính không được lớn hơn số người được test nhanh',
    en: 'More persons tested positive than were tested',
  },
  'business.followUpNotAfterInspection': {
    vi: 'Ngày kiểm tra lại phải sau ngày kiểm tra ({date})',
    en: 'The follow-up date must be after the inspection date ({date})',
  },
  'business.dateBeforeInspection': {
    vi: 'Ngày này không được trước ngày kiểm tra ({date})',
    en: 'This date cannot be before the inspection date ({date})',
  },
  'business.checklistItemUnknown': {
    vi: 'Không có mục kiểm tra «{item}»',
    en: 'There is no checklist item “{item}”',
  },
  'business.checklistItemNotForLine': {
    vi: 'Mục kiểm tra «{item}» không áp dụng cho ngành nghề «{line}»',
    en: 'Checklist item “{item}” does not apply to the line “{line}”',
  },
  'business.checklistItemTwice': {
    vi: 'Mục kiểm tra «{item}» được trả lời hai lần',
    en: 'Checklist item “{item}” is answered twice',
  },
  'business.hotspotNotFound': {
    vi: 'Không tìm thấy điểm, tụ điểm được liên kết (hoặc nằm ngoài địa bàn)',
    en: 'The linked hotspot was not found (or lies outside your jurisdiction)',
  },
  'business.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
  'business.inspectionAgencyRequired': {
    vi: 'Ghi ít nhất một cơ quan tham gia đoàn kiểm tra',
    en: 'Name at least one agency of the inspection team',
  },
});

import { defineMessages } from '../messages/kit.ts';

/**
 * Messages of the propaganda and mass-event registers (ids `propaganda.*`, `mass_event.*`), joined into the
 * catalogue through their contracts. Texts without placeholders double as zod messages.
 */
export const propagandaMessages = defineMessages({
  'propaganda.notFound': { vi: 'Không tìm thấy buổi tuyên truyền', en: 'Propaganda session not found' },
  'propaganda.countNotNegative': {
    vi: 'Số lượng phải là số nguyên không âm',
    en: 'The number must be a whole number, not negative',
  },
  'propaganda.formRequired': {
    vi: 'Chọn ít nhất một hình thức tuyên truyền',
    en: 'Choose at least one form of propaganda',
  },
  'propaganda.otherTextRequired': {
    vi: 'Đã chọn «khác»: ghi rõ nội dung',
    en: '“Other” is chosen: say what it is',
  },
  'propaganda.heldInFuture': {
    vi: 'Buổi tuyên truyền chưa diễn ra không thể ghi là đã tổ chức (ngày {date})',
    en: 'A session that has not taken place yet cannot be recorded as held (date {date})',
  },
  'propaganda.participantsRequired': {
    vi: 'Ghi số người tham dự của buổi đã tổ chức',
    en: 'Give the number of participants of a session held',
  },
  'propaganda.periodTooLong': {
    vi: 'Một hoạt động kéo dài tối đa 366 ngày',
    en: 'An activity lasts at most 366 days',
  },
  'propaganda.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê tuyên truyền tối đa 10 năm',
    en: 'The propaganda statistics period may span at most 10 years',
  },
  'propaganda.unitNotInScope': {
    vi: 'Xã, phường được tuyên truyền không có hoặc nằm ngoài địa bàn',
    en: 'A commune reached is unknown or outside your jurisdiction',
  },
  'propaganda.languageUnknown': {
    vi: 'Ngôn ngữ không có trong danh sách dân tộc',
    en: 'The language is not in the list of ethnic groups',
  },
});

/** The mass-event register's messages (ids `mass_event.*`), joined through `massEventContract.messages`. */
export const massEventMessages = defineMessages({
  'mass_event.notFound': { vi: 'Không tìm thấy sự kiện phong trào', en: 'Mass event not found' },
  'mass_event.heldInFuture': {
    vi: 'Sự kiện chưa diễn ra không thể ghi là đã tổ chức (ngày {date})',
    en: 'An event that has not taken place yet cannot be recorded as held (date {date})',
  },
});

import { defineMessages } from '../messages/kit.ts';

/** Messages of the prestigious-person register (ids `prestigious_person.*`); texts double as zod messages. */
export const prestigiousPersonMessages = defineMessages({
  'prestigious_person.notFound': { vi: 'Không tìm thấy người có uy tín', en: 'Prestigious person not found' },
  'prestigious_person.ethnicityUnknown': {
    vi: 'Dân tộc của người có uy tín phải chọn trong danh mục 54 dân tộc',
    en: 'The prestigious person’s ethnicity must be one of the 54 groups',
  },
  'prestigious_person.phoneFormat': {
    vi: 'Số điện thoại gồm 9 đến 11 chữ số (có thể bắt đầu bằng +84)',
    en: 'A phone number has 9 to 11 digits (it may start with +84)',
  },
  'prestigious_person.religionRequired': {
    vi: 'Chọn tôn giáo của chức sắc',
    en: 'Choose the dignitary’s religion',
  },
  'prestigious_person.countNotNegative': {
    vi: 'Số người được vận động phải là số nguyên không âm',
    en: 'The number of persons persuaded must be a whole number, not negative',
  },
  'prestigious_person.inactive': {
    vi: 'Người có uy tín đã thôi tham gia từ ngày {date}; không ghi thêm hoạt động sau ngày này',
    en: 'This prestigious person has been inactive since {date}; no engagement after that date',
  },
  'prestigious_person.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê hoạt động của người có uy tín tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
});

/** Messages of the model register (ids `prevention_model.*`). */
export const preventionModelMessages = defineMessages({
  'prevention_model.notFound': { vi: 'Không tìm thấy mô hình', en: 'Model not found' },
  'prevention_model.countNotNegative': {
    vi: 'Chỉ số kết quả của mô hình phải là số nguyên không âm',
    en: 'An indicator must be a whole number, not negative',
  },
  'prevention_model.resultBeforeStart': {
    vi: 'Ngày ghi kết quả không được trước ngày bắt đầu mô hình ({date})',
    en: 'A result cannot be dated before the model started ({date})',
  },
  'prevention_model.resultAfterEnd': {
    vi: 'Mô hình đã kết thúc từ ngày {date}; không ghi kết quả sau ngày này',
    en: 'The model ended on {date}; no result after that date',
  },
  'prevention_model.communeTwice': {
    vi: 'Xã, phường đã có trong danh sách địa bàn',
    en: 'This commune is already in the list',
  },
  'prevention_model.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê mô hình tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
});

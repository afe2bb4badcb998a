import { defineMessages } from '../messages/kit.ts';

/**
 * Messages of the case, project and campaign registers (ids `case.*`, `project.*`, `campaign.*`), joined into
 * the catalogue through their contracts. Texts without placeholders double as zod messages.
 */
export const caseMessages = defineMessages({
  'case.notFound': { vi: 'Không tìm thấy vụ án', en: 'Case not found' },
  'case.quantityPositive': {
    vi: 'Số lượng thu giữ phải lớn hơn 0, tối đa 3 chữ số thập phân',
    en: 'The quantity seized must be greater than 0, with at most 3 decimals',
  },
  'case.measureNotForDrug': {
    vi: 'Đơn vị tính «{measure}» không dùng cho loại ma túy «{drug}» (dùng: {allowed})',
    en: 'The unit “{measure}” is not used for “{drug}” (use: {allowed})',
  },
  'case.clauseUnknown': {
    vi: 'Điều {article} BLHS không có khoản {clause}',
    en: 'Article {article} of the Criminal Code has no clause {clause}',
  },
  'case.chargeRequired': { vi: 'Ghi ít nhất một tội danh (điều, khoản)', en: 'Give at least one charge' },
  'case.chargeTwice': {
    vi: 'Tội danh Điều {article} được ghi hai lần',
    en: 'The charge under article {article} is given twice',
  },
  'case.personNotFound': {
    vi: 'Không tìm thấy người được liên kết (hoặc nằm ngoài địa bàn)',
    en: 'The linked person was not found (or lies outside your jurisdiction)',
  },
  'case.projectNotFound': {
    vi: 'Không tìm thấy chuyên án (hoặc nằm ngoài địa bàn)',
    en: 'The special project was not found (or lies outside your jurisdiction)',
  },
  'case.arrestKindWithoutDate': {
    vi: 'Ghi ngày bắt khi có hình thức bắt',
    en: 'Give the arrest date with the kind of arrest',
  },
  'case.birthYearInvalid': {
    vi: 'Năm sinh không hợp lệ',
    en: 'Invalid year of birth',
  },
});

export const projectMessages = defineMessages({
  'project.notFound': { vi: 'Không tìm thấy chuyên án', en: 'Special project not found' },
  'project.ringNotFound': {
    vi: 'Không tìm thấy đường dây, ổ nhóm (hoặc nằm ngoài địa bàn)',
    en: 'The ring was not found (or lies outside your jurisdiction)',
  },
});

export const campaignMessages = defineMessages({
  'campaign.notFound': { vi: 'Không tìm thấy đợt cao điểm', en: 'Peak campaign not found' },
  'campaign.periodTooLong': {
    vi: 'Một đợt cao điểm dài tối đa 1 năm',
    en: 'A peak campaign lasts at most one year',
  },
  'campaign.seizureTargetFamily': {
    vi: 'Chỉ tiêu thu giữ ma túy phải ghi loại đơn vị (khối lượng, viên, bánh…)',
    en: 'A seizure target must name its kind of unit (mass, tablets, blocks…)',
  },
  'campaign.targetNotNegative': {
    vi: 'Chỉ tiêu phải là số không âm',
    en: 'A target must be a number, not negative',
  },
  'campaign.unitNotInScope': {
    vi: 'Đơn vị tham gia không tồn tại hoặc nằm ngoài địa bàn',
    en: 'A participating unit does not exist or lies outside your jurisdiction',
  },
});

import { defineMessages } from '../messages/kit.ts';

/**
 * The border-patrol register's messages (ids `border_patrol.*`), joined into the catalogue through
 * `borderPatrolContract.messages`. Texts without placeholders double as zod messages (found again by their text).
 */
export const borderPatrolMessages = defineMessages({
  'border_patrol.notFound': { vi: 'Không tìm thấy chuyến tuần tra, kiểm soát', en: 'Patrol not found' },
  'border_patrol.countNotNegative': {
    vi: 'Số đối tượng, số tin báo phải là số nguyên không âm',
    en: 'The number of persons or tips must be a whole number, not negative',
  },
  'border_patrol.officersPositive': {
    vi: 'Số cán bộ, chiến sĩ tham gia phải là số nguyên dương',
    en: 'The number of officers must be a positive whole number',
  },
  'border_patrol.gateUnknown': {
    vi: 'Không có cửa khẩu «{gate}» trong danh mục',
    en: 'There is no border gate “{gate}” in the list',
  },
  'border_patrol.startTooFarAhead': {
    vi: 'Ngày bắt đầu theo kế hoạch không được quá 1 năm sau hôm nay',
    en: 'A planned start may be at most one year ahead',
  },
  'border_patrol.startInFutureWhenRunning': {
    vi: 'Chuyến đang thực hiện không thể bắt đầu sau hôm nay',
    en: 'A patrol in progress cannot start after today',
  },
  'border_patrol.counterpartWithoutForeign': {
    vi: 'Chỉ ghi lực lượng nước bạn khi phối hợp với Lào hoặc Campuchia',
    en: 'Name a foreign counterpart only for a joint patrol with Laos or Cambodia',
  },
  'border_patrol.resultsNotOpen': {
    vi: 'Chỉ ghi kết quả cho chuyến đang thực hiện hoặc đã hoàn thành (hiện: {status})',
    en: 'Results are recorded only for a patrol in progress or completed (now: {status})',
  },
  'border_patrol.resultBeforeStart': {
    vi: 'Ngày ghi kết quả không được trước ngày bắt đầu ({date})',
    en: 'The result date cannot be before the start date ({date})',
  },
  'border_patrol.resultAfterEnd': {
    vi: 'Ngày ghi kết quả không được sau ngày kết thúc ({date})',
    en: 'The result date cannot be after the end date ({date})',
  },
  'border_patrol.resultEmpty': {
    vi: 'Ghi ít nhất một kết quả: tang vật, số đối tượng bắt giữ, số tin chuyển giao hoặc ghi chú',
    en: 'Record at least one result: a seizure, arrests, tips passed on or a note',
  },
  'border_patrol.personsExceedArrests': {
    vi: 'Số đối tượng được liên kết không được nhiều hơn số đối tượng bắt giữ',
    en: 'More persons are linked than were arrested',
  },
  'border_patrol.tipsExceedPassed': {
    vi: 'Số tin báo được liên kết không được nhiều hơn số tin chuyển giao',
    en: 'More tips are linked than were passed on',
  },
  'border_patrol.personNotFound': {
    vi: 'Không tìm thấy đối tượng được liên kết (hoặc nằm ngoài địa bàn)',
    en: 'The linked person was not found (or lies outside your jurisdiction)',
  },
  'border_patrol.tipNotFound': {
    vi: 'Không tìm thấy tin báo được liên kết (hoặc nằm ngoài địa bàn)',
    en: 'The linked tip was not found (or lies outside your jurisdiction)',
  },
  'border_patrol.reasonRequired': {
    vi: 'Ghi lý do khi hủy chuyến tuần tra, kiểm soát',
    en: 'Give the reason for cancelling the patrol',
  },
  'border_patrol.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê tuần tra, kiểm soát tối đa 10 năm',
    en: 'The patrol statistics period may span at most 10 years',
  },
});

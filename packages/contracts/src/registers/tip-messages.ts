import { defineMessages } from '../messages/kit.ts';

/** The tip register's messages (ids `tip.*`), joined into the catalogue through `tipContract.messages`. */
export const tipMessages = defineMessages({
  'tip.notFound': { vi: 'Không tìm thấy tin báo', en: 'Tip not found' },
  // Portal: one answer for every wrong code, whether or not a tip has it.
  'tip.receiptMalformed': {
    vi: 'Mã tiếp nhận gồm 16 chữ số; kiểm tra lại mã đã lưu',
    en: 'The receipt code has 16 digits; check the code you saved',
  },
  'tip.receiptWrong': {
    vi: 'Không mở được tin báo với mã này; kiểm tra lại mã đã lưu',
    en: 'No tip opens with this code; check the code you saved',
  },
  'tip.accessThrottled': {
    vi: 'Đã có quá nhiều lần nhập mã chưa đúng; vui lòng thử lại sau ít phút',
    en: 'Too many wrong codes were entered; please try again in a few minutes',
  },
  'tip.portalBusy': {
    vi: 'Cổng đang nhận quá nhiều tin báo; vui lòng thử lại sau ít phút (nội dung đã nhập vẫn được giữ)',
    en: 'The portal is receiving too many tips; please try again in a few minutes (your text is kept)',
  },
  'tip.powInvalid': {
    vi: 'Bước xác minh chống gửi tự động không hợp lệ hoặc đã hết hạn; vui lòng gửi lại',
    en: 'The anti-automation check is invalid or expired; please send again',
  },
  'tip.portalSessionExpired': {
    vi: 'Phiên xem tin báo đã hết hạn; nhập lại mã tiếp nhận',
    en: 'The tip session has expired; enter the receipt code again',
  },
  'tip.tooManyFiles': {
    vi: 'Mỗi tin báo nhận tối đa {max} tệp từ người tố giác',
    en: 'A tip accepts at most {max} files from the reporter',
  },
  // Desk intake
  'tip.externalRefTaken': {
    vi: 'Tin báo này đã được ghi nhận (số {number}); mở tin báo đã có thay vì nhập lại',
    en: 'This tip is already recorded (number {number}); open it instead of entering it again',
  },
  'tip.externalRefElsewhere': {
    vi: 'Tin báo này đã được ghi nhận tại {agency}',
    en: 'This tip is already recorded by {agency}',
  },
  'tip.receivedInFuture': {
    vi: 'Thời điểm tiếp nhận không được sau thời điểm hiện tại',
    en: 'The time of receipt cannot be in the future',
  },
  'tip.occurredInFuture': {
    vi: 'Ngày xảy ra không được sau ngày hôm nay',
    en: 'The date of occurrence cannot be later than today',
  },
  'tip.outsideProvince': {
    vi: 'Vị trí tin báo nằm ngoài địa giới tỉnh',
    en: 'The place of the tip lies outside the province',
  },
  'tip.unitNotCommune': {
    vi: 'Chọn một xã, phường, đặc khu có hiệu lực vào ngày {date}',
    en: 'Choose a commune valid on {date}',
  },
  'tip.agencyUnknown': { vi: 'Không tìm thấy cơ quan được chọn', en: 'The agency chosen was not found' },
  'tip.ownAgencyOnly': {
    vi: 'Chỉ tiếp nhận cho cơ quan của mình hoặc cơ quan trong phạm vi quản lý',
    en: 'Record tips for your own agency or one within your jurisdiction',
  },
  // Handling
  'tip.actionRefused': {
    vi: 'Không thể {action} khi tin báo ở trạng thái {status}',
    en: 'Cannot {action} while the tip is {status}',
  },
  'tip.transferNotCommune': {
    vi: 'Chỉ tin báo do công an xã, phường đang giải quyết mới chuyển theo thời hạn 24 giờ',
    en: 'Only tips handled by a commune police station are transferred under the 24-hour rule',
  },
  'tip.alreadyTransferred': {
    vi: 'Tin báo đã được chuyển lúc {at}',
    en: 'The tip was already transferred at {at}',
  },
  'tip.sameAgency': {
    vi: 'Chọn cơ quan khác với cơ quan đang giải quyết',
    en: 'Choose an agency other than the one handling the tip',
  },
  'tip.dateBeforeReceipt': {
    vi: 'Ngày không được trước ngày tiếp nhận ({date})',
    en: 'The date cannot be before the day of receipt ({date})',
  },
  'tip.extensionTaken': {
    vi: 'Đã có quyết định gia hạn của {by}; mỗi cấp chỉ gia hạn một lần',
    en: '{by} has already extended the period; each may extend once',
  },
  'tip.prosecutorAfterHead': {
    vi: 'Viện kiểm sát chỉ gia hạn sau khi Thủ trưởng cơ quan đã gia hạn',
    en: 'The prosecutor extends only after the head of the agency has',
  },
  'tip.extensionAfterDue': {
    vi: 'Quyết định gia hạn phải trước khi hết hạn giải quyết ({date})',
    en: 'An extension must be decided before the period ends ({date})',
  },
  'tip.transferTargetRequired': {
    vi: 'Nêu cơ quan có thẩm quyền nhận tin báo',
    en: 'Name the competent body the tip goes to',
  },
  'tip.linkTargetNotFound': {
    vi: 'Không tìm thấy hồ sơ để liên kết (hoặc ngoài phạm vi quản lý)',
    en: 'The record to link was not found (or is outside your jurisdiction)',
  },
  'tip.linkNotFound': {
    vi: 'Tin báo không có liên kết này',
    en: 'The tip has no such link',
  },
  'tip.linkExists': {
    vi: 'Tin báo đã liên kết với hồ sơ này',
    en: 'The tip is already linked to this record',
  },
  'tip.deadlineRule': {
    vi: 'Không đúng quy định về thời hạn giải quyết: {reason}',
    en: 'Against the rules on handling periods: {reason}',
  },
  'tip.duplicateOfRequired': {
    vi: 'Chọn tin báo đã có mà tin này trùng',
    en: 'Choose the existing tip this one duplicates',
  },
  // zod refinements (found again by their text, see `messageIdOfText`)
  'tip.revealReason': {
    vi: 'Nêu lý do xem danh tính người tố giác (ít nhất 10 ký tự)',
    en: 'Give the reason for viewing the reporter’s identity (at least 10 characters)',
  },
  'tip.extendMonths': { vi: 'Gia hạn từ 1 đến 2 tháng', en: 'Extend by 1 to 2 months' },
  'tip.exportReason': {
    vi: 'Nêu lý do xuất danh sách tin báo (ít nhất 10 ký tự)',
    en: 'Give the reason for exporting the tip list (at least 10 characters)',
  },
  'tip.retentionReviewState': {
    vi: 'Chọn tin báo sắp hết hoặc đã hết thời hạn lưu giữ',
    en: 'Choose tips whose retention ends soon or has ended',
  },
  'tip.exportTooMany': {
    vi: 'Danh sách có hơn {max} tin báo; thu hẹp bộ lọc (xã, phường, thời gian…) trước khi xuất',
    en: 'The list has more than {max} tips; narrow the filters (commune, period…) before exporting',
  },
});

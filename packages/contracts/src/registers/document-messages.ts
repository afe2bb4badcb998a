import { defineMessages } from '../messages/kit.ts';

/** The documents register's messages (ids `document.*`), joined through `documentContract.messages`. */
export const documentMessages = defineMessages({
  'document.notFound': { vi: 'Không tìm thấy văn bản', en: 'Document not found' },
  'document.duplicateNumber': {
    vi: 'Đã có văn bản số {number} của {issuer}',
    en: 'There is already a document {number} of {issuer}',
  },
  'document.effectiveToBeforeFrom': {
    vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực ({date})',
    en: 'The end of effect must be after the start of effect ({date})',
  },
  'document.effectiveBeforeIssue': {
    vi: 'Ngày có hiệu lực không được trước ngày ban hành ({date})',
    en: 'The start of effect cannot be before the issue date ({date})',
  },
  'document.replacementRequired': {
    vi: 'Cần chọn văn bản thay thế',
    en: 'Choose the replacing document',
  },
  'document.replacementSelf': {
    vi: 'Văn bản không thể thay thế chính nó',
    en: 'A document cannot replace itself',
  },
  'document.replacementNotFound': {
    vi: 'Không tìm thấy văn bản thay thế',
    en: 'The replacing document was not found',
  },
  'document.replacementOnlyWhenReplaced': {
    vi: 'Chỉ chọn văn bản thay thế khi chuyển sang «Bị thay thế»',
    en: 'A replacing document is chosen only when moving to “Replaced”',
  },
  'document.citationRecordNotFound': {
    vi: 'Không tìm thấy hồ sơ trích dẫn văn bản',
    en: 'The citing record was not found',
  },
  'document.citationExists': {
    vi: 'Hồ sơ này đã trích dẫn văn bản {number}',
    en: 'This record already cites {number}',
  },
  'document.citationNotFound': { vi: 'Không tìm thấy trích dẫn', en: 'Citation not found' },
  'document.invalidRecordType': {
    vi: 'Loại hồ sơ không hợp lệ',
    en: 'Invalid record type',
  },
});

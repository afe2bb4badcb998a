import { type TextPaths, useFeatureText } from '../../features/key-areas/feature-text.ts';
import { i18n } from '../../i18n/index.ts';

/** Texts of the kit's document citations card (any record's detail page). */
export const vi = {
  citedDocuments: {
    title: 'Văn bản căn cứ, trích dẫn',
    empty: 'Hồ sơ chưa trích dẫn văn bản nào',
    pick: 'Chọn văn bản',
    pickPlaceholder: 'Gõ số hiệu hoặc trích yếu để tìm văn bản',
    note: 'Nội dung trích dẫn (không bắt buộc)',
    notePlaceholder: 'Ví dụ: Căn cứ mục II.2',
    add: 'Trích dẫn',
    added: 'Đã trích dẫn văn bản {{number}}',
    remove: 'Bỏ trích dẫn',
    removeConfirm: 'Bỏ trích dẫn văn bản {{number}} khỏi hồ sơ này?',
    removed: 'Đã bỏ trích dẫn',
    by: '{{name}}, {{date}}',
    undated: 'chưa rõ ngày',
  },
};
export const en: typeof vi = {
  citedDocuments: {
    title: 'Documents cited',
    empty: 'This record cites no document',
    pick: 'Choose a document',
    pickPlaceholder: 'Type a number or words of the summary',
    note: 'What is cited (optional)',
    notePlaceholder: 'E.g. section II.2',
    add: 'Cite',
    added: 'Cited {{number}}',
    remove: 'Remove',
    removeConfirm: 'Remove the citation of {{number}} from this record?',
    removed: 'Citation removed',
    by: '{{name}}, {{date}}',
    undated: 'date unknown',
  },
};

// Loaded with the pages that show the card (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export function useCitationText() {
  const { tx, language } = useFeatureText<TextPaths<(typeof vi)['citedDocuments']>>('citedDocuments');
  return { ct: tx, language };
}

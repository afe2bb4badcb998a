import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the documents pages (in the first download with the registry). */
const titles = {
  vi: { list: 'Văn bản chỉ đạo', create: 'Ghi nhận văn bản', detail: 'Hồ sơ văn bản', edit: 'Sửa văn bản' },
  en: { list: 'Documents', create: 'Record a document', detail: 'Document', edit: 'Edit a document' },
} as const;

export const documentTitle = (page: keyof (typeof titles)['vi']): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

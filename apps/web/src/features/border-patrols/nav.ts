import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the border-patrol pages (in the first download with the registry). */
const titles = {
  vi: {
    list: 'Tuần tra biên giới',
    create: 'Ghi nhận chuyến tuần tra, kiểm soát',
    detail: 'Chuyến tuần tra, kiểm soát',
    edit: 'Sửa chuyến tuần tra, kiểm soát',
    result: 'Ghi kết quả tuần tra',
    statistics: 'Thống kê tuần tra biên giới',
  },
  en: {
    list: 'Border patrols',
    create: 'Record a patrol',
    detail: 'Patrol record',
    edit: 'Edit a patrol',
    result: 'Record a patrol result',
    statistics: 'Border patrol figures',
  },
} as const;

export type BorderPageTitle = keyof (typeof titles)['vi'];

export const borderTitle = (page: BorderPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

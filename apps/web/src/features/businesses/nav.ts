import { i18n } from '../../i18n/index.ts';

/**
 * Menu and page titles of the business pages (in the first download with the registry; see hotspots/nav.ts).
 * Short enough for the side menu.
 */
const titles = {
  vi: {
    list: 'Cơ sở kinh doanh',
    create: 'Ghi nhận cơ sở kinh doanh',
    detail: 'Hồ sơ cơ sở kinh doanh',
    edit: 'Sửa cơ sở kinh doanh',
    inspect: 'Ghi kết quả kiểm tra',
    statistics: 'Thống kê kiểm tra cơ sở',
  },
  en: {
    list: 'Businesses',
    create: 'Record a business',
    detail: 'Business record',
    edit: 'Edit a business',
    inspect: 'Record an inspection',
    statistics: 'Inspection figures',
  },
} as const;

export type BusinessPageTitle = keyof (typeof titles)['vi'];

export const businessTitle = (page: BusinessPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

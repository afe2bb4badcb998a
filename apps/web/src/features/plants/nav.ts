import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the narcotic plant pages (in the first download with the registry). */
const titles = {
  vi: {
    list: 'Cây có chứa chất ma túy',
    create: 'Ghi nhận phát hiện cây',
    quick: 'Ghi nhận phát hiện cây',
    detail: 'Vụ phát hiện cây',
    edit: 'Sửa vụ phát hiện cây',
    statistics: 'Thống kê phát hiện, triệt phá cây',
  },
  en: {
    list: 'Narcotic plants',
    create: 'Record plants found',
    quick: 'Record plants found',
    detail: 'Plant detection',
    edit: 'Edit a plant detection',
    statistics: 'Plant figures',
  },
} as const;

export type PlantPageTitle = keyof (typeof titles)['vi'];

export const plantTitle = (page: PlantPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the ring pages (in the first download with the registry; see hotspots/nav.ts). */
const titles = {
  vi: {
    list: 'Đường dây, ổ nhóm',
    create: 'Lập hồ sơ đường dây, ổ nhóm',
    detail: 'Hồ sơ đường dây, ổ nhóm',
    edit: 'Sửa đường dây, ổ nhóm',
  },
  en: {
    list: 'Rings',
    create: 'New ring',
    detail: 'Ring record',
    edit: 'Edit a ring',
  },
} as const;

export type RingPageTitle = keyof (typeof titles)['vi'];

export const ringTitle = (page: RingPageTitle): string => titles[i18n.language === 'en' ? 'en' : 'vi'][page];

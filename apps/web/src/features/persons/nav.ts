import { i18n } from '../../i18n/index.ts';

/**
 * Menu and page titles of the persons pages (in the first download with the registry; see hotspots/nav.ts).
 * Short enough for the side menu: the register holds illicit users, addicts and suspects alike.
 */
const titles = {
  vi: {
    list: 'Người sử dụng ma túy',
    create: 'Lập hồ sơ người',
    detail: 'Hồ sơ người',
    edit: 'Sửa hồ sơ người',
    statistics: 'Thống kê người sử dụng',
    transfers: 'Hồ sơ chuyển đến, chuyển đi',
  },
  en: {
    list: 'Drug users',
    create: 'New person record',
    detail: 'Person record',
    edit: 'Edit a person record',
    statistics: 'Drug user counts',
    transfers: 'Records handed over',
  },
} as const;

export type PersonPageTitle = keyof (typeof titles)['vi'];

export const personTitle = (page: PersonPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

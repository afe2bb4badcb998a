import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the persons pages (in the first download with the registry; see hotspots/nav.ts). */
const titles = {
  vi: {
    list: 'Người sử dụng, người nghiện ma túy',
    create: 'Lập hồ sơ người',
    detail: 'Hồ sơ người',
    edit: 'Sửa hồ sơ người',
    statistics: 'Số liệu người sử dụng, nghiện ma túy',
  },
  en: {
    list: 'Drug users and addicts',
    create: 'New person record',
    detail: 'Person record',
    edit: 'Edit a person record',
    statistics: 'Drug users and addicts: counts',
  },
} as const;

export type PersonPageTitle = keyof (typeof titles)['vi'];

export const personTitle = (page: PersonPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

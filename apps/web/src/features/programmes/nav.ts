import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the programme pages (in the first download with the registry; see key-areas/nav.ts). */
const titles = {
  vi: {
    list: 'Chương trình chuyển hóa',
    create: 'Lập chương trình chuyển hóa',
    detail: 'Hồ sơ chương trình chuyển hóa',
  },
  en: {
    list: 'Transformation programmes',
    create: 'New transformation programme',
    detail: 'Transformation programme',
  },
} as const;

export type ProgrammePageTitle = keyof (typeof titles)['vi'];

export const programmeTitle = (page: ProgrammePageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

import { i18n } from '../../i18n/index.ts';

/** Short menu titles (the pages' headings say it in full) and page titles of the propaganda and mass-event pages (in the first download with the registry). */
const titles = {
  vi: {
    list: 'Tuyên truyền',
    record: 'Ghi buổi tuyên truyền',
    create: 'Ghi nhận hoạt động tuyên truyền',
    detail: 'Hoạt động tuyên truyền',
    edit: 'Sửa hoạt động tuyên truyền',
    statistics: 'Thống kê tuyên truyền',
    events: 'Sự kiện phong trào',
    eventCreate: 'Ghi nhận sự kiện phong trào',
    eventDetail: 'Sự kiện phong trào',
    eventEdit: 'Sửa sự kiện phong trào',
  },
  en: {
    list: 'Propaganda',
    record: 'Record a session',
    create: 'Record a propaganda activity',
    detail: 'Propaganda activity',
    edit: 'Edit a propaganda activity',
    statistics: 'Propaganda figures',
    events: 'Mass-movement events',
    eventCreate: 'Record a mass event',
    eventDetail: 'Mass event',
    eventEdit: 'Edit a mass event',
  },
} as const;

export type PropagandaPageTitle = keyof (typeof titles)['vi'];

export const propagandaTitle = (page: PropagandaPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the tip pages (in the first download with the registry; see hotspots/nav.ts). */
const titles = {
  vi: {
    list: 'Tin báo, tố giác tội phạm',
    create: 'Tiếp nhận tin báo tại cơ quan',
    detail: 'Hồ sơ tin báo',
    statistics: 'Thống kê tin báo, tố giác',
    posters: 'Áp phích mã QR tố giác',
    retention: 'Thời hạn lưu giữ tin báo',
  },
  en: {
    list: 'Crime tips',
    create: 'Record a tip at the desk',
    detail: 'Tip record',
    statistics: 'Tip statistics',
    posters: 'QR tip posters',
    retention: 'Tip retention',
  },
} as const;

export type TipPageTitle = keyof (typeof titles)['vi'];

export const tipTitle = (page: TipPageTitle): string => titles[i18n.language === 'en' ? 'en' : 'vi'][page];

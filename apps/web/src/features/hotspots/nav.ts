import { i18n } from '../../i18n/index.ts';

/**
 * Menu and page titles of the hotspot pages. The registry (`kit/routes.tsx`) is in the first download, so
 * these few words live apart from the feature's texts (`i18n.ts`, loaded with the pages).
 */
const titles = {
  vi: {
    list: 'Điểm, tụ điểm ma túy',
    map: 'Bản đồ điểm, tụ điểm',
    create: 'Ghi nhận điểm, tụ điểm',
    detail: 'Hồ sơ điểm, tụ điểm',
    edit: 'Sửa điểm, tụ điểm',
  },
  en: {
    list: 'Drug hotspots',
    map: 'Hotspot map',
    create: 'Record a hotspot',
    detail: 'Hotspot record',
    edit: 'Edit a hotspot',
  },
} as const;

export type HotspotPageTitle = keyof (typeof titles)['vi'];

/** Read at render time, so a language switch retitles the menu and the tab. */
export const hotspotTitle = (page: HotspotPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

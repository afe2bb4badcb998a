import { i18n } from '../../i18n/index.ts';

/**
 * Menu and page titles of the key-communes pages. The registry (`kit/routes.tsx`) is in the first download,
 * so these few words live apart from the feature's texts (`i18n.ts`, loaded with the pages).
 */
const titles = {
  vi: {
    province: 'Địa bàn theo loại',
    commune: 'Trang xã, phường',
    list: 'Địa bàn trọng điểm',
    create: 'Chỉ định địa bàn trọng điểm',
    detail: 'Hồ sơ địa bàn trọng điểm',
    edit: 'Sửa quyết định chỉ định',
    figures: 'Số liệu xã, phường',
    classifications: 'Kết quả xếp loại',
  },
  en: {
    province: 'Communes by class',
    commune: 'Commune page',
    list: 'Key drug areas',
    create: 'Designate a key area',
    detail: 'Key area record',
    edit: 'Edit a designation',
    figures: 'Commune figures',
    classifications: 'Classifications',
  },
} as const;

export type AreaPageTitle = keyof (typeof titles)['vi'];

/** Read at render time, so a language switch retitles the menu and the tab. */
export const areaTitle = (page: AreaPageTitle): string => titles[i18n.language === 'en' ? 'en' : 'vi'][page];

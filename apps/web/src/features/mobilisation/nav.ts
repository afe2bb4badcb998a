import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the prestigious-person and model pages (in the first download with the registry). */
const titles = {
  vi: {
    persons: 'Người có uy tín',
    personCreate: 'Ghi nhận người có uy tín',
    personDetail: 'Hồ sơ người có uy tín',
    personEdit: 'Sửa thông tin người có uy tín',
    engage: 'Ghi hoạt động uy tín',
    personStatistics: 'Thống kê người có uy tín',
    models: 'Mô hình phòng ngừa',
    modelCreate: 'Ghi nhận mô hình',
    modelDetail: 'Hồ sơ mô hình',
    modelEdit: 'Sửa mô hình',
    report: 'Ghi kết quả mô hình',
    modelStatistics: 'Thống kê mô hình',
  },
  en: {
    persons: 'Prestigious persons',
    personCreate: 'Record a prestigious person',
    personDetail: 'Prestigious person',
    personEdit: 'Edit a prestigious person',
    engage: 'Record an engagement',
    personStatistics: 'Prestigious-person figures',
    models: 'Prevention models',
    modelCreate: 'Record a model',
    modelDetail: 'Model record',
    modelEdit: 'Edit a model',
    report: 'Record a model result',
    modelStatistics: 'Model figures',
  },
} as const;

export type MobilisationPageTitle = keyof (typeof titles)['vi'];

export const mobilisationTitle = (page: MobilisationPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

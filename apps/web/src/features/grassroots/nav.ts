import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the commendation, support and difficulty pages (in the first download). */
const titles = {
  vi: {
    commendations: 'Khen thưởng',
    commendationCreate: 'Ghi nhận khen thưởng',
    commendationDetail: 'Hồ sơ khen thưởng',
    commendationEdit: 'Sửa hồ sơ khen thưởng',
    commendationStatistics: 'Thống kê khen thưởng',
    support: 'Hỗ trợ Công an xã',
    supportCreate: 'Ghi nhận hỗ trợ',
    supportDetail: 'Khoản hỗ trợ',
    supportEdit: 'Sửa khoản hỗ trợ',
    supportStatistics: 'Thống kê hỗ trợ',
    difficulties: 'Khó khăn, kiến nghị',
    difficultyCreate: 'Nêu khó khăn, kiến nghị',
    difficultyReport: 'Báo nhanh khó khăn',
    difficultyDetail: 'Kiến nghị',
    difficultyEdit: 'Sửa kiến nghị',
    difficultyStatistics: 'Thống kê kiến nghị',
  },
  en: {
    commendations: 'Commendations',
    commendationCreate: 'Record a commendation',
    commendationDetail: 'Commendation',
    commendationEdit: 'Edit a commendation',
    commendationStatistics: 'Commendation figures',
    support: 'Support to commune police',
    supportCreate: 'Record support',
    supportDetail: 'Support record',
    supportEdit: 'Edit support',
    supportStatistics: 'Support figures',
    difficulties: 'Difficulties and proposals',
    difficultyCreate: 'Raise a difficulty',
    difficultyReport: 'Quick report',
    difficultyDetail: 'Difficulty',
    difficultyEdit: 'Edit a difficulty',
    difficultyStatistics: 'Difficulty figures',
  },
} as const;

export type GrassrootsPageTitle = keyof (typeof titles)['vi'];

export const grassrootsTitle = (page: GrassrootsPageTitle): string =>
  titles[i18n.language === 'en' ? 'en' : 'vi'][page];

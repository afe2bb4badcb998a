import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the case, chuyên án and campaign pages (in the first download with the registry). */
const titles = {
  vi: {
    cases: 'Vụ án ma túy',
    caseCreate: 'Ghi nhận vụ án',
    caseDetail: 'Hồ sơ vụ án',
    caseEdit: 'Sửa vụ án',
    projects: 'Chuyên án',
    projectCreate: 'Lập chuyên án',
    projectDetail: 'Hồ sơ chuyên án',
    projectEdit: 'Sửa chuyên án',
    campaigns: 'Đợt cao điểm',
    campaignCreate: 'Lập đợt cao điểm',
    campaignDetail: 'Kết quả đợt cao điểm',
    campaignEdit: 'Sửa đợt cao điểm',
  },
  en: {
    cases: 'Drug cases',
    caseCreate: 'Record a case',
    caseDetail: 'Case record',
    caseEdit: 'Edit a case',
    projects: 'Special projects',
    projectCreate: 'Open a special project',
    projectDetail: 'Special project',
    projectEdit: 'Edit a special project',
    campaigns: 'Peak campaigns',
    campaignCreate: 'Launch a peak campaign',
    campaignDetail: 'Campaign results',
    campaignEdit: 'Edit a peak campaign',
  },
} as const;

export type CasePageTitle = keyof (typeof titles)['vi'];

export const caseTitle = (page: CasePageTitle): string => titles[i18n.language === 'en' ? 'en' : 'vi'][page];

import { i18n } from '../../i18n/index.ts';

/** Menu and page titles of the task pages (in the first download with the registry; see key-areas/nav.ts). */
const titles = {
  vi: {
    list: 'Nhiệm vụ',
    create: 'Giao nhiệm vụ',
    detail: 'Hồ sơ nhiệm vụ',
    scorecards: 'Bảng đánh giá kết quả',
  },
  en: {
    list: 'Tasks',
    create: 'Assign a task',
    detail: 'Task record',
    scorecards: 'Scorecards',
  },
} as const;

export type TaskPageTitle = keyof (typeof titles)['vi'];

export const taskTitle = (page: TaskPageTitle): string => titles[i18n.language === 'en' ? 'en' : 'vi'][page];

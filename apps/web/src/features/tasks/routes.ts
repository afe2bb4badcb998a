import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { taskTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const tasksRoutes: PageRoute[] = [
  {
    path: '/tasks',
    title: () => taskTitle('list'),
    page: lazyPage(() => import('./tasks-page.tsx')),
    gate: 'task.read',
    menu: 'main',
  },
  {
    path: '/tasks/new',
    title: () => taskTitle('create'),
    page: lazyPage(() => import('./task-create-page.tsx')),
    gate: 'task.assign',
    parent: '/tasks',
  },
  {
    path: '/tasks/:id',
    title: () => taskTitle('detail'),
    page: lazyPage(() => import('./task-detail-page.tsx')),
    gate: 'task.read',
    parent: '/tasks',
  },
  {
    path: '/scorecards',
    title: () => taskTitle('scorecards'),
    page: lazyPage(() => import('./scorecards-page.tsx')),
    gate: 'scorecard.read',
    menu: 'main',
  },
];

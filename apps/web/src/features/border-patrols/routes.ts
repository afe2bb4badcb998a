import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { borderTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const borderPatrolsRoutes: PageRoute[] = [
  {
    path: '/border-patrols',
    title: () => borderTitle('list'),
    page: lazyPage(() => import('./patrols-page.tsx')),
    gate: 'border_patrol.read',
    menu: 'operations',
  },
  {
    path: '/border-patrols/statistics',
    title: () => borderTitle('statistics'),
    page: lazyPage(() => import('./statistics-page.tsx')),
    gate: 'border_patrol.statistics',
    menu: 'operations',
  },
  {
    path: '/border-patrols/new',
    title: () => borderTitle('create'),
    page: lazyPage(() => import('./patrol-form-page.tsx')),
    gate: 'border_patrol.write',
    parent: '/border-patrols',
  },
  {
    path: '/border-patrols/:id',
    title: () => borderTitle('detail'),
    page: lazyPage(() => import('./patrol-detail-page.tsx')),
    gate: 'border_patrol.read',
    parent: '/border-patrols',
  },
  {
    path: '/border-patrols/:id/edit',
    title: () => borderTitle('edit'),
    page: lazyPage(() => import('./patrol-form-page.tsx')),
    gate: 'border_patrol.write',
    parent: '/border-patrols',
  },
  {
    path: '/border-patrols/:id/result',
    title: () => borderTitle('result'),
    page: lazyPage(() => import('./result-page.tsx')),
    gate: 'border_patrol.write',
    parent: '/border-patrols',
  },
];

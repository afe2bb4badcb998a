import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { tipTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const tipsRoutes: PageRoute[] = [
  {
    path: '/tips',
    title: () => tipTitle('list'),
    page: lazyPage(() => import('./tips-page.tsx')),
    gate: 'tip.read',
    menu: 'operations',
  },
  {
    path: '/tips/statistics',
    title: () => tipTitle('statistics'),
    page: lazyPage(() => import('./tip-statistics-page.tsx')),
    gate: 'tip.statistics',
    menu: 'operations',
  },
  {
    path: '/tips/new',
    title: () => tipTitle('create'),
    page: lazyPage(() => import('./tip-create-page.tsx')),
    gate: 'tip.intake',
    parent: '/tips',
  },
  {
    path: '/tips/posters',
    title: () => tipTitle('posters'),
    page: lazyPage(() => import('./tip-posters-page.tsx')),
    gate: 'tip.intake',
    parent: '/tips',
  },
  {
    path: '/tips/retention',
    title: () => tipTitle('retention'),
    page: lazyPage(() => import('./tip-retention-page.tsx')),
    gate: 'tip.supervise',
    parent: '/tips',
  },
  {
    path: '/tips/:id',
    title: () => tipTitle('detail'),
    page: lazyPage(() => import('./tip-detail-page.tsx')),
    gate: 'tip.read',
    parent: '/tips',
  },
];

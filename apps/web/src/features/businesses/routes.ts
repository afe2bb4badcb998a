import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { businessTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const businessesRoutes: PageRoute[] = [
  {
    path: '/businesses',
    title: () => businessTitle('list'),
    page: lazyPage(() => import('./businesses-page.tsx')),
    gate: 'business.read',
    menu: 'operations',
  },
  {
    path: '/businesses/statistics',
    title: () => businessTitle('statistics'),
    page: lazyPage(() => import('./business-statistics-page.tsx')),
    gate: 'business.statistics',
    menu: 'operations',
  },
  {
    path: '/businesses/new',
    title: () => businessTitle('create'),
    page: lazyPage(() => import('./business-create-page.tsx')),
    gate: 'business.write',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id',
    title: () => businessTitle('detail'),
    page: lazyPage(() => import('./business-detail-page.tsx')),
    gate: 'business.read',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id/edit',
    title: () => businessTitle('edit'),
    page: lazyPage(() => import('./business-edit-page.tsx')),
    gate: 'business.write',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id/inspect',
    title: () => businessTitle('inspect'),
    page: lazyPage(() => import('./inspection-page.tsx')),
    gate: 'business.inspect',
    parent: '/businesses',
  },
];

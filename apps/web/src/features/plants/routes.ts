import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { plantTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const plantsRoutes: PageRoute[] = [
  {
    path: '/plants',
    title: () => plantTitle('list'),
    page: lazyPage(() => import('./plants-page.tsx')),
    gate: 'plant.read',
    menu: 'operations',
  },
  {
    path: '/plants/statistics',
    title: () => plantTitle('statistics'),
    page: lazyPage(() => import('./plant-statistics-page.tsx')),
    gate: 'plant.statistics',
    menu: 'operations',
  },
  {
    path: '/plants/quick',
    title: () => plantTitle('quick'),
    page: lazyPage(() => import('./plant-quick-page.tsx')),
    gate: 'plant.write',
    parent: '/plants',
  },
  {
    path: '/plants/new',
    title: () => plantTitle('create'),
    page: lazyPage(() => import('./plant-create-page.tsx')),
    gate: 'plant.write',
    parent: '/plants',
  },
  {
    path: '/plants/:id',
    title: () => plantTitle('detail'),
    page: lazyPage(() => import('./plant-detail-page.tsx')),
    gate: 'plant.read',
    parent: '/plants',
  },
  {
    path: '/plants/:id/edit',
    title: () => plantTitle('edit'),
    page: lazyPage(() => import('./plant-edit-page.tsx')),
    gate: 'plant.write',
    parent: '/plants',
  },
];

import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { personTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const personsRoutes: PageRoute[] = [
  {
    path: '/persons',
    title: () => personTitle('list'),
    page: lazyPage(() => import('./persons-page.tsx')),
    gate: 'person.read',
    menu: 'people',
  },
  {
    path: '/persons/statistics',
    title: () => personTitle('statistics'),
    page: lazyPage(() => import('./person-statistics-page.tsx')),
    gate: 'person.aggregate',
    menu: 'people',
  },
  {
    path: '/persons/transfers',
    title: () => personTitle('transfers'),
    page: lazyPage(() => import('./person-transfers-page.tsx')),
    gate: 'person.read',
    menu: 'people',
  },
  {
    path: '/persons/new',
    title: () => personTitle('create'),
    page: lazyPage(() => import('./person-create-page.tsx')),
    gate: 'person.write',
    parent: '/persons',
  },
  {
    path: '/persons/:id',
    title: () => personTitle('detail'),
    page: lazyPage(() => import('./person-detail-page.tsx')),
    gate: 'person.read',
    parent: '/persons',
  },
  {
    path: '/persons/:id/edit',
    title: () => personTitle('edit'),
    page: lazyPage(() => import('./person-edit-page.tsx')),
    gate: 'person.write',
    parent: '/persons',
  },
];

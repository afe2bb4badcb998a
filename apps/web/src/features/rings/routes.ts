import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { ringTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const ringsRoutes: PageRoute[] = [
  {
    path: '/rings',
    title: () => ringTitle('list'),
    page: lazyPage(() => import('./rings-page.tsx')),
    gate: 'person.read',
    menu: 'people',
  },
  {
    path: '/rings/new',
    title: () => ringTitle('create'),
    page: lazyPage(() => import('./ring-form-page.tsx')),
    gate: 'person.write',
    parent: '/rings',
  },
  {
    path: '/rings/:id',
    title: () => ringTitle('detail'),
    page: lazyPage(() => import('./ring-detail-page.tsx')),
    gate: 'person.read',
    parent: '/rings',
  },
  {
    path: '/rings/:id/edit',
    title: () => ringTitle('edit'),
    page: lazyPage(() => import('./ring-form-page.tsx')),
    gate: 'person.write',
    parent: '/rings',
  },
];

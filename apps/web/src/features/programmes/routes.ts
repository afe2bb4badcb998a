import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { programmeTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const programmesRoutes: PageRoute[] = [
  {
    path: '/programmes',
    title: () => programmeTitle('list'),
    page: lazyPage(() => import('./programmes-page.tsx')),
    gate: 'programme.read',
    menu: 'places',
  },
  {
    path: '/programmes/new',
    title: () => programmeTitle('create'),
    page: lazyPage(() => import('./programme-create-page.tsx')),
    gate: 'programme.write',
    parent: '/programmes',
  },
  {
    path: '/programmes/:id',
    title: () => programmeTitle('detail'),
    page: lazyPage(() => import('./programme-detail-page.tsx')),
    gate: 'programme.read',
    parent: '/programmes',
  },
];

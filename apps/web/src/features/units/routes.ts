import { lazyPage, type PageRoute } from '../../kit/page-route.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const unitsRoutes: PageRoute[] = [
  {
    path: '/units',
    title: (t) => t('nav.units'),
    page: lazyPage(() => import('./units-page.tsx')),
    menu: 'main',
  },
];

import { lazyPage, type PageRoute } from '../../kit/page-route.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const homeRoutes: PageRoute[] = [
  {
    path: '/',
    title: (t) => t('nav.home'),
    page: lazyPage(() => import('./home-page.tsx')),
    menu: 'main',
  },
];

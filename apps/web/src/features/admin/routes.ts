import { lazyPage, type PageRoute } from '../../kit/page-route.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const adminRoutes: PageRoute[] = [
  {
    path: '/admin/users',
    title: (t) => t('nav.users'),
    page: lazyPage(() => import('./users-page.tsx')),
    gate: 'user.read',
    menu: 'admin',
  },
  {
    path: '/admin/agencies',
    title: (t) => t('nav.agencies'),
    page: lazyPage(() => import('./agencies-page.tsx')),
    gate: 'agency.manage',
    menu: 'admin',
  },
];

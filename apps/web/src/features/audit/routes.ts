import { lazyPage, type PageRoute } from '../../kit/page-route.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const auditRoutes: PageRoute[] = [
  {
    path: '/audit',
    title: (t) => t('nav.audit'),
    page: lazyPage(() => import('./audit-page.tsx')),
    gate: 'audit.read',
    menu: 'admin',
  },
];

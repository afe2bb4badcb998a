import { lazyPage, type PageRoute } from '../../kit/page-route.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const accountRoutes: PageRoute[] = [
  {
    path: '/account',
    title: (t) => t('nav.account'),
    page: lazyPage(() => import('./account-page.tsx')),
    menu: 'account',
  },
  {
    path: '/account/sessions',
    title: (t) => t('nav.sessions'),
    page: lazyPage(() => import('./sessions-page.tsx')),
    menu: 'account',
    parent: '/account',
  },
  {
    // Integrations are for administration and oversight tools; the server allows any signed-in browser,
    // so the page stays reachable by its address, it is just not offered to everyone.
    path: '/account/tokens',
    title: (t) => t('nav.apiTokens'),
    page: lazyPage(() => import('./tokens-page.tsx')),
    gate: ['agency.manage', 'user.manage', 'audit.read'],
    menu: 'account',
    parent: '/account',
  },
];

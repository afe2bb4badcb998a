import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { grassrootsTitle } from './nav.ts';

/**
 * Commendations, support to commune police and the difficulties log (issue 11 item 6), in the 'prevention'
 * menu group; `/difficulties/report` is the one-handed quick entry for commune officers in the field.
 */
export const grassrootsRoutes: PageRoute[] = [
  {
    path: '/commendations',
    title: () => grassrootsTitle('commendations'),
    page: lazyPage(() => import('./commendations-page.tsx')),
    gate: 'commendation.read',
    menu: 'prevention',
  },
  {
    path: '/commendations/statistics',
    title: () => grassrootsTitle('commendationStatistics'),
    page: lazyPage(() => import('./commendation-statistics-page.tsx')),
    gate: 'commendation.statistics',
    parent: '/commendations',
  },
  {
    path: '/commendations/new',
    title: () => grassrootsTitle('commendationCreate'),
    page: lazyPage(() => import('./commendation-create-page.tsx')),
    gate: 'commendation.write',
    parent: '/commendations',
  },
  {
    path: '/commendations/:id',
    title: () => grassrootsTitle('commendationDetail'),
    page: lazyPage(() => import('./commendation-detail-page.tsx')),
    gate: 'commendation.read',
    parent: '/commendations',
  },
  {
    path: '/commendations/:id/edit',
    title: () => grassrootsTitle('commendationEdit'),
    page: lazyPage(() => import('./commendation-edit-page.tsx')),
    gate: 'commendation.write',
    parent: '/commendations',
  },
  {
    path: '/support',
    title: () => grassrootsTitle('support'),
    page: lazyPage(() => import('./support-page.tsx')),
    gate: 'support.read',
    menu: 'prevention',
  },
  {
    path: '/support/statistics',
    title: () => grassrootsTitle('supportStatistics'),
    page: lazyPage(() => import('./support-statistics-page.tsx')),
    gate: 'support.statistics',
    parent: '/support',
  },
  {
    path: '/support/new',
    title: () => grassrootsTitle('supportCreate'),
    page: lazyPage(() => import('./support-create-page.tsx')),
    gate: 'support.write',
    parent: '/support',
  },
  {
    path: '/support/:id',
    title: () => grassrootsTitle('supportDetail'),
    page: lazyPage(() => import('./support-detail-page.tsx')),
    gate: 'support.read',
    parent: '/support',
  },
  {
    path: '/support/:id/edit',
    title: () => grassrootsTitle('supportEdit'),
    page: lazyPage(() => import('./support-edit-page.tsx')),
    gate: 'support.write',
    parent: '/support',
  },
  {
    path: '/difficulties',
    title: () => grassrootsTitle('difficulties'),
    page: lazyPage(() => import('./difficulties-page.tsx')),
    gate: 'difficulty.read',
    menu: 'prevention',
  },
  {
    path: '/difficulties/report',
    title: () => grassrootsTitle('difficultyReport'),
    page: lazyPage(() => import('./difficulty-report-page.tsx')),
    gate: 'difficulty.raise',
    menu: 'prevention',
  },
  {
    path: '/difficulties/statistics',
    title: () => grassrootsTitle('difficultyStatistics'),
    page: lazyPage(() => import('./difficulty-statistics-page.tsx')),
    gate: 'difficulty.statistics',
    parent: '/difficulties',
  },
  {
    path: '/difficulties/new',
    title: () => grassrootsTitle('difficultyCreate'),
    page: lazyPage(() => import('./difficulty-create-page.tsx')),
    gate: 'difficulty.raise',
    parent: '/difficulties',
  },
  {
    path: '/difficulties/:id',
    title: () => grassrootsTitle('difficultyDetail'),
    page: lazyPage(() => import('./difficulty-detail-page.tsx')),
    gate: 'difficulty.read',
    parent: '/difficulties',
  },
  {
    path: '/difficulties/:id/edit',
    title: () => grassrootsTitle('difficultyEdit'),
    page: lazyPage(() => import('./difficulty-edit-page.tsx')),
    gate: 'difficulty.raise',
    parent: '/difficulties',
  },
];

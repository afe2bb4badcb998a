import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { propagandaTitle } from './nav.ts';

/** The propaganda and mass-event pages (issue 11 item 6), registered by one line in `kit/routes.tsx`. */
export const propagandaRoutes: PageRoute[] = [
  {
    path: '/propaganda',
    title: () => propagandaTitle('list'),
    page: lazyPage(() => import('./propaganda-page.tsx')),
    gate: 'propaganda.read',
    menu: 'prevention',
  },
  {
    path: '/propaganda/record',
    title: () => propagandaTitle('record'),
    page: lazyPage(() => import('./record-page.tsx')),
    gate: 'propaganda.write',
    menu: 'prevention',
  },
  {
    path: '/propaganda/statistics',
    title: () => propagandaTitle('statistics'),
    page: lazyPage(() => import('./propaganda-statistics-page.tsx')),
    gate: 'propaganda.statistics',
    parent: '/propaganda',
  },
  {
    path: '/propaganda/new',
    title: () => propagandaTitle('create'),
    page: lazyPage(() => import('./propaganda-create-page.tsx')),
    gate: 'propaganda.write',
    parent: '/propaganda',
  },
  {
    path: '/propaganda/:id',
    title: () => propagandaTitle('detail'),
    page: lazyPage(() => import('./propaganda-detail-page.tsx')),
    gate: 'propaganda.read',
    parent: '/propaganda',
  },
  {
    path: '/propaganda/:id/edit',
    title: () => propagandaTitle('edit'),
    page: lazyPage(() => import('./propaganda-edit-page.tsx')),
    gate: 'propaganda.write',
    parent: '/propaganda',
  },
  {
    path: '/mass-events',
    title: () => propagandaTitle('events'),
    page: lazyPage(() => import('./mass-events-page.tsx')),
    gate: 'mass_event.read',
    menu: 'prevention',
  },
  {
    path: '/mass-events/new',
    title: () => propagandaTitle('eventCreate'),
    page: lazyPage(() => import('./mass-event-create-page.tsx')),
    gate: 'mass_event.write',
    parent: '/mass-events',
  },
  {
    path: '/mass-events/:id',
    title: () => propagandaTitle('eventDetail'),
    page: lazyPage(() => import('./mass-event-detail-page.tsx')),
    gate: 'mass_event.read',
    parent: '/mass-events',
  },
  {
    path: '/mass-events/:id/edit',
    title: () => propagandaTitle('eventEdit'),
    page: lazyPage(() => import('./mass-event-edit-page.tsx')),
    gate: 'mass_event.write',
    parent: '/mass-events',
  },
];

import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { mobilisationTitle } from './nav.ts';

/** The prestigious-person and model pages (issue 11 item 6), registered by one line in `kit/routes.tsx`. */
export const mobilisationRoutes: PageRoute[] = [
  {
    path: '/prestigious-persons',
    title: () => mobilisationTitle('persons'),
    page: lazyPage(() => import('./persons-page.tsx')),
    gate: 'prestigious_person.read',
    menu: 'prevention',
  },
  {
    path: '/prestigious-persons/engage',
    title: () => mobilisationTitle('engage'),
    page: lazyPage(() => import('./engagement-page.tsx')),
    gate: 'prestigious_person.engage',
    menu: 'prevention',
  },
  {
    path: '/prestigious-persons/statistics',
    title: () => mobilisationTitle('personStatistics'),
    page: lazyPage(() => import('./person-statistics-page.tsx')),
    gate: 'prestigious_person.statistics',
    parent: '/prestigious-persons',
  },
  {
    path: '/prestigious-persons/new',
    title: () => mobilisationTitle('personCreate'),
    page: lazyPage(() => import('./person-create-page.tsx')),
    gate: 'prestigious_person.write',
    parent: '/prestigious-persons',
  },
  {
    path: '/prestigious-persons/:id',
    title: () => mobilisationTitle('personDetail'),
    page: lazyPage(() => import('./person-detail-page.tsx')),
    gate: 'prestigious_person.read',
    parent: '/prestigious-persons',
  },
  {
    path: '/prestigious-persons/:id/edit',
    title: () => mobilisationTitle('personEdit'),
    page: lazyPage(() => import('./person-edit-page.tsx')),
    gate: 'prestigious_person.write',
    parent: '/prestigious-persons',
  },
  {
    path: '/models',
    title: () => mobilisationTitle('models'),
    page: lazyPage(() => import('./models-page.tsx')),
    gate: 'prevention_model.read',
    menu: 'prevention',
  },
  {
    path: '/models/statistics',
    title: () => mobilisationTitle('modelStatistics'),
    page: lazyPage(() => import('./model-statistics-page.tsx')),
    gate: 'prevention_model.statistics',
    parent: '/models',
  },
  {
    path: '/models/new',
    title: () => mobilisationTitle('modelCreate'),
    page: lazyPage(() => import('./model-create-page.tsx')),
    gate: 'prevention_model.write',
    parent: '/models',
  },
  {
    path: '/models/:id',
    title: () => mobilisationTitle('modelDetail'),
    page: lazyPage(() => import('./model-detail-page.tsx')),
    gate: 'prevention_model.read',
    parent: '/models',
  },
  {
    path: '/models/:id/edit',
    title: () => mobilisationTitle('modelEdit'),
    page: lazyPage(() => import('./model-edit-page.tsx')),
    gate: 'prevention_model.write',
    parent: '/models',
  },
  {
    path: '/models/:id/report',
    title: () => mobilisationTitle('report'),
    page: lazyPage(() => import('./model-result-page.tsx')),
    gate: 'prevention_model.report',
    parent: '/models',
  },
];

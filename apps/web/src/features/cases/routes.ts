import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { caseTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const casesRoutes: PageRoute[] = [
  {
    path: '/cases',
    title: () => caseTitle('cases'),
    page: lazyPage(() => import('./cases-page.tsx')),
    gate: 'case.read',
    menu: 'operations',
  },
  {
    path: '/cases/new',
    title: () => caseTitle('caseCreate'),
    page: lazyPage(() => import('./case-form-page.tsx')),
    gate: 'case.write',
    parent: '/cases',
  },
  {
    path: '/cases/:id',
    title: () => caseTitle('caseDetail'),
    page: lazyPage(() => import('./case-detail-page.tsx')),
    gate: 'case.read',
    parent: '/cases',
  },
  {
    path: '/cases/:id/edit',
    title: () => caseTitle('caseEdit'),
    page: lazyPage(() => import('./case-form-page.tsx')),
    gate: 'case.write',
    parent: '/cases',
  },
  {
    path: '/projects',
    title: () => caseTitle('projects'),
    page: lazyPage(() => import('./projects-page.tsx')),
    gate: 'project.read',
    menu: 'operations',
  },
  {
    path: '/projects/new',
    title: () => caseTitle('projectCreate'),
    page: lazyPage(() => import('./project-form-page.tsx')),
    gate: 'project.write',
    parent: '/projects',
  },
  {
    path: '/projects/:id',
    title: () => caseTitle('projectDetail'),
    page: lazyPage(() => import('./project-detail-page.tsx')),
    gate: 'project.read',
    parent: '/projects',
  },
  {
    path: '/projects/:id/edit',
    title: () => caseTitle('projectEdit'),
    page: lazyPage(() => import('./project-form-page.tsx')),
    gate: 'project.write',
    parent: '/projects',
  },
  {
    path: '/campaigns',
    title: () => caseTitle('campaigns'),
    page: lazyPage(() => import('./campaigns-page.tsx')),
    gate: 'campaign.read',
    menu: 'operations',
  },
  {
    path: '/campaigns/new',
    title: () => caseTitle('campaignCreate'),
    page: lazyPage(() => import('./campaign-form-page.tsx')),
    gate: 'campaign.write',
    parent: '/campaigns',
  },
  {
    path: '/campaigns/:id',
    title: () => caseTitle('campaignDetail'),
    page: lazyPage(() => import('./campaign-detail-page.tsx')),
    gate: 'campaign.read',
    parent: '/campaigns',
  },
  {
    path: '/campaigns/:id/edit',
    title: () => caseTitle('campaignEdit'),
    page: lazyPage(() => import('./campaign-form-page.tsx')),
    gate: 'campaign.write',
    parent: '/campaigns',
  },
];

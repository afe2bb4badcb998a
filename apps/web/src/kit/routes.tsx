import type { TFunction } from 'i18next';
import type { ComponentType, LazyExoticComponent } from 'react';
import { businessTitle } from '../features/businesses/nav.ts';
import { caseTitle } from '../features/cases/nav.ts';
import { prefetchHotspotMap } from '../features/hotspots/map/map-prefetch.ts';
import { hotspotTitle } from '../features/hotspots/nav.ts';
import { areaTitle } from '../features/key-areas/nav.ts';
import { personTitle } from '../features/persons/nav.ts';
import { programmeTitle } from '../features/programmes/nav.ts';
import { ringTitle } from '../features/rings/nav.ts';
import { taskTitle } from '../features/tasks/nav.ts';
import { tipTitle } from '../features/tips/nav.ts';
import type { Gate } from './permissions.ts';
import { preloadable } from './preloadable.ts';

export type MenuGroup = 'main' | 'admin' | 'account';

type PageModule = { default: ComponentType };
/** A page chunk that can also be fetched ahead of rendering (see `preloadPageAt`). */
export type PageComponent = LazyExoticComponent<ComponentType> & { preload: () => Promise<PageModule> };
// Preloaded (see `preloadPageAt`), a page renders without a spinner in between (`preloadable`).
const lazyPage = (load: () => Promise<PageModule>): PageComponent => preloadable(load);

/**
 * One page of the app. This list is the only place a page is declared: the router, the side menu, the
 * account menu, breadcrumbs, the page title and the permission gate all read it.
 */
export interface PageRoute {
  /** Absolute path without a trailing slash; `/` for home. */
  path: string;
  title: (t: TFunction) => string;
  page: PageComponent;
  /** Shown and opened only when the user holds the permission (or one of them). */
  gate?: Gate;
  /** Where the page is listed; absent = reached from another page only. */
  menu?: MenuGroup;
  /** The page above it in breadcrumbs and whose menu item stays highlighted. */
  parent?: string;
  /**
   * Sends the page's first requests at boot when the address is this page's (with its query string), in
   * parallel with the session check and the code; the page's queries take the answers (a small function: it
   * is in the first download).
   */
  prefetch?: (search: URLSearchParams) => void;
}

// Each page is its own chunk: a commune officer never downloads the admin screens.
export const pageRoutes: readonly PageRoute[] = [
  {
    path: '/',
    title: (t) => t('nav.home'),
    page: lazyPage(() => import('../features/home/home-page.tsx')),
    menu: 'main',
  },
  {
    path: '/units',
    title: (t) => t('nav.units'),
    page: lazyPage(() => import('../features/units/units-page.tsx')),
    menu: 'main',
  },
  {
    path: '/hotspots',
    title: () => hotspotTitle('list'),
    page: lazyPage(() => import('../features/hotspots/hotspots-page.tsx')),
    gate: 'hotspot.read',
    menu: 'main',
  },
  {
    path: '/hotspots/map',
    title: () => hotspotTitle('map'),
    page: lazyPage(() => import('../features/hotspots/hotspot-map-page.tsx')),
    prefetch: prefetchHotspotMap,
    gate: 'hotspot.read',
    menu: 'main',
  },
  {
    path: '/hotspots/new',
    title: () => hotspotTitle('create'),
    page: lazyPage(() => import('../features/hotspots/hotspot-create-page.tsx')),
    gate: 'hotspot.write',
    parent: '/hotspots',
  },
  {
    path: '/hotspots/:id',
    title: () => hotspotTitle('detail'),
    page: lazyPage(() => import('../features/hotspots/hotspot-detail-page.tsx')),
    gate: 'hotspot.read',
    parent: '/hotspots',
  },
  {
    path: '/hotspots/:id/edit',
    title: () => hotspotTitle('edit'),
    page: lazyPage(() => import('../features/hotspots/hotspot-edit-page.tsx')),
    gate: 'hotspot.write',
    parent: '/hotspots',
  },
  {
    path: '/persons',
    title: () => personTitle('list'),
    page: lazyPage(() => import('../features/persons/persons-page.tsx')),
    gate: 'person.read',
    menu: 'main',
  },
  {
    path: '/persons/statistics',
    title: () => personTitle('statistics'),
    page: lazyPage(() => import('../features/persons/person-statistics-page.tsx')),
    gate: 'person.aggregate',
    menu: 'main',
  },
  {
    path: '/persons/transfers',
    title: () => personTitle('transfers'),
    page: lazyPage(() => import('../features/persons/person-transfers-page.tsx')),
    gate: 'person.read',
    menu: 'main',
  },
  {
    path: '/persons/new',
    title: () => personTitle('create'),
    page: lazyPage(() => import('../features/persons/person-create-page.tsx')),
    gate: 'person.write',
    parent: '/persons',
  },
  {
    path: '/persons/:id',
    title: () => personTitle('detail'),
    page: lazyPage(() => import('../features/persons/person-detail-page.tsx')),
    gate: 'person.read',
    parent: '/persons',
  },
  {
    path: '/persons/:id/edit',
    title: () => personTitle('edit'),
    page: lazyPage(() => import('../features/persons/person-edit-page.tsx')),
    gate: 'person.write',
    parent: '/persons',
  },
  {
    path: '/rings',
    title: () => ringTitle('list'),
    page: lazyPage(() => import('../features/rings/rings-page.tsx')),
    gate: 'person.read',
    menu: 'main',
  },
  {
    path: '/rings/new',
    title: () => ringTitle('create'),
    page: lazyPage(() => import('../features/rings/ring-form-page.tsx')),
    gate: 'person.write',
    parent: '/rings',
  },
  {
    path: '/rings/:id',
    title: () => ringTitle('detail'),
    page: lazyPage(() => import('../features/rings/ring-detail-page.tsx')),
    gate: 'person.read',
    parent: '/rings',
  },
  {
    path: '/rings/:id/edit',
    title: () => ringTitle('edit'),
    page: lazyPage(() => import('../features/rings/ring-form-page.tsx')),
    gate: 'person.write',
    parent: '/rings',
  },
  {
    path: '/tips',
    title: () => tipTitle('list'),
    page: lazyPage(() => import('../features/tips/tips-page.tsx')),
    gate: 'tip.read',
    menu: 'main',
  },
  {
    path: '/tips/statistics',
    title: () => tipTitle('statistics'),
    page: lazyPage(() => import('../features/tips/tip-statistics-page.tsx')),
    gate: 'tip.statistics',
    menu: 'main',
  },
  {
    path: '/tips/new',
    title: () => tipTitle('create'),
    page: lazyPage(() => import('../features/tips/tip-create-page.tsx')),
    gate: 'tip.intake',
    parent: '/tips',
  },
  {
    path: '/tips/posters',
    title: () => tipTitle('posters'),
    page: lazyPage(() => import('../features/tips/tip-posters-page.tsx')),
    gate: 'tip.intake',
    parent: '/tips',
  },
  {
    path: '/tips/retention',
    title: () => tipTitle('retention'),
    page: lazyPage(() => import('../features/tips/tip-retention-page.tsx')),
    gate: 'tip.supervise',
    parent: '/tips',
  },
  {
    path: '/tips/:id',
    title: () => tipTitle('detail'),
    page: lazyPage(() => import('../features/tips/tip-detail-page.tsx')),
    gate: 'tip.read',
    parent: '/tips',
  },
  {
    path: '/businesses',
    title: () => businessTitle('list'),
    page: lazyPage(() => import('../features/businesses/businesses-page.tsx')),
    gate: 'business.read',
    menu: 'main',
  },
  {
    path: '/businesses/statistics',
    title: () => businessTitle('statistics'),
    page: lazyPage(() => import('../features/businesses/business-statistics-page.tsx')),
    gate: 'business.statistics',
    menu: 'main',
  },
  {
    path: '/businesses/new',
    title: () => businessTitle('create'),
    page: lazyPage(() => import('../features/businesses/business-create-page.tsx')),
    gate: 'business.write',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id',
    title: () => businessTitle('detail'),
    page: lazyPage(() => import('../features/businesses/business-detail-page.tsx')),
    gate: 'business.read',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id/edit',
    title: () => businessTitle('edit'),
    page: lazyPage(() => import('../features/businesses/business-edit-page.tsx')),
    gate: 'business.write',
    parent: '/businesses',
  },
  {
    path: '/businesses/:id/inspect',
    title: () => businessTitle('inspect'),
    page: lazyPage(() => import('../features/businesses/inspection-page.tsx')),
    gate: 'business.inspect',
    parent: '/businesses',
  },
  {
    path: '/cases',
    title: () => caseTitle('cases'),
    page: lazyPage(() => import('../features/cases/cases-page.tsx')),
    gate: 'case.read',
    menu: 'main',
  },
  {
    path: '/cases/new',
    title: () => caseTitle('caseCreate'),
    page: lazyPage(() => import('../features/cases/case-form-page.tsx')),
    gate: 'case.write',
    parent: '/cases',
  },
  {
    path: '/cases/:id',
    title: () => caseTitle('caseDetail'),
    page: lazyPage(() => import('../features/cases/case-detail-page.tsx')),
    gate: 'case.read',
    parent: '/cases',
  },
  {
    path: '/cases/:id/edit',
    title: () => caseTitle('caseEdit'),
    page: lazyPage(() => import('../features/cases/case-form-page.tsx')),
    gate: 'case.write',
    parent: '/cases',
  },
  {
    path: '/projects',
    title: () => caseTitle('projects'),
    page: lazyPage(() => import('../features/cases/projects-page.tsx')),
    gate: 'project.read',
    menu: 'main',
  },
  {
    path: '/projects/new',
    title: () => caseTitle('projectCreate'),
    page: lazyPage(() => import('../features/cases/project-form-page.tsx')),
    gate: 'project.write',
    parent: '/projects',
  },
  {
    path: '/projects/:id',
    title: () => caseTitle('projectDetail'),
    page: lazyPage(() => import('../features/cases/project-detail-page.tsx')),
    gate: 'project.read',
    parent: '/projects',
  },
  {
    path: '/projects/:id/edit',
    title: () => caseTitle('projectEdit'),
    page: lazyPage(() => import('../features/cases/project-form-page.tsx')),
    gate: 'project.write',
    parent: '/projects',
  },
  {
    path: '/campaigns',
    title: () => caseTitle('campaigns'),
    page: lazyPage(() => import('../features/cases/campaigns-page.tsx')),
    gate: 'campaign.read',
    menu: 'main',
  },
  {
    path: '/campaigns/new',
    title: () => caseTitle('campaignCreate'),
    page: lazyPage(() => import('../features/cases/campaign-form-page.tsx')),
    gate: 'campaign.write',
    parent: '/campaigns',
  },
  {
    path: '/campaigns/:id',
    title: () => caseTitle('campaignDetail'),
    page: lazyPage(() => import('../features/cases/campaign-detail-page.tsx')),
    gate: 'campaign.read',
    parent: '/campaigns',
  },
  {
    path: '/campaigns/:id/edit',
    title: () => caseTitle('campaignEdit'),
    page: lazyPage(() => import('../features/cases/campaign-form-page.tsx')),
    gate: 'campaign.write',
    parent: '/campaigns',
  },
  {
    path: '/areas',
    title: () => areaTitle('province'),
    page: lazyPage(() => import('../features/key-areas/province-page.tsx')),
    gate: 'key_area.read',
    menu: 'main',
  },
  {
    path: '/communes/:unitId',
    title: () => areaTitle('commune'),
    page: lazyPage(() => import('../features/key-areas/commune-page.tsx')),
    gate: 'key_area.read',
    parent: '/areas',
  },
  {
    path: '/key-areas',
    title: () => areaTitle('list'),
    page: lazyPage(() => import('../features/key-areas/key-areas-page.tsx')),
    gate: 'key_area.read',
    menu: 'main',
  },
  {
    path: '/key-areas/new',
    title: () => areaTitle('create'),
    page: lazyPage(() => import('../features/key-areas/key-area-create-page.tsx')),
    gate: 'key_area.write',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/figures',
    title: () => areaTitle('figures'),
    page: lazyPage(() => import('../features/key-areas/figures-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/classifications',
    title: () => areaTitle('classifications'),
    page: lazyPage(() => import('../features/key-areas/classifications-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/:id',
    title: () => areaTitle('detail'),
    page: lazyPage(() => import('../features/key-areas/key-area-detail-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/:id/edit',
    title: () => areaTitle('edit'),
    page: lazyPage(() => import('../features/key-areas/key-area-edit-page.tsx')),
    gate: 'key_area.write',
    parent: '/key-areas',
  },
  {
    path: '/programmes',
    title: () => programmeTitle('list'),
    page: lazyPage(() => import('../features/programmes/programmes-page.tsx')),
    gate: 'programme.read',
    menu: 'main',
  },
  {
    path: '/programmes/new',
    title: () => programmeTitle('create'),
    page: lazyPage(() => import('../features/programmes/programme-create-page.tsx')),
    gate: 'programme.write',
    parent: '/programmes',
  },
  {
    path: '/programmes/:id',
    title: () => programmeTitle('detail'),
    page: lazyPage(() => import('../features/programmes/programme-detail-page.tsx')),
    gate: 'programme.read',
    parent: '/programmes',
  },
  {
    path: '/tasks',
    title: () => taskTitle('list'),
    page: lazyPage(() => import('../features/tasks/tasks-page.tsx')),
    gate: 'task.read',
    menu: 'main',
  },
  {
    path: '/tasks/new',
    title: () => taskTitle('create'),
    page: lazyPage(() => import('../features/tasks/task-create-page.tsx')),
    gate: 'task.assign',
    parent: '/tasks',
  },
  {
    path: '/tasks/:id',
    title: () => taskTitle('detail'),
    page: lazyPage(() => import('../features/tasks/task-detail-page.tsx')),
    gate: 'task.read',
    parent: '/tasks',
  },
  {
    path: '/scorecards',
    title: () => taskTitle('scorecards'),
    page: lazyPage(() => import('../features/tasks/scorecards-page.tsx')),
    gate: 'scorecard.read',
    menu: 'main',
  },
  {
    path: '/admin/users',
    title: (t) => t('nav.users'),
    page: lazyPage(() => import('../features/admin/users-page.tsx')),
    gate: 'user.read',
    menu: 'admin',
  },
  {
    path: '/admin/agencies',
    title: (t) => t('nav.agencies'),
    page: lazyPage(() => import('../features/admin/agencies-page.tsx')),
    gate: 'agency.manage',
    menu: 'admin',
  },
  {
    path: '/audit',
    title: (t) => t('nav.audit'),
    page: lazyPage(() => import('../features/audit/audit-page.tsx')),
    gate: 'audit.read',
    menu: 'admin',
  },
  {
    path: '/account',
    title: (t) => t('nav.account'),
    page: lazyPage(() => import('../features/account/account-page.tsx')),
    menu: 'account',
  },
  {
    path: '/account/sessions',
    title: (t) => t('nav.sessions'),
    page: lazyPage(() => import('../features/account/sessions-page.tsx')),
    menu: 'account',
    parent: '/account',
  },
  {
    // Integrations are for administration and oversight tools; the server allows any signed-in browser,
    // so the page stays reachable by its address, it is just not offered to everyone.
    path: '/account/tokens',
    title: (t) => t('nav.apiTokens'),
    page: lazyPage(() => import('../features/account/tokens-page.tsx')),
    gate: ['agency.manage', 'user.manage', 'audit.read'],
    menu: 'account',
    parent: '/account',
  },
];

export const routeByPath = new Map(pageRoutes.map((r) => [r.path, r]));

/** The chain from the top page down to `route` (breadcrumbs). */
export function ancestry(route: PageRoute): PageRoute[] {
  const chain: PageRoute[] = [route];
  let parent = route.parent ? routeByPath.get(route.parent) : undefined;
  while (parent) {
    chain.unshift(parent);
    parent = parent.parent ? routeByPath.get(parent.parent) : undefined;
  }
  return chain;
}

/** The menu item to highlight: the page itself if listed, else its nearest listed parent; none on a 404. */
export function menuKeyOf(route: PageRoute | undefined): string | undefined {
  return route ? ancestry(route).findLast((r) => r.menu)?.path : undefined;
}

/**
 * Starts downloading the chunk of the page at `pathname` at once, in parallel with the session check and the
 * layout, instead of after them: a link opened cold (a map shared by address) shows sooner. The page's own
 * first requests go out too (`prefetch`, given the address's query string). Resolves once the page's chunk
 * is here (or failed: the page then loads as usual).
 */
export function preloadPageAt(pathname: string, search = ''): Promise<unknown> {
  const match = (pattern: string) => {
    const a = pattern.split('/');
    const b = pathname.replace(/\/+$/, '').split('/');
    return a.length === b.length && a.every((part, i) => part.startsWith(':') || part === b[i]);
  };
  const route = pageRoutes.find((r) => (r.path === '/' ? pathname === '/' : match(r.path)));
  // The page's own requests first: they may include its largest chunk (the hotspot map's Leaflet).
  route?.prefetch?.(new URLSearchParams(search));
  return route ? route.page.preload().catch(() => undefined) : Promise.resolve();
}

import { accountRoutes } from '../features/account/routes.ts';
import { adminRoutes } from '../features/admin/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { borderPatrolsRoutes } from '../features/border-patrols/routes.ts';
import { businessesRoutes } from '../features/businesses/routes.ts';
import { casesRoutes } from '../features/cases/routes.ts';
import { documentsRoutes } from '../features/documents/routes.ts';
import { grassrootsRoutes } from '../features/grassroots/routes.ts';
import { homeRoutes } from '../features/home/routes.ts';
import { hotspotsRoutes } from '../features/hotspots/routes.ts';
import { keyAreasRoutes } from '../features/key-areas/routes.ts';
import { mobilisationRoutes } from '../features/mobilisation/routes.ts';
import { personsRoutes } from '../features/persons/routes.ts';
import { plantsRoutes } from '../features/plants/routes.ts';
import { programmesRoutes } from '../features/programmes/routes.ts';
import { propagandaRoutes } from '../features/propaganda/routes.ts';
import { ringsRoutes } from '../features/rings/routes.ts';
import { tasksRoutes } from '../features/tasks/routes.ts';
import { tipsRoutes } from '../features/tips/routes.ts';
import { unitsRoutes } from '../features/units/routes.ts';
import type { PageRoute } from './page-route.ts';

export type { MenuGroup, PageComponent, PageRoute } from './page-route.ts';

// Each page is its own chunk: a commune officer never downloads the admin screens. Each feature declares its
// pages in its own `routes.ts`; adding a feature adds one line here.
export const pageRoutes: readonly PageRoute[] = [
  ...homeRoutes,
  ...tasksRoutes,
  ...unitsRoutes,
  ...hotspotsRoutes,
  ...keyAreasRoutes,
  ...programmesRoutes,
  ...personsRoutes,
  ...ringsRoutes,
  ...tipsRoutes,
  ...businessesRoutes,
  ...casesRoutes,
  ...borderPatrolsRoutes,
  ...plantsRoutes,
  ...documentsRoutes,
  ...mobilisationRoutes,
  ...propagandaRoutes,
  ...grassrootsRoutes,
  ...adminRoutes,
  ...auditRoutes,
  ...accountRoutes,
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

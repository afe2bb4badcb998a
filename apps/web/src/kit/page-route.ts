import type { TFunction } from 'i18next';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Gate } from './permissions.ts';
import { preloadable } from './preloadable.ts';

/**
 * Where a page is listed in the side menu: `main` at the top, the others under a titled group, in the order of
 * `menuGroups` (by register: places, people, operations, prevention, documents; then administration, account).
 */
export const menuGroups = [
  'main',
  'places',
  'people',
  'operations',
  'prevention',
  'documents',
  'admin',
  'account',
] as const;
export type MenuGroup = (typeof menuGroups)[number];

type PageModule = { default: ComponentType };
/** A page chunk that can also be fetched ahead of rendering (see `preloadPageAt`). */
export type PageComponent = LazyExoticComponent<ComponentType> & { preload: () => Promise<PageModule> };
// Preloaded (see `preloadPageAt`), a page renders without a spinner in between (`preloadable`).
export const lazyPage = (load: () => Promise<PageModule>): PageComponent => preloadable(load);

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

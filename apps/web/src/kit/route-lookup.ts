import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { Gate } from './permissions.ts';

/** What a page needs to link to another page: its path, title and gate (no component). */
export type RouteSummary = { path: string; title: (t: TFunction) => string; gate?: Gate | undefined };

/**
 * The page registry, for pages that link to other pages (home shortcuts, account links). Given through
 * context by the layout, because a page importing `kit/routes.tsx` — which lazily imports every page — would
 * be an import cycle.
 */
export const RouteLookup = createContext<ReadonlyMap<string, RouteSummary>>(new Map());
export const useRouteLookup = (): ReadonlyMap<string, RouteSummary> => useContext(RouteLookup);

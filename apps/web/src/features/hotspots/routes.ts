import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { prefetchHotspotMap } from './map/map-prefetch.ts';
import { hotspotTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const hotspotsRoutes: PageRoute[] = [
  {
    path: '/hotspots',
    title: () => hotspotTitle('list'),
    page: lazyPage(() => import('./hotspots-page.tsx')),
    gate: 'hotspot.read',
    menu: 'places',
  },
  {
    path: '/hotspots/map',
    title: () => hotspotTitle('map'),
    page: lazyPage(() => import('./hotspot-map-page.tsx')),
    prefetch: prefetchHotspotMap,
    gate: 'hotspot.read',
    menu: 'places',
  },
  {
    path: '/hotspots/new',
    title: () => hotspotTitle('create'),
    page: lazyPage(() => import('./hotspot-create-page.tsx')),
    gate: 'hotspot.write',
    parent: '/hotspots',
  },
  {
    path: '/hotspots/:id',
    title: () => hotspotTitle('detail'),
    page: lazyPage(() => import('./hotspot-detail-page.tsx')),
    gate: 'hotspot.read',
    parent: '/hotspots',
  },
  {
    path: '/hotspots/:id/edit',
    title: () => hotspotTitle('edit'),
    page: lazyPage(() => import('./hotspot-edit-page.tsx')),
    gate: 'hotspot.write',
    parent: '/hotspots',
  },
];

import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { areaTitle } from './nav.ts';

/** The pages of this feature, registered by one line in `kit/routes.tsx`. */
export const keyAreasRoutes: PageRoute[] = [
  {
    path: '/areas',
    title: () => areaTitle('province'),
    page: lazyPage(() => import('./province-page.tsx')),
    gate: 'key_area.read',
    menu: 'places',
  },
  {
    path: '/communes/:unitId',
    title: () => areaTitle('commune'),
    page: lazyPage(() => import('./commune-page.tsx')),
    gate: 'key_area.read',
    parent: '/areas',
  },
  {
    path: '/key-areas',
    title: () => areaTitle('list'),
    page: lazyPage(() => import('./key-areas-page.tsx')),
    gate: 'key_area.read',
    menu: 'places',
  },
  {
    path: '/key-areas/new',
    title: () => areaTitle('create'),
    page: lazyPage(() => import('./key-area-create-page.tsx')),
    gate: 'key_area.write',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/figures',
    title: () => areaTitle('figures'),
    page: lazyPage(() => import('./figures-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/classifications',
    title: () => areaTitle('classifications'),
    page: lazyPage(() => import('./classifications-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/:id',
    title: () => areaTitle('detail'),
    page: lazyPage(() => import('./key-area-detail-page.tsx')),
    gate: 'key_area.read',
    parent: '/key-areas',
  },
  {
    path: '/key-areas/:id/edit',
    title: () => areaTitle('edit'),
    page: lazyPage(() => import('./key-area-edit-page.tsx')),
    gate: 'key_area.write',
    parent: '/key-areas',
  },
];

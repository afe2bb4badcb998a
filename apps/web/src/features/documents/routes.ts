import { lazyPage, type PageRoute } from '../../kit/page-route.ts';
import { documentTitle } from './nav.ts';

/**
 * The documents pages, registered by one line in `kit/routes.tsx`. No quick entry for field officers:
 * recording a directive or plan is desk work (number, issuer, summary, a scanned file), done at a computer.
 */
export const documentsRoutes: PageRoute[] = [
  {
    path: '/documents',
    title: () => documentTitle('list'),
    page: lazyPage(() => import('./documents-page.tsx')),
    gate: 'document.read',
    menu: 'documents',
  },
  {
    path: '/documents/new',
    title: () => documentTitle('create'),
    page: lazyPage(() => import('./document-create-page.tsx')),
    gate: 'document.write',
    parent: '/documents',
  },
  {
    path: '/documents/:id',
    title: () => documentTitle('detail'),
    page: lazyPage(() => import('./document-detail-page.tsx')),
    gate: 'document.read',
    parent: '/documents',
  },
  {
    path: '/documents/:id/edit',
    title: () => documentTitle('edit'),
    page: lazyPage(() => import('./document-edit-page.tsx')),
    gate: 'document.write',
    parent: '/documents',
  },
];

import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
// The login form is the first screen of most visits (sessions end after 30 idle minutes): it ships with the
// first download instead of waiting for a second round of chunks.
import LoginPage from '../features/auth/login-page.tsx';
import { PageFrame } from '../kit/page-frame.tsx';
import { preloadable } from '../kit/preloadable.ts';
import { pageRoutes, preloadPageAt } from '../kit/routes.tsx';
import { ErrorPage } from './error-page.tsx';
import NotFoundPage from './not-found-page.tsx';
import { RequireAuth } from './require-auth.tsx';

// The signed-in shell (menu, header, unit picker) is not needed to show the login form: loaded after it…
const AppLayout = preloadable(() => import('../components/app-layout.tsx'));
// …unless the address is a page of the app: then the shell and that page download at once, in parallel (and,
// once here, render without a spinner in between: `preloadable`).
if (typeof window !== 'undefined' && !['/login', '/logout'].includes(window.location.pathname)) {
  void AppLayout.preload().catch(() => undefined);
  preloadPageAt(window.location.pathname, window.location.search);
}
const LogoutPage = lazy(() => import('../features/auth/logout-page.tsx'));

/** Built from the page registry (`kit/routes.tsx`): a page is added there, not here. */
export const router = createBrowserRouter([
  {
    errorElement: <ErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/logout', element: <LogoutPage /> },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // Inside the layout, so a broken page keeps the menu and header around the error.
            errorElement: <ErrorPage />,
            children: [
              ...pageRoutes.map((route) =>
                route.path === '/'
                  ? { index: true, element: <PageFrame route={route} />, handle: { route } }
                  : { path: route.path.slice(1), element: <PageFrame route={route} />, handle: { route } },
              ),
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

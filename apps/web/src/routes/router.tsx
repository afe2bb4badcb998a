import { lazy, useEffect, useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { PageSpin } from '../components/page-spin.tsx';
import { PageFrame } from '../kit/page-frame.tsx';
import { preloadable } from '../kit/preloadable.ts';
import { pageRoutes, preloadPageAt } from '../kit/routes.tsx';
import { ErrorPage } from './error-page.tsx';
import { LoginPage } from './login-chunk.ts';
import NotFoundPage from './not-found-page.tsx';
import { isPortalPath } from './public-paths.ts';
import { RequireAuth } from './require-auth.tsx';

// The signed-in shell (menu, header, unit picker) is not needed to show the login form: loaded after it…
const AppLayout = preloadable(() => import('../components/app-layout.tsx'));
// …unless the address is a page of the app: then the shell and that page download at once, in parallel, and
// the shell waits for both (`Shell`) before it renders.
let bootChunks: Promise<unknown> | null = null;
if (
  typeof window !== 'undefined' &&
  !['/login', '/logout'].includes(window.location.pathname) &&
  !isPortalPath(window.location.pathname)
) {
  bootChunks = Promise.allSettled([
    preloadPageAt(window.location.pathname, window.location.search),
    AppLayout.preload(),
  ]).then(() => {
    bootChunks = null;
  });
} else if (typeof window !== 'undefined' && window.location.pathname === '/login') void LoginPage.preload();

/**
 * The signed-in shell, once the chunks of the shell and of the page of the address are here (at boot; at
 * once afterwards). Until then the full-page spinner stays, as a plain render: had the shell or the page
 * suspended instead, React would hold them back until 300 ms after the spinner of that Suspense boundary.
 */
function Shell() {
  const [ready, setReady] = useState(bootChunks === null);
  useEffect(() => {
    if (!ready) void bootChunks?.then(() => setReady(true));
  }, [ready]);
  return ready ? <AppLayout /> : <PageSpin fullScreen />;
}
const LogoutPage = lazy(() => import('../features/auth/logout-page.tsx'));
// The anonymous tip portal: outside the session check and the shell.
const TipPortalPage = lazy(() => import('../features/tip-portal/portal-page.tsx'));
const TipLookupPage = lazy(() => import('../features/tip-portal/lookup-page.tsx'));

/** Built from the page registry (`kit/routes.tsx`): a page is added there, not here. */
export const router = createBrowserRouter([
  {
    errorElement: <ErrorPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/logout', element: <LogoutPage /> },
      { path: '/to-giac', element: <TipPortalPage /> },
      { path: '/to-giac/tra-cuu', element: <TipLookupPage /> },
      {
        element: (
          <RequireAuth>
            <Shell />
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

import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { ADMIN_ROLES, AUDIT_ROLES } from '../components/nav-items.tsx';
import { ErrorPage } from './error-page.tsx';
import NotFoundPage from './not-found-page.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequireRole } from './require-role.tsx';

// Each page is its own chunk: a commune officer never downloads the admin screens.
const LoginPage = lazy(() => import('../features/auth/login-page.tsx'));
const LogoutPage = lazy(() => import('../features/auth/logout-page.tsx'));
const HomePage = lazy(() => import('../features/home/home-page.tsx'));
const UnitsPage = lazy(() => import('../features/units/units-page.tsx'));
const UsersPage = lazy(() => import('../features/admin/users-page.tsx'));
const AgenciesPage = lazy(() => import('../features/admin/agencies-page.tsx'));
const AuditPage = lazy(() => import('../features/audit/audit-page.tsx'));
const TokensPage = lazy(() => import('../features/account/tokens-page.tsx'));
const SessionsPage = lazy(() => import('../features/account/sessions-page.tsx'));

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
              { index: true, element: <HomePage /> },
              { path: 'units', element: <UnitsPage /> },
              {
                path: 'admin/users',
                element: (
                  <RequireRole roles={ADMIN_ROLES}>
                    <UsersPage />
                  </RequireRole>
                ),
              },
              {
                path: 'admin/agencies',
                element: (
                  <RequireRole roles={ADMIN_ROLES}>
                    <AgenciesPage />
                  </RequireRole>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireRole roles={AUDIT_ROLES}>
                    <AuditPage />
                  </RequireRole>
                ),
              },
              // Every signed-in user manages their own tokens; the server scopes the list to the caller.
              { path: 'account/tokens', element: <TokensPage /> },
              { path: 'account/sessions', element: <SessionsPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

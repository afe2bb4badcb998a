// The signed-in features' texts, before anything below renders (the login page does without them).
import '../i18n/features-texts.ts';
import { ConfigProvider, Drawer, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { UnitScopeProvider } from '../features/units/unit-scope-context.tsx';
import { Breadcrumbs } from '../kit/breadcrumbs.tsx';
import { NavMenu } from '../kit/nav-menu.tsx';
import { ReauthHost } from '../kit/reauth.tsx';
import { RouteLookup } from '../kit/route-lookup.ts';
import { routeByPath } from '../kit/routes.tsx';
import { AppHeader } from './app-header.tsx';
import { JurisdictionBar } from './jurisdiction-bar.tsx';
import { PageSpin } from './page-spin.tsx';

const Brand = () => (
  <div style={{ padding: '20px 24px 12px', fontWeight: 700, fontSize: 20, color: '#0f2c4c' }}>PCMT</div>
);

/**
 * Desktop (≥ 992 px): a fixed side menu. Narrower: the menu slides over the page from a button in the
 * header, so the page keeps the full width of the phone.
 */
export default function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  // Touch-sized controls (40 px) on phones and tablets.
  const touch = screens.md === false;
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <UnitScopeProvider key={me.user.id} userId={me.user.id}>
      {/* Always a size, never undefined: antd wraps the children in a size provider only when one is given, so
          toggling it (a tablet turned across 768 px) would remount every page and lose what was being typed. */}
      <ConfigProvider componentSize={touch ? 'large' : 'middle'}>
        <Layout style={{ minHeight: '100vh' }}>
          {wide && (
            <Layout.Sider width={232} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
              <nav aria-label={t('layout.mainMenu')}>
                <Brand />
                <NavMenu />
              </nav>
            </Layout.Sider>
          )}
          {!wide && (
            <Drawer
              placement="left"
              open={menuOpen}
              onClose={() => setMenuOpen(false)}
              size={280}
              title="PCMT"
              styles={{ body: { padding: 0 } }}
            >
              <nav aria-label={t('layout.mainMenu')}>
                <NavMenu onNavigate={() => setMenuOpen(false)} />
              </nav>
            </Drawer>
          )}
          <Layout style={{ minWidth: 0 }}>
            <AppHeader compact={!wide} onMenu={() => setMenuOpen(true)} />
            <JurisdictionBar />
            <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
              <Breadcrumbs />
              <Suspense fallback={<PageSpin />}>
                <RouteLookup.Provider value={routeByPath}>
                  <Outlet />
                </RouteLookup.Provider>
              </Suspense>
            </Layout.Content>
          </Layout>
          <ReauthHost />
        </Layout>
      </ConfigProvider>
    </UnitScopeProvider>
  );
}

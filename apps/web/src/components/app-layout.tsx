import { Layout, Menu } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { UnitScopeProvider } from '../features/units/unit-scope-context.tsx';
import { AppHeader } from './app-header.tsx';
import { JurisdictionBar } from './jurisdiction-bar.tsx';
import { navItems, selectedKey } from './nav-items.tsx';
import { PageSpin } from './page-spin.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const { pathname } = useLocation();

  return (
    <UnitScopeProvider key={me.user.id} userId={me.user.id}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          breakpoint="lg"
          collapsedWidth={0}
          width={232}
          theme="light"
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <nav aria-label={t('layout.mainMenu')}>
            <div style={{ padding: '20px 24px 12px', fontWeight: 700, fontSize: 20, color: '#0f2c4c' }}>
              PCMT
            </div>
            <Menu
              mode="inline"
              selectedKeys={[selectedKey(pathname)]}
              items={navItems(me, t)}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <AppHeader />
          <JurisdictionBar />
          <Layout.Content style={{ padding: 24 }}>
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </UnitScopeProvider>
  );
}

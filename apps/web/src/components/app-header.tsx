import { Button, Dropdown, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { HeaderUnitPicker } from '../features/units/header-unit-picker.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** Title, working unit, language, the user's own menu (API tokens) and sign-out. */
export function AppHeader() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();

  return (
    <Layout.Header
      style={{
        background: '#fff',
        paddingInline: 16,
        height: 'auto',
        minHeight: 64,
        lineHeight: 'normal',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <Flex align="center" justify="space-between" gap={16} wrap style={{ minHeight: 64, paddingBlock: 8 }}>
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        <Flex align="center" gap={12} wrap>
          <HeaderUnitPicker />
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: '/account/tokens', label: t('nav.apiTokens') },
                { key: '/account/sessions', label: t('nav.sessions') },
              ],
              onClick: ({ key }) => void navigate(key),
            }}
          >
            <Button
              type="text"
              aria-label={t('layout.accountMenu', { name: me.user.displayName })}
              title={me.agency.name}
              style={{ height: 'auto', paddingBlock: 4, maxWidth: 280, textAlign: 'start' }}
            >
              <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
                <Typography.Text strong ellipsis>
                  {me.user.displayName} <span aria-hidden="true">▾</span>
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {me.agency.name}
                </Typography.Text>
              </Flex>
            </Button>
          </Dropdown>
          <Button onClick={() => void navigate('/logout')}>{t('layout.logout')}</Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}

import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { HeaderUnitPicker } from '../features/units/header-unit-picker.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * One row at every width. On a phone: menu button, short title, account and sign-out as icons; the unit
 * picker moves below the header so nothing overlaps.
 */
export function AppHeader({ compact, onMenu }: { compact: boolean; onMenu: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();

  return (
    <Layout.Header
      style={{
        background: '#fff',
        paddingInline: compact ? 8 : 16,
        height: 'auto',
        lineHeight: 'normal',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <Flex align="center" justify="space-between" gap={8} style={{ minHeight: 56 }}>
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          {compact && (
            <Button
              type="text"
              size="large"
              icon={<MenuOutlined />}
              aria-label={t('layout.openMenu')}
              onClick={onMenu}
            />
          )}
          <Typography.Title level={1} ellipsis style={{ fontSize: compact ? 17 : 18, margin: 0 }}>
            {compact ? 'PCMT' : t('app.title')}
          </Typography.Title>
        </Flex>
        <Flex align="center" gap={compact ? 4 : 12} style={{ flexShrink: 0 }}>
          {!compact && <HeaderUnitPicker />}
          <LanguageSwitch />
          <Button
            type="text"
            size={compact ? 'large' : 'middle'}
            icon={compact ? <UserOutlined /> : undefined}
            aria-label={t('layout.accountMenu', { name: me.user.displayName })}
            title={`${me.user.displayName} — ${me.agency.name}`}
            onClick={() => void navigate('/account')}
            style={
              compact ? undefined : { height: 'auto', paddingBlock: 4, maxWidth: 260, textAlign: 'start' }
            }
          >
            {!compact && (
              <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
                <Typography.Text strong ellipsis>
                  {me.user.displayName}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {me.agency.name}
                </Typography.Text>
              </Flex>
            )}
          </Button>
          <Button
            size={compact ? 'large' : 'middle'}
            type={compact ? 'text' : 'default'}
            icon={compact ? <LogoutOutlined /> : undefined}
            aria-label={t('layout.logout')}
            onClick={() => void navigate('/logout')}
          >
            {compact ? null : t('layout.logout')}
          </Button>
        </Flex>
      </Flex>
      {compact && (
        <div style={{ paddingBottom: 8 }}>
          <HeaderUnitPicker block />
        </div>
      )}
    </Layout.Header>
  );
}

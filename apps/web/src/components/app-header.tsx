import { Button, Flex, Layout, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { HeaderUnitPicker } from '../features/units/header-unit-picker.tsx';
import { LanguageSwitch } from './language-switch.tsx';

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
          <Tooltip title={me.agency.name}>
            <Flex vertical style={{ lineHeight: 1.3, maxWidth: 260 }}>
              <Typography.Text strong ellipsis>
                {me.user.displayName}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {me.agency.name}
              </Typography.Text>
            </Flex>
          </Tooltip>
          <Button onClick={() => void navigate('/logout')}>{t('layout.logout')}</Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}

import { Card, ConfigProvider, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch.tsx';

/** The frame of every sign-in step: product name, the step's title, and the language switch. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      gap={16}
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(180deg, #0f2c4c 0%, #f0f2f5 45%)',
      }}
    >
      <Flex vertical align="center" gap={4} style={{ color: '#fff', textAlign: 'center', maxWidth: 520 }}>
        <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{t('app.tagline')}</Typography.Text>
      </Flex>
      <Card
        style={{ width: '100%', maxWidth: 440 }}
        title={<h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>}
        extra={<LanguageSwitch />}
      >
        {/* Large, touch-sized fields and buttons: sign-in happens on phones as often as on desktops. */}
        <ConfigProvider componentSize="large">{children}</ConfigProvider>
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('app.owner')}
      </Typography.Text>
    </Flex>
  );
}

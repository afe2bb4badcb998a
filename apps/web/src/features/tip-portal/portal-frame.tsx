import { ConfigProvider, Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { usePortalText } from './i18n.ts';

/**
 * The public portal's frame: no menu, no account, nothing of the signed-in app; one column sized for a
 * 360 px phone that stays readable on a desktop. Touch-sized controls everywhere.
 */
export function PortalFrame({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { pt } = usePortalText();
  useEffect(() => {
    document.title = pt('title');
  }, [pt]);
  return (
    <Flex
      component="main"
      vertical
      align="center"
      style={{ minHeight: '100vh', background: '#f0f2f5', padding: '0 0 32px' }}
    >
      <Flex
        vertical
        gap={4}
        style={{
          width: '100%',
          boxSizing: 'border-box',
          background: '#0f2c4c',
          color: '#fff',
          padding: '16px 16px 20px',
        }}
        align="center"
      >
        <Flex justify="space-between" align="center" gap={8} style={{ width: '100%', maxWidth: 600 }}>
          <Link to="/to-giac" style={{ color: '#fff', fontWeight: 700, letterSpacing: 1 }}>
            PCMT
          </Link>
          <LanguageSwitch />
        </Flex>
        <Flex vertical style={{ width: '100%', maxWidth: 600 }}>
          <Typography.Title level={1} style={{ color: '#fff', margin: '8px 0 0', fontSize: 24 }}>
            {pt('title')}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{pt('subtitle')}</Typography.Text>
        </Flex>
      </Flex>
      <Flex
        vertical
        gap={16}
        style={{ width: '100%', boxSizing: 'border-box', maxWidth: 600, padding: '16px 12px 0' }}
      >
        <ConfigProvider componentSize="large">{children}</ConfigProvider>
        {footer}
      </Flex>
    </Flex>
  );
}

import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder while a lazy page or the session loads; tall enough that the layout does not jump. */
export function PageSpin({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullScreen ? '100vh' : 240 }}>
      <Spin size="large" description={t('common.loading')} aria-live="polite">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}

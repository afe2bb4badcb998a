import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Seeded demonstration records must never be mistaken for real ones. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag color="orange" style={{ marginInlineStart: 6 }}>
      {t('common.demoData')}
    </Tag>
  );
}

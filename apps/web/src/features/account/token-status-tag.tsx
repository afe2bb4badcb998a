import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiTokenStatus } from './tokens-api.ts';

const COLOR: Record<ApiTokenStatus, string> = { active: 'green', revoked: 'red', expired: 'default' };

export function TokenStatusTag({ status }: { status: ApiTokenStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`tokens.status.${status}`)}</Tag>;
}

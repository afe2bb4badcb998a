import { Flex, Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/session.ts';

const SHOWN = 6;

/** Which units the user's rights apply to: always visible, because every list is cut to it. */
export function JurisdictionBar() {
  const { t } = useTranslation();
  const { jurisdiction } = useSession();
  const shown = jurisdiction.slice(0, SHOWN);
  const rest = jurisdiction.slice(SHOWN);
  return (
    <Flex
      align="center"
      gap={4}
      wrap
      style={{ padding: '6px 16px', background: '#fafafa', borderBottom: '1px solid #f0f0f0' }}
      aria-label={t('layout.jurisdiction')}
    >
      <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
        {t('layout.jurisdiction')}:
      </Typography.Text>
      {jurisdiction.length === 0 && (
        <Typography.Text type="warning">{t('layout.noJurisdiction')}</Typography.Text>
      )}
      {shown.map((u) => (
        <Tag key={u.id} color="blue" title={u.code}>
          {u.name}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Popover
          content={
            <Flex gap={4} wrap style={{ maxWidth: 420 }}>
              {rest.map((u) => (
                <Tag key={u.id} color="blue">
                  {u.name}
                </Tag>
              ))}
            </Flex>
          }
        >
          <Tag style={{ cursor: 'pointer' }} tabIndex={0}>
            {t('layout.moreUnits', { count: rest.length })}
          </Tag>
        </Popover>
      )}
    </Flex>
  );
}

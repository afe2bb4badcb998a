import { InfoCircleOutlined } from '@ant-design/icons';
import type { AuditEvent } from '@pcmt/contracts';
import { Button, Flex, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FieldChange, fieldChanges, fieldLabel, formatValue } from './audit-values.ts';

/**
 * One event opened: who (and from which agency and address), then a field-by-field table of what changed,
 * from what to what, in the reader's words. Technical ids stay in a tooltip for the help desk.
 */
export function AuditChange({
  event,
  names,
  onHistory,
}: {
  event: AuditEvent;
  names: Record<string, string>;
  onHistory?: () => void;
}) {
  const { t } = useTranslation();
  const changes = fieldChanges(event.before, event.after);
  return (
    <Flex vertical gap={8} data-testid="audit-change">
      <Flex gap={16} wrap align="center">
        {event.actorAgencyId && (
          <Typography.Text type="secondary">
            {t('audit.agency')}: {formatValue(event.actorAgencyId, names, t)}
          </Typography.Text>
        )}
        {event.ip && (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('audit.ip')}: {event.ip}
          </Typography.Text>
        )}
        {event.requestId && (
          <Tooltip title={t('audit.requestId', { id: event.requestId })}>
            <InfoCircleOutlined aria-label={t('audit.requestId', { id: event.requestId })} />
          </Tooltip>
        )}
        {onHistory && (
          <Button size="small" type="link" onClick={onHistory}>
            {t('audit.history')}
          </Button>
        )}
      </Flex>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>
      ) : (
        <Table<FieldChange>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={changes}
          columns={[
            { key: 'field', title: t('audit.field'), render: (_, c) => fieldLabel(c.field, t), width: '22%' },
            {
              key: 'before',
              title: t('audit.before'),
              render: (_, c) => (
                <span style={{ overflowWrap: 'anywhere' }}>{formatValue(c.before, names, t, c.field)}</span>
              ),
            },
            {
              key: 'after',
              title: t('audit.after'),
              render: (_, c) => (
                <span style={{ overflowWrap: 'anywhere' }}>{formatValue(c.after, names, t, c.field)}</span>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}

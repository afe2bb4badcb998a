import type { AuditEvent } from '@pcmt/contracts';
import { Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Top-level fields whose value differs between before and after: what the reader looks for first. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography.Text strong>{label}</Typography.Text>
      </figcaption>
      {value === null || value === undefined ? (
        <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>
      ) : (
        <pre
          style={{
            margin: '4px 0 0',
            padding: 8,
            maxHeight: 360,
            overflow: 'auto',
            background: '#fafafa',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </figure>
  );
}

export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changed = changedFields(event.before, event.after);
  return (
    <Flex vertical gap={8}>
      <Flex gap={16} wrap>
        {event.ip && (
          <Typography.Text type="secondary">
            {t('audit.ip')}: {event.ip}
          </Typography.Text>
        )}
        {event.actorAgencyId && (
          <Typography.Text type="secondary">
            {t('audit.agencyId')}: {event.actorAgencyId}
          </Typography.Text>
        )}
      </Flex>
      {changed.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text>{t('audit.changedFields')}:</Typography.Text>
          {changed.map((k) => (
            <Tag key={k} color="gold">
              {k}
            </Tag>
          ))}
        </Flex>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.before')} value={event.before} />
        </Col>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.after')} value={event.after} />
        </Col>
      </Row>
    </Flex>
  );
}

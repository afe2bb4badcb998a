import type { AuditEvent } from '@pcmt/contracts';
import { Collapse, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../i18n/format.ts';

/**
 * The trail on a phone: one folded card per event (what, when, who, which record); unfolding shows the
 * same change table as on a laptop. No column ever leaves the screen.
 */
export function AuditEventCards({
  events,
  actorOf,
  actionOf,
  recordOf,
  detail,
  empty,
}: {
  events: AuditEvent[];
  actorOf: (e: AuditEvent) => ReactNode;
  actionOf: (e: AuditEvent) => string;
  recordOf: (e: AuditEvent) => ReactNode;
  detail: (e: AuditEvent) => ReactNode;
  empty: string;
}) {
  if (events.length === 0) return <Empty description={empty} />;
  return (
    <Collapse
      items={events.map((e) => ({
        key: e.id,
        label: (
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{actionOf(e)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {formatDateTime(e.occurredAt)} · {actorOf(e)}
            </Typography.Text>
            <span style={{ overflowWrap: 'anywhere' }}>{recordOf(e)}</span>
          </Flex>
        ),
        children: detail(e),
      }))}
    />
  );
}

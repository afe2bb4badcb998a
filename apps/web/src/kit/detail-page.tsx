import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A record's page: title with status and actions, the record's sections, and a timeline slot (dated events,
 * who did what) beside them on wide screens and below them on phones.
 */
export function DetailPage({
  title,
  status,
  actions,
  children,
  timeline,
  timelineTitle,
}: {
  title: ReactNode;
  status?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  timeline?: ReactNode;
  timelineTitle?: string;
}) {
  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" wrap gap={12}>
        <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {title}
          </Typography.Title>
          {status}
        </Flex>
        {actions && (
          <Flex gap={8} wrap>
            {actions}
          </Flex>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={timeline ? 16 : 24}>
          <Flex vertical gap={16}>
            {children}
          </Flex>
        </Col>
        {timeline && (
          <Col xs={24} xl={8}>
            <Card title={timelineTitle} size="small">
              {timeline}
            </Card>
          </Col>
        )}
      </Row>
    </Flex>
  );
}

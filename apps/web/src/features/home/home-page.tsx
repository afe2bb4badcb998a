import type { HomeSummary } from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { allowed } from '../../kit/permissions.ts';
import { useRouteLookup } from '../../kit/route-lookup.ts';
import { useSession } from '../auth/session.ts';

const useHome = () =>
  useQuery({ queryKey: ['home'], queryFn: ({ signal }) => api.get<HomeSummary>('/home', { signal }) });

const hints = {
  '/units': 'home.unitsHint',
  '/admin/users': 'home.usersHint',
  '/admin/agencies': 'home.agenciesHint',
  '/audit': 'home.auditHint',
  '/account': 'home.accountHint',
} as const;

/** Where the working day starts: what is waiting for me, my jurisdiction in figures, the pages I use. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const routeByPath = useRouteLookup();
  const home = useHome();
  const figure = (key: HomeSummary['figures'][number]['key']) =>
    home.data?.figures.find((f) => f.key === key)?.value;

  const todo: { key: string; text: string; to: string }[] = [];
  if (!me.user.mfaEnabled) todo.push({ key: 'mfa', text: t('home.todoMfa'), to: '/account' });
  const locked = figure('usersLocked');
  if (locked)
    todo.push({
      key: 'locked',
      text: t('home.todoLocked', { count: locked }),
      to: '/admin/users?status=locked',
    });
  const shortcuts = Object.entries(hints)
    .map(([path, hint]) => ({ route: routeByPath.get(path), hint }))
    .filter((s) => s.route && allowed(me, s.route.gate));

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('home.welcome', { name: me.user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{me.agency.name}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.todo')} style={{ height: '100%' }}>
            {todo.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todoEmpty')} />
            ) : (
              <List
                dataSource={todo}
                renderItem={(item) => (
                  <List.Item>
                    <Link to={item.to}>{item.text}</Link>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('home.figures')}>
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('home.figuresHint')}
            </Typography.Paragraph>
            {home.isError && <ErrorAlert error={home.error} onRetry={() => void home.refetch()} />}
            {home.isPending ? (
              <Skeleton active />
            ) : (
              <Row gutter={[16, 16]}>
                {(home.data?.figures ?? []).map((f) => (
                  <Col key={f.key} xs={12} md={8}>
                    <Statistic
                      title={t(`home.figure.${f.key}`)}
                      value={f.value}
                      formatter={(v) => formatNumber(Number(v))}
                    />
                  </Col>
                ))}
              </Row>
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0' }}>
              {t('home.figuresLater')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
        {t('home.shortcuts')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map(({ route, hint }) =>
          route ? (
            <Col key={route.path} xs={24} sm={12} xl={6}>
              <Link to={route.path} style={{ display: 'block', height: '100%' }}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Card.Meta title={route.title(t)} description={t(hint)} />
                </Card>
              </Link>
            </Col>
          ) : null,
        )}
      </Row>
    </Flex>
  );
}

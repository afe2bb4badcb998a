import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_ROLES, AUDIT_ROLES } from '../../components/nav-items.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { hasAnyRole, useSession } from '../auth/session.ts';

export default function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  useDocumentTitle(t('nav.home'));

  const shortcuts = [
    { to: '/units', title: t('nav.units'), text: t('home.unitsHint'), show: true },
    {
      to: '/admin/users',
      title: t('nav.users'),
      text: t('home.usersHint'),
      show: hasAnyRole(me, ADMIN_ROLES),
    },
    {
      to: '/admin/agencies',
      title: t('nav.agencies'),
      text: t('home.agenciesHint'),
      show: hasAnyRole(me, ADMIN_ROLES),
    },
    { to: '/audit', title: t('nav.audit'), text: t('home.auditHint'), show: hasAnyRole(me, AUDIT_ROLES) },
    { to: '/account/tokens', title: t('nav.apiTokens'), text: t('home.apiTokensHint'), show: true },
  ].filter((s) => s.show);

  return (
    <Flex vertical gap={24} style={{ maxWidth: 1100 }}>
      <div>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
      </div>
      <Card title={t('home.account')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'username', label: t('auth.username'), children: me.user.username },
            { key: 'agency', label: t('home.agency'), children: me.agency.name },
            {
              key: 'roles',
              label: t('home.roles'),
              children: (
                <Flex gap={4} wrap>
                  {me.user.roles.map((r) => (
                    <Tag key={r} color="geekblue">
                      {t(`roles.${r}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              key: 'mfa',
              label: t('home.mfa'),
              children: me.user.mfaEnabled ? (
                <Tag color="green">{t('common.enabled')}</Tag>
              ) : (
                <Tag>{t('common.notEnabled')}</Tag>
              ),
            },
            {
              key: 'jurisdiction',
              label: t('layout.jurisdiction'),
              span: 'filled',
              children:
                me.jurisdiction.length === 0 ? (
                  <Typography.Text type="warning">{t('layout.noJurisdiction')}</Typography.Text>
                ) : (
                  <Flex gap={4} wrap>
                    {me.jurisdiction.map((u) => (
                      <Tag key={u.id} color="blue">
                        {u.name} ({u.code})
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        {shortcuts.map((s) => (
          <Col key={s.to} xs={24} md={12} xl={6}>
            <Link to={s.to} style={{ display: 'block', height: '100%' }}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta title={s.title} description={s.text} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

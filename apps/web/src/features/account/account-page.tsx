import type { Me } from '@pcmt/contracts';
import { Alert, Button, Card, Col, Descriptions, Flex, List, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { allowed } from '../../kit/permissions.ts';
import { useRouteLookup } from '../../kit/route-lookup.ts';
import { MfaEnrolStep, type RecoveryHandoff } from '../auth/mfa-enrol-step.tsx';
import { PasswordChangeStep } from '../auth/password-change-step.tsx';
import { RecoveryCodesStep } from '../auth/recovery-codes-step.tsx';
import { useAcceptMe, useSession } from '../auth/session.ts';

/** "Tài khoản của tôi": who I am, my password, my 2FA, and the pages about my sign-ins and tokens. */
export default function AccountPage() {
  const { t } = useTranslation();
  const me = useSession();
  const routeByPath = useRouteLookup();
  const acceptMe = useAcceptMe();
  const [enrolling, setEnrolling] = useState(false);
  const [handoff, setHandoff] = useState<RecoveryHandoff | null>(null);
  const [passwordChanged, setPasswordChanged] = useState(false);
  const links = ['/account/sessions', '/account/tokens']
    .map((p) => routeByPath.get(p))
    .filter((r) => r && allowed(me, r.gate));

  return (
    <>
      <PageHeader title={t('nav.account')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <Card title={t('account.profile')}>
              <Descriptions
                column={1}
                items={[
                  { key: 'name', label: t('account.displayName'), children: me.user.displayName },
                  { key: 'username', label: t('auth.username'), children: me.user.username },
                  { key: 'agency', label: t('account.agency'), children: me.agency.name },
                  {
                    key: 'roles',
                    label: t('account.roles'),
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
                ]}
              />
            </Card>
            <Card title={t('account.elsewhere')}>
              <List
                dataSource={links}
                renderItem={(r) =>
                  r && (
                    <List.Item>
                      <Link to={r.path}>{r.title(t)}</Link>
                    </List.Item>
                  )
                }
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <Card title={t('account.mfa')}>
              <MfaSection
                me={me}
                enrolling={enrolling}
                handoff={handoff}
                onStart={() => setEnrolling(true)}
                onConfirmed={(h) => {
                  setEnrolling(false);
                  setHandoff(h);
                }}
                onDone={() => {
                  if (handoff) acceptMe(handoff.me);
                  setHandoff(null);
                }}
              />
            </Card>
            <Card title={t('auth.changePassword')}>
              {passwordChanged && (
                <Alert
                  type="success"
                  showIcon
                  role="status"
                  title={t('account.passwordChanged')}
                  style={{ marginBottom: 16 }}
                />
              )}
              <PasswordChangeStep embedded onChanged={() => setPasswordChanged(true)} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}

function MfaSection({
  me,
  enrolling,
  handoff,
  onStart,
  onConfirmed,
  onDone,
}: {
  me: Me;
  enrolling: boolean;
  handoff: RecoveryHandoff | null;
  onStart: () => void;
  onConfirmed: (h: RecoveryHandoff) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  if (handoff) return <RecoveryCodesStep handoff={handoff} onDone={onDone} />;
  if (enrolling) return <MfaEnrolStep me={me} embedded onConfirmed={onConfirmed} />;
  if (me.user.mfaEnabled)
    return (
      <Flex vertical gap={8}>
        <div>
          <Tag color="green">{t('common.enabled')}</Tag>
        </div>
        <Typography.Text type="secondary">{t('account.mfaOnHint')}</Typography.Text>
      </Flex>
    );
  return (
    <Flex vertical gap={12} align="start">
      <Typography.Text>{t('account.mfaOffHint')}</Typography.Text>
      <Button type="primary" onClick={onStart}>
        {t('account.mfaEnrol')}
      </Button>
    </Flex>
  );
}

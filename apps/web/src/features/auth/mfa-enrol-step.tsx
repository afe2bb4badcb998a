import type { Me } from '@pcmt/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageSpin } from '../../components/page-spin.tsx';
import { authApi } from './auth-api.ts';
import { OtherAccountLink } from './other-account-link.tsx';
import { TotpQr } from './totp-qr.tsx';

export interface RecoveryHandoff {
  codes: string[];
  me: Me;
}

/**
 * First sign-in of a privileged account: scan the secret into an authenticator app, prove it with one
 * code, then (next step) keep the recovery codes. The secret is fetched once per visit: every start
 * call replaces the previous secret on the server, so it must not be refetched behind the user's back.
 */
export function MfaEnrolStep({
  me,
  onConfirmed,
  embedded = false,
}: {
  me: Me;
  onConfirmed: (handoff: RecoveryHandoff) => void;
  /** On the account page: enrolment is the user's choice, and there is no "other account" way out. */
  embedded?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const startKey = ['mfa-enrol', me.user.id];
  const start = useQuery({
    queryKey: startKey,
    queryFn: authApi.startEnrol,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: authApi.confirmEnrol,
    onSuccess: (res) => {
      queryClient.removeQueries({ queryKey: startKey });
      onConfirmed({ codes: res.recoveryCodes, me: res.me });
    },
    onError: () => form.setFieldValue('code', ''),
  });

  if (start.isPending) return <PageSpin />;
  if (start.isError)
    return (
      <Flex vertical gap={12}>
        <ErrorAlert error={start.error} onRetry={() => void start.refetch()} />
        {!embedded && <OtherAccountLink />}
      </Flex>
    );

  const { secret, otpauthUrl } = start.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {embedded ? t('auth.enrolIntroOptional') : t('auth.enrolIntro')}
      </Typography.Paragraph>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        <li>{t('auth.enrolStep1')}</li>
        <li>{t('auth.enrolStep2')}</li>
        <li>{t('auth.enrolStep3')}</li>
      </ol>
      <Flex justify="center">
        <TotpQr url={otpauthUrl} />
      </Flex>
      <div>
        <Typography.Text type="secondary">{t('auth.enrolSecret')}</Typography.Text>
        <Flex align="center" gap={8} wrap>
          <code
            data-testid="totp-secret"
            style={{
              fontSize: 15,
              wordBreak: 'break-all',
              background: '#f5f5f5',
              padding: '2px 6px',
              borderRadius: 4,
            }}
          >
            {secret}
          </code>
          <Typography.Text copyable={{ text: secret, tooltips: [t('common.copy'), t('common.copied')] }} />
        </Flex>
      </div>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={confirm.isPending}
        onFinish={(v) => confirm.mutate(v.code.trim())}
      >
        {confirm.isError && (
          <Form.Item>
            <ErrorAlert error={confirm.error} />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('auth.mfaCode')}
          rules={[
            { required: true, message: t('auth.mfaCodeRequired') },
            { pattern: /^\d{6}$/, message: t('auth.totpFormat') },
          ]}
          normalize={(v: string) => v.replace(/\D+/g, '')}
        >
          <Input
            data-testid="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            style={{ fontFamily: 'monospace', fontSize: 18, letterSpacing: 4 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
          {t('auth.confirm')}
        </Button>
      </Form>
      {!embedded && <OtherAccountLink />}
    </Flex>
  );
}

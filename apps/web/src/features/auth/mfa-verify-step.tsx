import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { authApi, meKey } from './auth-api.ts';
import { OtherAccountLink } from './other-account-link.tsx';
import { useAcceptMe } from './session.ts';

const CODE = /^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/i;

/** Second factor: the 6-digit TOTP code, or one recovery code (xxxx-xxxx) when the phone is lost. */
export function MfaVerifyStep() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const acceptMe = useAcceptMe();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: authApi.verifyMfa,
    onSuccess: acceptMe,
    onError: (e) => {
      form.setFieldValue('code', '');
      // The half-open session expired: back to the password step.
      if (isApiError(e) && e.code === 'unauthenticated')
        void queryClient.invalidateQueries({ queryKey: meKey });
    },
  });

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={verify.isPending}
      onFinish={(v) => verify.mutate(v.code.trim().replace(/\s+/g, ''))}
    >
      <Typography.Paragraph>{t('auth.mfaIntro')}</Typography.Paragraph>
      {verify.isError && (
        <Form.Item>
          <ErrorAlert error={verify.error} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('auth.mfaCode')}
        extra={t('auth.mfaCodeHelp')}
        rules={[
          { required: true, message: t('auth.mfaCodeRequired') },
          { pattern: CODE, message: t('auth.mfaCodeFormat') },
        ]}
        normalize={(v: string) => v.replace(/\s+/g, '')}
      >
        <Input
          autoComplete="one-time-code"
          autoFocus
          maxLength={9}
          spellCheck={false}
          style={{ fontFamily: 'monospace', fontSize: 18, letterSpacing: 2 }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={verify.isPending}>
        {t('auth.confirm')}
      </Button>
      <OtherAccountLink />
    </Form>
  );
}

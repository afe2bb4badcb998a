import type { Me } from '@pcmt/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, configureApi } from '../api/client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { acceptMe, useSession } from '../features/auth/session.ts';

type Pending = { resolve: (ok: boolean) => void };

/**
 * Answers the server's `reauth_required` for the whole app: the API client asks, this modal collects the
 * password (or, with 2FA on, a code from the authenticator app), the client then repeats the original request.
 * Mounted once inside the signed-in layout.
 */
export function ReauthHost() {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [useCode, setUseCode] = useState(me.user.mfaEnabled);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ secret: string }>();

  useEffect(() => {
    configureApi({
      reauthenticate: () =>
        new Promise<boolean>((resolve) => {
          setError(null);
          setUseCode(me.user.mfaEnabled);
          setPending({ resolve });
        }),
    });
    return () => configureApi({ reauthenticate: async () => false });
  }, [me.user.mfaEnabled]);

  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
    form.resetFields();
  };
  const submit = async ({ secret }: { secret: string }) => {
    setBusy(true);
    setError(null);
    try {
      const body = useCode ? { code: secret.replace(/\s+/g, '') } : { password: secret };
      const fresh = await api.post<Me>('/auth/reauth', body, { handleUnauthorized: false });
      if (fresh && typeof fresh === 'object' && 'csrfToken' in fresh) acceptMe(queryClient, fresh);
      close(true);
    } catch (e) {
      setError(e);
      form.setFieldValue('secret', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={pending !== null}
      title={t('kit.reauth.title')}
      onCancel={() => close(false)}
      destroyOnHidden
      footer={null}
    >
      <Typography.Paragraph>{t('kit.reauth.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        {error !== null && (
          <Form.Item>
            <ErrorAlert error={error} />
          </Form.Item>
        )}
        <Form.Item
          name="secret"
          label={useCode ? t('auth.mfaCode') : t('auth.password')}
          rules={[
            { required: true, message: useCode ? t('auth.mfaCodeRequired') : t('auth.passwordRequired') },
          ]}
        >
          {useCode ? (
            <Input
              data-testid="reauth-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              autoFocus
              style={{ fontFamily: 'monospace', fontSize: 18, letterSpacing: 4 }}
            />
          ) : (
            <Input.Password data-testid="reauth-password" autoComplete="current-password" autoFocus />
          )}
        </Form.Item>
        {me.user.mfaEnabled && (
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => setUseCode(!useCode)}>
            {useCode ? t('kit.reauth.usePassword') : t('kit.reauth.useCode')}
          </Button>
        )}
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <Button onClick={() => close(false)}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('kit.reauth.confirm')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}

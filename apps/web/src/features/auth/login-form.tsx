import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { applyFieldErrors } from '../../api/error-text.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { authApi } from './auth-api.ts';
import { useAcceptMe } from './session.ts';

interface Values {
  username: string;
  password: string;
}
const FIELDS = ['username', 'password'] as const;

export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<string[]>([]);
  // One summary only when the refusal names no field here; otherwise the fields say it.
  const [summary, setSummary] = useState(false);
  const acceptMe = useAcceptMe();
  const login = useMutation({
    mutationFn: authApi.login,
    onSuccess: acceptMe,
    onError: (e) => {
      const unmatched = applyFieldErrors(form, e, FIELDS);
      setExtra(unmatched);
      setSummary(!isApiError(e) || e.details.length === unmatched.length || unmatched.length > 0);
    },
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={login.isPending}
      onFinish={(v) => login.mutate({ username: v.username.trim(), password: v.password })}
    >
      {login.isError && summary && (
        <Form.Item>
          <ErrorAlert error={login.error} extra={extra} />
        </Form.Item>
      )}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}

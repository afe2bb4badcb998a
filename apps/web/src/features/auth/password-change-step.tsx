import { password as passwordSchema } from '@pcmt/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { applyFieldErrors } from '../../api/error-text.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { authApi } from './auth-api.ts';
import { OtherAccountLink } from './other-account-link.tsx';
import { useAcceptMe } from './session.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * The initial password was one-time (from an administrator, or printed at installation): the user must choose
 * their own before working. `embedded`: the same form on the account page, changed at will.
 */
export function PasswordChangeStep({
  embedded = false,
  onChanged,
}: {
  embedded?: boolean;
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<string[]>([]);
  // One summary only when the refusal names no field here; otherwise the fields say it.
  const [summary, setSummary] = useState(false);
  const acceptMe = useAcceptMe();
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: (me) => {
      acceptMe(me);
      form.resetFields();
      onChanged?.();
    },
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
      disabled={change.isPending}
      onFinish={(v) => change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })}
    >
      {!embedded && <Typography.Paragraph>{t('auth.passwordIntro')}</Typography.Paragraph>}
      {change.isError && summary && (
        <Form.Item>
          <ErrorAlert error={change.error} extra={extra} />
        </Form.Item>
      )}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus={!embedded} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.newPasswordHelp')}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (value && !passwordSchema.safeParse(value).success)
                throw new Error(t('auth.passwordTooShort'));
            },
          },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value === getFieldValue('currentPassword'))
                throw new Error(t('auth.passwordSame'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword'))
                throw new Error(t('auth.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block={!embedded} loading={change.isPending}>
        {t('auth.changePassword')}
      </Button>
      {!embedded && <OtherAccountLink />}
    </Form>
  );
}

import {
  type Agency,
  password as passwordSchema,
  privilegedRoles,
  type Role,
  roles,
  type User,
  username as usernameSchema,
} from '@pcmt/contracts';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fold } from '../../i18n/format.ts';
import { adminApi, type UserCreateBody, usersKey } from './admin-api.ts';
import { generatePassword } from './password-generator.ts';
import { useEditMutation } from './use-edit-mutation.ts';

type Values = UserCreateBody & { status: User['status'] };
const FIELDS = ['username', 'displayName', 'agencyId', 'roles', 'password', 'status'] as const;
const toValues = (u: User): Partial<Values> => ({
  username: u.username,
  displayName: u.displayName,
  agencyId: u.agencyId,
  roles: u.roles,
  status: u.status,
});

interface Props {
  user: User | null;
  latest: User | undefined;
  agencies: Agency[];
  onClosed: () => void;
}

export function UserFormModal({ user, latest, agencies, onClosed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(true);
  const [version, setVersion] = useState(user?.version ?? 0);
  const [showPassword, setShowPassword] = useState(false);
  const chosenRoles = Form.useWatch('roles', form) ?? [];
  const privileged = chosenRoles.some((r) => privilegedRoles.includes(r));
  const { mutation, extra } = useEditMutation<Values>({
    form,
    fields: FIELDS,
    listKey: usersKey,
    save: (v) =>
      user
        ? adminApi.updateUser(user.id, {
            displayName: v.displayName.trim(),
            agencyId: v.agencyId,
            roles: v.roles,
            status: v.status,
            version,
          })
        : adminApi.createUser({
            username: v.username.trim().toLowerCase(),
            displayName: v.displayName.trim(),
            agencyId: v.agencyId,
            roles: v.roles,
            password: v.password,
          }),
    onSaved: () => {
      void message.success(t(user ? 'common.saved' : 'users.createdHint'));
      setOpen(false);
    },
  });

  const reload = () => {
    if (!latest) return;
    form.setFieldsValue(toValues(latest));
    setVersion(latest.version);
    mutation.reset();
  };
  const required = { required: true, message: t('validation.required') };

  return (
    <Modal
      open={open}
      title={user ? t('users.edit', { name: user.displayName }) : t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => setOpen(false)}
      afterClose={onClosed}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      width={640}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={user ? toValues(user) : { roles: [], status: 'active' }}
        onFinish={(v) => mutation.mutate(v)}
        disabled={mutation.isPending}
        autoComplete="off"
      >
        {mutation.isError && (
          <Form.Item>
            <ErrorAlert error={mutation.error} extra={extra} onReload={latest ? reload : undefined} />
          </Form.Item>
        )}
        <Form.Item
          name="username"
          label={t('auth.username')}
          extra={user ? undefined : t('users.usernameHelp')}
          rules={
            user
              ? []
              : [
                  required,
                  {
                    validator: async (_, v: string | undefined) => {
                      if (v && !usernameSchema.safeParse(v).success)
                        throw new Error(t('validation.username'));
                    },
                  },
                ]
          }
        >
          <Input disabled={user !== null} autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[
            { ...required, whitespace: true },
            { max: 200, message: t('validation.max', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="agencyId" label={t('users.agency')} rules={[required]}>
          <Select
            showSearch={{
              filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)),
            }}
            options={agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))}
            placeholder={t('users.agencyPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select<Role[]>
            mode="multiple"
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </Form.Item>
        {privileged && (
          <Form.Item>
            <Alert type="info" showIcon title={t('users.privilegedHint')} />
          </Form.Item>
        )}
        {user ? (
          <Form.Item name="status" label={t('users.statusLabel')} rules={[required]}>
            <Radio.Group
              options={[
                { value: 'active', label: t('users.status.active') },
                { value: 'disabled', label: t('users.status.disabled') },
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item label={t('users.initialPassword')} extra={t('users.initialPasswordHelp')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="password"
                noStyle
                rules={[
                  required,
                  {
                    validator: async (_, v: string | undefined) => {
                      if (v && !passwordSchema.safeParse(v).success)
                        throw new Error(t('auth.passwordTooShort'));
                    },
                  },
                ]}
              >
                <Input.Password
                  autoComplete="new-password"
                  aria-label={t('users.initialPassword')}
                  visibilityToggle={{ visible: showPassword, onVisibleChange: setShowPassword }}
                />
              </Form.Item>
              <Button
                onClick={() => {
                  form.setFieldsValue({ password: generatePassword() });
                  setShowPassword(true);
                  void form.validateFields(['password']);
                }}
              >
                {t('users.generate')}
              </Button>
            </Space.Compact>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

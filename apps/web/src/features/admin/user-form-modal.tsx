import {
  type Agency,
  password as passwordSchema,
  privilegedRoles,
  type Role,
  roles,
  type User,
  userCreate,
  username as usernameSchema,
} from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { adminApi, type UserCreateBody, usersKey } from './admin-api.ts';
import { AgencyPicker } from './agency-picker.tsx';
import { InitialPasswordModal } from './initial-password-modal.tsx';
import { generatePassword } from './password-generator.ts';
import { rolesFitting } from './role-fit.ts';
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
  onClosed: () => void;
}

/** The kind of the chosen agency, to offer the roles that fit it. */
function useAgencyKind(agencyId: string | undefined, picked: Agency | undefined) {
  const fetched = useQuery({
    queryKey: ['agencies', 'one', agencyId],
    queryFn: ({ signal }) => api.get<Agency>(`/agencies/${encodeURIComponent(agencyId ?? '')}`, { signal }),
    enabled: Boolean(agencyId) && picked?.id !== agencyId,
    staleTime: 60_000,
  });
  return picked?.id === agencyId ? picked?.kind : fetched.data?.kind;
}

export function UserFormModal({ user, latest, onClosed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(true);
  const [version, setVersion] = useState(user?.version ?? 0);
  const [showPassword, setShowPassword] = useState(false);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const [picked, setPicked] = useState<Agency | undefined>();
  const chosenRoles: Role[] = Form.useWatch('roles', form) ?? [];
  const agencyId: string | undefined = Form.useWatch('agencyId', form) ?? user?.agencyId;
  const kind = useAgencyKind(agencyId, picked);
  const fitting = rolesFitting(kind);
  const privileged = chosenRoles.some((r) => privilegedRoles.includes(r));
  const { mutation, extra, showSummary } = useEditMutation<Values, User>({
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
    onSaved: (saved, body) => {
      if (user) void message.success(t('users.savedNamed', { name: saved.displayName }));
      else setCreated({ username: saved.username, password: body.password });
      setOpen(false);
    },
  });

  const reload = () => {
    if (!latest) return;
    form.setFieldsValue(toValues(latest));
    setVersion(latest.version);
    mutation.reset();
  };
  const required = t('validation.required');
  const choose = t('validation.requiredSelect');
  // Roles already held stay listed even if they do not fit the agency, so saving never drops one silently.
  const roleOptions = roles
    .filter((r) => !fitting || fitting.includes(r) || chosenRoles.includes(r))
    .map((r) => ({ value: r, label: t(`roles.${r}`), hint: t(`users.roleHint.${r}`) }));

  return (
    <>
      <Modal
        open={open}
        title={user ? t('users.edit', { name: user.displayName }) : t('users.create')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          if (!created) onClosed();
        }}
        confirmLoading={mutation.isPending}
        mask={{ closable: false }}
        width={640}
        centered
        // The body scrolls, so Save stays on screen on a 768 px high laptop and on phones.
        styles={{ body: { maxHeight: 'calc(100dvh - 190px)', overflowY: 'auto', paddingInlineEnd: 4 } }}
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
          {showSummary && (
            <Form.Item>
              <ErrorAlert error={mutation.error} extra={extra} onReload={latest ? reload : undefined} />
            </Form.Item>
          )}
          <Form.Item
            name="username"
            label={t('auth.username')}
            extra={user ? undefined : t('users.usernameHelp')}
            rules={user ? [] : contractRules(usernameSchema, required)}
          >
            <Input disabled={user !== null} autoCapitalize="none" spellCheck={false} maxLength={50} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={contractRules(userCreate.shape.displayName, required)}
          >
            <Input maxLength={maxLengthOf(userCreate.shape.displayName)} />
          </Form.Item>
          <Form.Item name="agencyId" label={t('users.agency')} rules={[{ required: true, message: choose }]}>
            <AgencyPicker
              placeholder={t('users.agencyPlaceholder')}
              current={user ? { id: user.agencyId, label: user.agencyName } : undefined}
              onAgency={setPicked}
            />
          </Form.Item>
          <Form.Item
            name="roles"
            label={t('users.roles')}
            extra={kind ? t('users.rolesForKind', { kind: t(`agencyKind.${kind}`) }) : undefined}
            rules={[{ required: true, type: 'array', min: 1, message: choose }]}
          >
            <Select<Role[]>
              mode="multiple"
              options={roleOptions}
              optionRender={(o) => (
                <Flex vertical style={{ whiteSpace: 'normal' }}>
                  <span>{o.data.label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.data.hint}
                  </Typography.Text>
                </Flex>
              )}
            />
          </Form.Item>
          {privileged && (
            <Form.Item>
              <Alert type="info" showIcon title={t('users.privilegedHint')} />
            </Form.Item>
          )}
          {user ? (
            <Form.Item
              name="status"
              label={t('users.statusLabel')}
              rules={[{ required: true, message: choose }]}
            >
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
                <Form.Item name="password" noStyle rules={contractRules(passwordSchema, required)}>
                  <Input.Password
                    autoComplete="new-password"
                    aria-label={t('users.initialPassword')}
                    maxLength={maxLengthOf(passwordSchema)}
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
      {created && (
        <InitialPasswordModal
          title={t('users.createdTitle', { name: created.username })}
          intro={t('users.createdHint')}
          password={created.password}
          onClose={() => {
            setCreated(null);
            onClosed();
          }}
        />
      )}
    </>
  );
}

import { MoreOutlined } from '@ant-design/icons';
import type { User } from '@pcmt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { adminApi, usersKey } from './admin-api.ts';
import { InitialPasswordModal } from './initial-password-modal.tsx';
import { isLocked } from './user-status.tsx';

/**
 * Row actions: edit, and in one "more" menu (so a row stays narrow): unlock a locked account, issue a
 * one-time password (shown once), reset a lost second factor (the user re-enrols). Each asks first.
 */
export function UserActions({ user, onEdit }: { user: User; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const done = (text: string) => async () => {
    await queryClient.invalidateQueries({ queryKey: usersKey });
    void message.success(text);
  };
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const unlock = useMutation({
    mutationFn: () => adminApi.unlockUser(user.id),
    onSuccess: done(t('users.unlocked', { name: user.username })),
    onError: fail,
  });
  const [oneTime, setOneTime] = useState<string | null>(null);
  const resetPassword = useMutation({
    mutationFn: () => adminApi.resetPassword(user.id),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
      setOneTime(r.password);
    },
    onError: fail,
  });
  const resetMfa = useMutation({
    mutationFn: () => adminApi.resetMfa(user.id),
    onSuccess: done(t('users.mfaReset', { name: user.username })),
    onError: fail,
  });

  const confirm = (opts: {
    title: string;
    content?: string;
    okText: string;
    danger?: boolean;
    run: () => Promise<unknown>;
  }) =>
    modal.confirm({
      title: opts.title,
      content: opts.content,
      okText: opts.okText,
      okButtonProps: { danger: opts.danger },
      cancelText: t('common.cancel'),
      // The dialog closes at once; the re-authentication dialog may follow, then the result.
      onOk: () => void opts.run().catch(() => undefined),
    });

  const items: MenuProps['items'] = [
    ...(isLocked(user)
      ? [
          {
            key: 'unlock',
            label: t('users.unlock'),
            onClick: () =>
              confirm({
                title: t('users.unlockConfirm', { name: user.username }),
                okText: t('users.unlock'),
                run: () => unlock.mutateAsync(),
              }),
          },
        ]
      : []),
    {
      key: 'password',
      label: t('users.passwordResetAction'),
      danger: true,
      onClick: () =>
        confirm({
          title: t('users.passwordResetConfirm', { name: user.username }),
          content: t('users.passwordResetHint'),
          okText: t('users.passwordResetAction'),
          danger: true,
          run: () => resetPassword.mutateAsync(),
        }),
    },
    ...(user.mfaEnabled
      ? [
          {
            key: 'mfa',
            label: t('users.mfaResetAction'),
            danger: true,
            onClick: () =>
              confirm({
                title: t('users.mfaResetConfirm', { name: user.username }),
                content: t('users.mfaResetHint'),
                okText: t('users.mfaResetAction'),
                danger: true,
                run: () => resetMfa.mutateAsync(),
              }),
          },
        ]
      : []),
  ];
  const busy = unlock.isPending || resetPassword.isPending || resetMfa.isPending;

  return (
    <Space size={0}>
      <Button type="link" onClick={onEdit} aria-label={t('users.edit', { name: user.username })}>
        {t('common.edit')}
      </Button>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button
          type="text"
          icon={<MoreOutlined />}
          loading={busy}
          aria-label={t('users.moreActions', { name: user.username })}
        />
      </Dropdown>
      {oneTime !== null && (
        <InitialPasswordModal
          title={t('users.passwordResetDone', { name: user.username })}
          intro={t('users.passwordResetShown')}
          password={oneTime}
          onClose={() => setOneTime(null)}
        />
      )}
    </Space>
  );
}

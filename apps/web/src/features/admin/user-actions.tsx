import type { User } from '@pcmt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { adminApi, usersKey } from './admin-api.ts';
import { InitialPasswordModal } from './initial-password-modal.tsx';
import { isLocked } from './user-status.tsx';

/**
 * Row actions: edit, unlock a locked account, issue a one-time password (shown once), reset a lost second
 * factor (the user re-enrols).
 */
export function UserActions({ user, onEdit }: { user: User; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit} aria-label={t('users.edit', { name: user.username })}>
        {t('common.edit')}
      </Button>
      {isLocked(user) && (
        <Popconfirm
          title={t('users.unlockConfirm', { name: user.username })}
          okText={t('users.unlock')}
          cancelText={t('common.cancel')}
          onConfirm={() => unlock.mutateAsync().catch(() => undefined)}
        >
          <Button type="link" size="small" loading={unlock.isPending}>
            {t('users.unlock')}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t('users.passwordResetConfirm', { name: user.username })}
        description={t('users.passwordResetHint')}
        okText={t('users.passwordResetAction')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => resetPassword.mutateAsync().catch(() => undefined)}
      >
        <Button type="link" size="small" danger loading={resetPassword.isPending}>
          {t('users.passwordResetAction')}
        </Button>
      </Popconfirm>
      {oneTime !== null && (
        <InitialPasswordModal
          title={t('users.passwordResetDone', { name: user.username })}
          intro={t('users.passwordResetShown')}
          password={oneTime}
          onClose={() => setOneTime(null)}
        />
      )}
      {user.mfaEnabled && (
        <Popconfirm
          title={t('users.mfaResetConfirm', { name: user.username })}
          description={t('users.mfaResetHint')}
          okText={t('users.mfaResetAction')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => resetMfa.mutateAsync().catch(() => undefined)}
        >
          <Button type="link" size="small" danger loading={resetMfa.isPending}>
            {t('users.mfaResetAction')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

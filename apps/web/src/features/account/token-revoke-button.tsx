import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { type ApiToken, tokensApi, tokensKey } from './tokens-api.ts';

/** Revocation takes effect at once for every program using the token, so it is confirmed first. */
export function TokenRevokeButton({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => tokensApi.revoke(token.id),
    onSuccess: () => void message.success(t('tokens.revoked', { name: token.name })),
    // 404: revoked meanwhile (another tab) or gone; the refreshed list shows the truth either way.
    onError: (e) =>
      void message.error(isApiError(e) && e.status === 404 ? t('tokens.alreadyRevoked') : errorText(e, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });

  return (
    <Popconfirm
      title={t('tokens.revokeConfirm', { name: token.name })}
      description={t('tokens.revokeHint')}
      okText={t('tokens.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => revoke.mutateAsync().catch(() => undefined)}
    >
      <Button
        type="link"
        size="small"
        danger
        loading={revoke.isPending}
        aria-label={t('tokens.revokeNamed', { name: token.name })}
      >
        {t('tokens.revoke')}
      </Button>
    </Popconfirm>
  );
}

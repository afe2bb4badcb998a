import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { type CreatedToken, TokenCreateModal } from './token-create-modal.tsx';
import { TokenRevokeButton } from './token-revoke-button.tsx';
import { TokenSecretModal } from './token-secret-modal.tsx';
import { TokenStatusTag } from './token-status-tag.tsx';
import { type ApiToken, tokenStatus, useApiTokens } from './tokens-api.ts';

const when = (instant: string) => (
  <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(instant, { seconds: false })}</span>
);

/** Personal API tokens: for programs that call PCMT on the user's behalf, with the user's own rights. */
export default function TokensPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.apiTokens'));
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const now = Date.now();

  const secondary = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const columns: ListColumn<ApiToken>[] = [
    { title: t('tokens.name'), key: 'name', dataIndex: 'name', cardTitle: true },
    {
      title: t('tokens.prefix'),
      key: 'prefix',
      dataIndex: 'prefix',
      render: (p: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {p}…
        </Typography.Text>
      ),
    },
    {
      title: t('tokens.createdAt'),
      key: 'createdAt',
      dataIndex: 'createdAt',
      render: when,
    },
    {
      title: t('tokens.lastUsedAt'),
      key: 'lastUsedAt',
      dataIndex: 'lastUsedAt',
      render: (v: string | null) => (v ? when(v) : secondary(t('tokens.neverUsed'))),
    },
    {
      title: t('tokens.expiresAt'),
      key: 'expiresAt',
      dataIndex: 'expiresAt',
      render: (v: string | null) => (v ? when(v) : secondary(t('tokens.noExpiry'))),
    },
    {
      title: t('tokens.statusLabel'),
      key: 'status',
      render: (_, tk) => {
        const status = tokenStatus(tk, now);
        return (
          <span
            title={
              tk.revokedAt
                ? t('tokens.revokedOn', { time: formatDateTime(tk.revokedAt, { seconds: false }) })
                : undefined
            }
          >
            <TokenStatusTag status={status} />
          </span>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.apiTokens')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16, maxWidth: 900 }}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>{t('tokens.intro')}</Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('tokens.usage')}{' '}
          <Typography.Text code>{`Authorization: Bearer <${t('tokens.secret')}>`}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('tokens.rules')}
        </Typography.Paragraph>
      </Card>
      {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      <RecordTable<ApiToken>
        rowKey="id"
        columns={columns}
        // Newest first; a person has a handful of tokens, so no paging.
        rows={[...(tokens.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
        loading={tokens.isPending}
        label={t('nav.apiTokens')}
        emptyText={tokens.isError ? t('common.loadFailed') : t('tokens.empty')}
        actions={(tk) => (tokenStatus(tk, now) === 'active' ? <TokenRevokeButton token={tk} /> : null)}
      />
      {creating && <TokenCreateModal onCreated={setCreated} onClosed={() => setCreating(false)} />}
      {created && <TokenSecretModal key={created.id} token={created} onClosed={() => setCreated(null)} />}
    </>
  );
}

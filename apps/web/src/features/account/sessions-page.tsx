import type { SessionView } from '@pcmt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { browserName, sessionsApi, sessionsKey, useSessions } from './sessions-api.ts';

/** The user's own sign-ins: where and when, and a way to end the ones left open elsewhere. */
export default function SessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.sessions'));
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const sessions = useSessions();
  const revoke = useMutation({
    mutationFn: (id: string) => sessionsApi.revoke(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
      void message.success(t('sessions.revoked'));
    },
    onError: (e) => void message.error(errorText(e, t)),
  });
  const when = (v: string) => (
    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, { seconds: false })}</span>
  );

  const columns: ListColumn<SessionView>[] = [
    {
      title: t('sessions.browser'),
      key: 'browser',
      cardTitle: true,
      render: (_, s) => (
        <span title={s.userAgent ?? undefined}>
          {browserName(s.userAgent)} {s.current && <Tag color="blue">{t('sessions.current')}</Tag>}
        </span>
      ),
    },
    {
      title: t('sessions.ip'),
      key: 'ip',
      dataIndex: 'ip',
      // An address never breaks across lines ("12/7.0/.0./1" on a phone).
      render: (v: string | null) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v ?? '—'}
        </Typography.Text>
      ),
    },
    { title: t('sessions.createdAt'), key: 'createdAt', dataIndex: 'createdAt', render: when },
    { title: t('sessions.lastSeenAt'), key: 'lastSeenAt', dataIndex: 'lastSeenAt', render: when },
    { title: t('sessions.expiresAt'), key: 'expiresAt', dataIndex: 'expiresAt', render: when },
  ];

  return (
    <>
      <PageHeader title={t('nav.sessions')} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('sessions.intro')}</Typography.Paragraph>
      </Card>
      {sessions.isError && <ErrorAlert error={sessions.error} />}
      <RecordTable<SessionView>
        rowKey="id"
        columns={columns}
        rows={sessions.data ?? []}
        loading={sessions.isPending}
        label={t('nav.sessions')}
        emptyText={sessions.isError ? t('common.loadFailed') : t('common.noMatch')}
        actions={(s) =>
          s.current ? null : (
            <Popconfirm
              title={t('sessions.revokeConfirm')}
              okText={t('sessions.revoke')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => revoke.mutateAsync(s.id).catch(() => undefined)}
            >
              <Button type="link" danger size="small">
                {t('sessions.revoke')}
              </Button>
            </Popconfirm>
          )
        }
      />
    </>
  );
}

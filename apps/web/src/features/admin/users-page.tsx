import { type Role, roles, type User } from '@pcmt/contracts';
import { Button, Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { fold, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useAgencies, useUsers } from './admin-api.ts';
import { UserActions } from './user-actions.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { isLocked, UserStatusTag } from './user-status.tsx';

type StatusFilter = 'active' | 'disabled' | 'locked';

export default function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.users'));
  const users = useUsers();
  const agencies = useAgencies();
  const demoAgencies = useMemo(
    () => new Set((agencies.data ?? []).filter((a) => a.isDemo).map((a) => a.id)),
    [agencies.data],
  );
  const [search, setSearch] = useState('');
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const [status, setStatus] = useState<StatusFilter | undefined>();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);

  const rows = useMemo(() => {
    const needle = fold(search);
    return (users.data ?? []).filter(
      (u) =>
        (!needle || fold(`${u.username} ${u.displayName} ${u.agencyName}`).includes(needle)) &&
        (!agencyId || u.agencyId === agencyId) &&
        (!role || u.roles.includes(role)) &&
        (!status || (status === 'locked' ? isLocked(u) : u.status === status)),
    );
  }, [users.data, search, agencyId, role, status]);
  const filtered = Boolean(search || agencyId || role || status);

  const columns: TableColumnsType<User> = [
    {
      title: t('auth.username'),
      dataIndex: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (name: string, u) => (
        <>
          <Typography.Text code>{name}</Typography.Text>
          {demoAgencies.has(u.agencyId) && <DemoTag />}
        </>
      ),
    },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, 'vi'),
      defaultSortOrder: 'ascend',
    },
    { title: t('users.agency'), dataIndex: 'agencyName' },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (rs: Role[]) => (
        <Flex gap={4} wrap>
          {rs.map((r) => (
            <Tag key={r} color="geekblue">
              {t(`roles.${r}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('users.statusLabel'), key: 'status', render: (_, u) => <UserStatusTag user={u} /> },
    {
      title: t('home.mfa'),
      dataIndex: 'mfaEnabled',
      render: (on: boolean) =>
        on ? <Tag color="green">{t('common.enabled')}</Tag> : <Tag>{t('common.notEnabled')}</Tag>,
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (v: string | null) =>
        v ? formatDateTime(v) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>,
      sorter: (a, b) => (a.lastLoginAt ?? '').localeCompare(b.lastLoginAt ?? ''),
    },
    {
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      render: (_, u) => <UserActions user={u} onEdit={() => setEditing(u)} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          <Button type="primary" onClick={() => setEditing(null)} disabled={!agencies.isSuccess}>
            {t('users.create')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('users.search')}
          placeholder={t('users.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
        />
        <Select
          allowClear
          aria-label={t('users.agency')}
          placeholder={t('users.allAgencies')}
          value={agencyId}
          onChange={setAgencyId}
          showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
          options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          style={{ width: 260 }}
        />
        <Select<Role>
          allowClear
          aria-label={t('users.roles')}
          placeholder={t('users.allRoles')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          style={{ width: 240 }}
        />
        <Select<StatusFilter>
          allowClear
          aria-label={t('users.statusLabel')}
          placeholder={t('users.allStatuses')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'active', label: t('users.status.active') },
            { value: 'disabled', label: t('users.status.disabled') },
            { value: 'locked', label: t('users.status.locked') },
          ]}
          style={{ width: 200 }}
        />
      </Flex>
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={users.isPending}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { formatted: formatNumber(total) }),
        }}
        locale={{
          emptyText: users.isError
            ? t('common.loadFailed')
            : filtered
              ? t('common.noMatch')
              : t('users.empty'),
        }}
        scroll={{ x: 1100 }}
      />
      {editing !== undefined && (
        <UserFormModal
          key={editing?.id ?? 'new'}
          user={editing}
          latest={editing ? users.data?.find((u) => u.id === editing.id) : undefined}
          agencies={agencies.data ?? []}
          onClosed={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

import { type Role, roles, type User, type userSortKeys } from '@pcmt/contracts';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useUsers } from './admin-api.ts';
import { AgencyPicker } from './agency-picker.tsx';
import { UserActions } from './user-actions.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { UserStatusTag } from './user-status.tsx';

const FILTERS = ['agencyId', 'role', 'status'] as const;
type Sort = (typeof userSortKeys)[number];
const sort = (key: Sort) => key;

/** The directory of accounts: paged, sorted and filtered by the server; the total is the filtered total. */
export default function UsersPage() {
  const { t } = useTranslation();
  const list = useListState(FILTERS);
  const users = useUsers(list.apiParams);
  const canManage = usePermission('user.manage');
  // undefined: closed; null: creating; a user: editing them.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const { filters } = list.state;

  const columns: ListColumn<User>[] = [
    {
      key: 'displayName',
      title: t('users.person'),
      sortKey: sort('displayName'),
      cardTitle: true,
      render: (_, u) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 13 }}>
            {u.username}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'agencyName',
      title: t('users.agency'),
      dataIndex: 'agencyName',
      sortKey: sort('agencyName'),
      render: (v: string) => <span style={{ display: 'inline-block', minWidth: 140 }}>{v}</span>,
    },
    {
      key: 'roles',
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (rs: Role[]) => (
        <Flex gap={4} wrap style={{ minWidth: 140 }}>
          {rs.map((r) => (
            <Tag key={r} color="geekblue" style={{ marginInlineEnd: 0 }}>
              {t(`roles.${r}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('users.statusLabel'),
      render: (_, u) => (
        <Flex vertical gap={4} align="start">
          <UserStatusTag user={u} />
          {u.mfaEnabled ? <Tag color="green">{t('users.mfaOn')}</Tag> : <Tag>{t('users.mfaOff')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'lastLoginAt',
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      sortKey: sort('lastLoginAt'),
      render: (v: string | null) =>
        v ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, { seconds: false })}</span>
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEditing(null)}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <FilterBar list={list} searchLabel={t('users.search')}>
        <AgencyPicker
          allowClear
          aria-label={t('users.agency')}
          placeholder={t('users.allAgencies')}
          value={filters.agencyId}
          onChange={(v) => list.update({ filters: { agencyId: v } })}
        />
        <Select<Role>
          allowClear
          aria-label={t('users.roles')}
          placeholder={t('users.allRoles')}
          value={filters.role as Role | undefined}
          onChange={(v) => list.update({ filters: { role: v } })}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Select
          allowClear
          aria-label={t('users.statusLabel')}
          placeholder={t('users.allStatuses')}
          value={filters.status}
          onChange={(v) => list.update({ filters: { status: v } })}
          options={[
            { value: 'active', label: t('users.status.active') },
            { value: 'disabled', label: t('users.status.disabled') },
            { value: 'locked', label: t('users.status.locked') },
          ]}
        />
      </FilterBar>
      <ListView<User, (typeof FILTERS)[number]>
        list={list}
        query={users}
        columns={columns}
        rowKey="id"
        label={t('nav.users')}
        emptyText={t('users.empty')}
        actions={canManage ? (u) => <UserActions user={u} onEdit={() => setEditing(u)} /> : undefined}
      />
      {editing !== undefined && (
        <UserFormModal
          key={editing?.id ?? 'new'}
          user={editing}
          latest={editing ? users.data?.data.find((u) => u.id === editing.id) : undefined}
          onClosed={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

import type { Paged } from '@pcmt/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Flex, Grid, Pagination, Skeleton, Table, type TableColumnType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { RecordCards } from './record-cards.tsx';
import type { ListStateApi } from './use-list-state.ts';

/** A column of a register's list: an antd column plus how it sorts on the server and shows on a card. */
export type ListColumn<T> = TableColumnType<T> & {
  key: string;
  /** The server's sort key (from the contract); the header then sorts. */
  sortKey?: string;
  /** The card's title on phones (one column per list). */
  cardTitle?: boolean;
  /** Left out of the card (e.g. the actions, shown in the card footer instead). */
  cardHidden?: boolean;
  /** Plain-text label for cards when `title` is not a string (the actions column). */
  label?: string;
};

interface Props<T, F extends string> {
  list: ListStateApi<F>;
  query: UseQueryResult<Paged<T>>;
  columns: ListColumn<T>[];
  rowKey: keyof T & string;
  /** What the list holds when nothing has been created yet (not the same as "nothing matches"). */
  emptyText: string;
  /** Actions of one row: table column on wide screens, card footer on phones. */
  actions?: (row: T) => ReactNode;
  /** Accessible name of the table and the card list. */
  label: string;
}

/**
 * The list part of every register page: server-side paging, sorting and the total, with its state in the URL.
 * A table from 576 px up; below, one card per row, so no phone has to scroll sideways.
 */
export function ListView<T, F extends string>({
  list,
  query,
  columns,
  rowKey,
  emptyText,
  actions,
  label,
}: Props<T, F>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const wide = screens.lg !== false;
  const { state, update, filtered } = list;
  const rows = query.data?.data ?? [];
  const total = query.data?.total ?? 0;
  const empty = query.isError ? t('common.loadFailed') : filtered ? t('common.noMatch') : emptyText;
  const totalText = t('common.total', { formatted: formatNumber(total) });
  const pager = (
    <Pagination
      current={state.page}
      pageSize={state.pageSize}
      total={total}
      showSizeChanger={!phone}
      simple={phone ? { readOnly: true } : undefined}
      onChange={(page, pageSize) => update(pageSize !== state.pageSize ? { pageSize, page: 1 } : { page })}
    />
  );

  const error = query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  if (phone)
    return (
      <Flex vertical gap={12} role="list" aria-label={label} aria-busy={query.isFetching}>
        {error}
        <Typography.Text type="secondary" aria-live="polite" data-testid="list-total">
          {totalText}
        </Typography.Text>
        {query.isPending && <Skeleton active />}
        {!query.isPending && rows.length === 0 && <Empty description={empty} />}
        <RecordCards rows={rows} columns={columns} rowKey={rowKey} actions={actions} />
        {total > state.pageSize && <Flex justify="center">{pager}</Flex>}
      </Flex>
    );

  const tableColumns: TableColumnType<T>[] = columns.map(
    ({ sortKey, cardTitle, cardHidden, label: _l, ...c }) => ({
      ...c,
      sorter: Boolean(sortKey),
      sortOrder: sortKey && state.sort === sortKey ? (state.order === 'desc' ? 'descend' : 'ascend') : null,
    }),
  );
  if (actions)
    tableColumns.push({
      key: '__actions',
      title: <span className="sr-only">{t('common.actions')}</span>,
      render: (_, row) => actions(row),
    });

  return (
    <Flex vertical gap={12}>
      {error}
      <Table<T>
        aria-label={label}
        rowKey={rowKey}
        size="middle"
        columns={tableColumns}
        dataSource={rows}
        loading={query.isFetching && !query.isPending ? { delay: 200 } : query.isPending}
        locale={{ emptyText: empty }}
        // On a laptop the columns share the width and their text wraps; on a tablet, wide content scrolls
        // inside the table, never the page.
        scroll={wide ? undefined : { x: 'max-content' }}
        pagination={false}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = columns.find((c) => c.key === s?.columnKey)?.sortKey;
          update({
            sort: s?.order ? key : undefined,
            order: s?.order === 'descend' ? 'desc' : s?.order ? 'asc' : undefined,
          });
        }}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" aria-live="polite" data-testid="list-total">
          {totalText}
        </Typography.Text>
        {pager}
      </Flex>
    </Flex>
  );
}

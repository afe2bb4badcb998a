import { Empty, Flex, Grid, Skeleton, Table, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from './list-view.tsx';
import { RecordCards } from './record-cards.tsx';

/**
 * A short, unpaged list (my sessions, my tokens): a table from 576 px, cards below, with the same columns
 * as `ListView`. Registers with many rows use `ListView` (server paging) instead.
 */
export function RecordTable<T>({
  rows,
  columns,
  rowKey,
  loading,
  emptyText,
  actions,
  label,
}: {
  rows: readonly T[];
  columns: ListColumn<T>[];
  rowKey: keyof T & string;
  loading: boolean;
  emptyText: string;
  actions?: (row: T) => ReactNode;
  label: string;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  if (screens.sm === false)
    return (
      <Flex vertical gap={12} role="list" aria-label={label}>
        {loading && <Skeleton active />}
        {!loading && rows.length === 0 && <Empty description={emptyText} />}
        <RecordCards rows={rows} columns={columns} rowKey={rowKey} actions={actions} />
      </Flex>
    );
  const tableColumns: TableColumnType<T>[] = columns.map(
    ({ sortKey: _s, cardTitle: _c, cardHidden: _h, label: _l, ...c }) => c,
  );
  if (actions)
    tableColumns.push({
      key: '__actions',
      title: <span className="sr-only">{t('common.actions')}</span>,
      render: (_, row) => actions(row),
    });
  return (
    <Table<T>
      aria-label={label}
      rowKey={rowKey}
      columns={tableColumns}
      dataSource={rows as T[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={screens.lg === false ? { x: 'max-content' } : undefined}
    />
  );
}

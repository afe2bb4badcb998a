import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import type { ListColumn } from './list-view.tsx';

export const cell = <T,>(column: ListColumn<T>, row: T, index: number): ReactNode => {
  const value = column.dataIndex ? (row as Record<string, unknown>)[column.dataIndex as string] : undefined;
  return column.render ? (column.render(value, row, index) as ReactNode) : (value as ReactNode);
};

/** One card per row, for phones: the `cardTitle` column heads it, the others are label–value pairs. */
export function RecordCards<T>({
  rows,
  columns,
  rowKey,
  actions,
}: {
  rows: readonly T[];
  columns: ListColumn<T>[];
  rowKey: keyof T & string;
  actions?: ((row: T) => ReactNode) | undefined;
}) {
  const title = columns.find((c) => c.cardTitle);
  return rows.map((row, i) => {
    const footer = actions?.(row);
    return (
      <Card
        key={String(row[rowKey])}
        size="small"
        role="listitem"
        title={title ? cell(title, row, i) : undefined}
        actions={
          footer
            ? [
                <Flex key="a" justify="center" wrap gap={4}>
                  {footer}
                </Flex>,
              ]
            : undefined
        }
      >
        <dl
          style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(90px, 38%) 1fr', gap: '4px 8px' }}
        >
          {columns
            .filter((c) => !c.cardTitle && !c.cardHidden)
            .map((c) => (
              <div key={c.key} style={{ display: 'contents' }}>
                <dt style={{ color: 'rgba(0,0,0,0.55)' }}>{c.label ?? (c.title as ReactNode)}</dt>
                <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{cell(c, row, i)}</dd>
              </div>
            ))}
        </dl>
      </Card>
    );
  });
}

import { Flex, Input } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import type { ListStateApi } from './use-list-state.ts';

/**
 * The filters above a list: a search box (sent on Enter or after a short pause) and the register's selects.
 * Each control takes a fair share of the row and wraps; on a phone they stack at full width.
 */
export function FilterBar<F extends string>({
  list,
  searchLabel,
  children,
}: {
  list: ListStateApi<F>;
  searchLabel: string;
  children?: ReactNode;
}) {
  const [text, setText] = useState(list.state.q ?? '');
  useEffect(() => setText(list.state.q ?? ''), [list.state.q]);
  const { update, state } = list;
  useEffect(() => {
    if (text === (state.q ?? '')) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }), 400);
    return () => clearTimeout(timer);
  }, [text, state.q, update]);

  return (
    <Flex gap={12} wrap role="search" className="pcmt-filter-bar" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={searchLabel}
        placeholder={searchLabel}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => update({ q: v.trim() || undefined })}
      />
      {children}
    </Flex>
  );
}

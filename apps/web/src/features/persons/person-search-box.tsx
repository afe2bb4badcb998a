import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ListStateApi } from '../../kit/list/use-list-state.ts';
import { usePersonText } from './i18n.ts';
import { looksLikeCccd } from './person-format.ts';

/**
 * The register opens on a search: one large box for a name typed with or without diacritics, an alias, or the
 * 12 digits of a CCCD (the server then looks the number up exactly). Sent after a short pause or on Enter,
 * kept in the URL (`?q=`) like every list's search.
 */
export function PersonSearchBox<F extends string>({ list }: { list: ListStateApi<F> }) {
  const { pt } = usePersonText();
  const { update, state } = list;
  const [text, setText] = useState(state.q ?? '');
  useEffect(() => setText(state.q ?? ''), [state.q]);
  useEffect(() => {
    if (text.trim() === (state.q ?? '')) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }), 400);
    return () => clearTimeout(timer);
  }, [text, state.q, update]);
  return (
    <Flex vertical gap={4} role="search" style={{ marginBottom: 12 }}>
      <Input.Search
        size="large"
        allowClear
        autoFocus
        enterButton={<SearchOutlined aria-hidden />}
        aria-label={pt('list.searchTitle')}
        placeholder={pt('list.search')}
        value={text}
        inputMode="search"
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => update({ q: v.trim() || undefined })}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }} aria-live="polite">
        {looksLikeCccd(text) ? pt('list.cccdLookup') : pt('list.searchHint')}
      </Typography.Text>
    </Flex>
  );
}

import type { Paged, TipLinkKind } from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { api, query } from '../../api/client.ts';

type Row = {
  id: string;
  name?: string;
  fullName?: string;
  number?: string;
  code?: string;
  unit?: { name: string };
};
const PATH: Record<TipLinkKind, string> = {
  hotspot: '/hotspots',
  person: '/persons',
  business: '/businesses',
  case: '/cases',
};

/**
 * Picks the hotspot, person, business or case a tip is linked to, searched on the server in the reader's scope (names without
 * diacritics work: the registers fold accents). A record id pasted as is is accepted too.
 */
export function LinkTargetSelect({
  kind,
  ...props
}: Omit<SelectProps<string>, 'options'> & { kind: TipLinkKind }) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['tip-link-targets', kind, q],
    queryFn: ({ signal }) =>
      api.get<Paged<Row>>(`${PATH[kind]}${query({ q, pageSize: 10 })}`, { signal }).then((r) => r.data),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const options = (found.data ?? []).map((r) => ({
    value: r.id,
    label: [r.fullName ?? r.name ?? r.number ?? r.code ?? r.id, r.unit?.name].filter(Boolean).join(' — '),
  }));
  if (/^[0-9a-f-]{36}$/i.test(typed.trim()) && !options.some((o) => o.value === typed.trim()))
    options.push({ value: typed.trim(), label: typed.trim() });
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      options={options}
      notFoundContent={null}
    />
  );
}

import type { Paged, PersonSummary } from '@pcmt/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, query } from '../../api/client.ts';
import { formatDate } from '../../i18n/format.ts';

/** Persons in the reader's scope whose name matches `q` (the register's own search, 20 at most). */
export const usePersonChoices = (q: string, enabled = true) =>
  useQuery({
    queryKey: ['persons', 'list', 'picker', q],
    queryFn: ({ signal }) =>
      api.get<Paged<PersonSummary>>(`/persons${query({ q: q || undefined, pageSize: 20 })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** "Nguyễn Văn A (1990) — Phường Kon Tum": enough to tell namesakes apart without opening the record. */
export const personChoiceLabel = (p: PersonSummary): string =>
  `${p.fullName}${p.birthDate ? ` (${p.birthPrecision === 'year' ? p.birthDate.slice(0, 4) : formatDate(p.birthDate)})` : ''} — ${p.unit.name}`;

/**
 * A person of the register, searched by name on the server (as a Form.Item control: `value` is the person's
 * id). `onPick` hands the chosen person to the form, which may copy the name and birth year. Only for readers of
 * the person register: the caller decides (`person.read`), the server refuses the rest anyway.
 */
export function PersonPicker({
  value,
  onChange,
  onPick,
  exclude,
  placeholder,
  currentLabel,
  id,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  onPick?: (person: PersonSummary | null) => void;
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  /** What to show for `value` before a search lists it (an edited record's linked person). */
  currentLabel?: string;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const choices = usePersonChoices(q);
  const found = (choices.data?.data ?? []).filter((p) => !exclude?.has(p.id));
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={choices.isFetching}
      options={[
        ...(value && currentLabel && !found.some((p) => p.id === value)
          ? [{ value, label: currentLabel }]
          : []),
        ...found.map((p) => ({ value: p.id, label: personChoiceLabel(p) })),
      ]}
      onChange={(picked: string | undefined) => {
        onChange?.(picked ?? null);
        onPick?.(found.find((p) => p.id === picked) ?? null);
      }}
    />
  );
}

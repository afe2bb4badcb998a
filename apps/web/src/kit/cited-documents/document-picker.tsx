import { documentKindLabel } from '@pcmt/contracts';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { formatDate } from '../../i18n/format.ts';
import { useDocumentChoices } from './citations-api.ts';
import { useCitationText } from './i18n.ts';

/**
 * A document of the register, found by typing its number or words of its summary (accent-free on the server).
 * `exclude`: documents not to offer (the record itself, those already cited).
 */
export function DocumentPicker({
  value,
  onChange,
  exclude = [],
  placeholder,
  id,
  ariaLabel,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  exclude?: readonly string[];
  placeholder?: string;
  id?: string;
  ariaLabel?: string;
}) {
  const { ct, language } = useCitationText();
  const [q, setQ] = useState('');
  const choices = useDocumentChoices(q, true);
  const options = useMemo(
    () =>
      (choices.data?.data ?? [])
        .filter((d) => !exclude.includes(d.id))
        .map((d) => ({
          value: d.id,
          label: `${documentKindLabel[d.kind][language]} ${d.number} — ${d.issuer}${d.issuedOn ? `, ${formatDate(d.issuedOn)}` : ''}`,
        })),
    [choices.data, exclude, language],
  );
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      aria-label={ariaLabel ?? ct('pick')}
      placeholder={placeholder ?? ct('pickPlaceholder')}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={choices.isFetching}
      style={{ width: '100%' }}
      popupMatchSelectWidth
      optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
    />
  );
}

import type { Agency } from '@pcmt/contracts';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptions } from './admin-api.ts';

/**
 * Picks an agency by code or name, searched on the server (a province has hundreds). `current` names the
 * selected agency before any search has returned it.
 */
export function AgencyPicker({
  current,
  onAgency,
  ...props
}: Omit<SelectProps<string>, 'options' | 'showSearch'> & {
  current?: { id: string; label: string };
  onAgency?: (agency: Agency | undefined) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const options = useAgencyOptions(search);
  const rows = options.data?.data ?? [];
  const items = rows.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }));
  if (current && !items.some((o) => o.value === current.id))
    items.unshift({ value: current.id, label: current.label });
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={options.isFetching}
      options={items}
      notFoundContent={options.isPending ? t('common.loading') : t('common.noMatch')}
      onChange={(value, option) => {
        props.onChange?.(value, option);
        onAgency?.(rows.find((a) => a.id === value));
      }}
    />
  );
}

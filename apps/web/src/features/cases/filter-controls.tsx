import { FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Grid } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import type { ListStateApi } from '../../kit/list/use-list-state.ts';
import { useCaseText } from './i18n.ts';

export const many = <T extends string>(v: string | undefined) => (v?.split(',') ?? []) as T[];
export const joined = (v: readonly string[]) => (v.length ? v.join(',') : undefined);

/** The period filter (`from`, `to` in the URL as YYYY-MM-DD; shown dd/mm/yyyy). */
export function PeriodFilter<F extends string>({ list }: { list: ListStateApi<F | 'from' | 'to'> }) {
  const { ct } = useCaseText();
  const { filters } = list.state;
  const pick = (key: 'from' | 'to', label: string) => (
    <DatePicker
      aria-label={label}
      placeholder={label}
      format={DATE_FORMAT}
      inputReadOnly
      value={filters[key] ? dayjs(filters[key]) : null}
      onChange={(d) => list.update({ filters: { [key]: d ? d.format('YYYY-MM-DD') : undefined } as never })}
      style={{ width: '100%' }}
    />
  );
  // Two cells of the filter grid (one row of their own in a Flex made the whole first row twice as tall).
  return (
    <>
      {pick('from', ct('common.from'))}
      {pick('to', ct('common.to'))}
    </>
  );
}

/**
 * The search box and a register's filters: beside each other on wide screens, the filters behind a button on
 * phones (so the results follow the search box), as on the business list.
 */
export function Filters<F extends string>({
  list,
  searchLabel,
  children,
}: {
  list: ListStateApi<F>;
  searchLabel: string;
  children: ReactNode;
}) {
  const { ct } = useCaseText();
  const phone = Grid.useBreakpoint().sm === false;
  const [open, setOpen] = useState(false);
  const active = Object.keys(list.state.filters).length;
  if (!phone)
    return (
      <FilterBar list={list} searchLabel={searchLabel}>
        {children}
      </FilterBar>
    );
  return (
    <>
      <FilterBar list={list} searchLabel={searchLabel} />
      <Button
        icon={<FilterOutlined aria-hidden />}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        style={{ marginBottom: 12 }}
      >
        {active > 0 ? `${ct('common.filters')} (${active})` : ct('common.filters')}
      </Button>
      {open && (
        <Flex
          gap={12}
          wrap
          className="pcmt-filter-bar"
          style={{ marginBottom: 16 }}
          aria-label={ct('common.filters')}
        >
          {children}
        </Flex>
      )}
    </>
  );
}

import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Grid } from 'antd';
import { type ReactNode, useState } from 'react';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import type { ListStateApi } from '../../kit/list/use-list-state.ts';

/**
 * The search box with the filters beside it on wide screens; on phones the filters wait behind a button so the
 * results follow the search box (as the business list does).
 */
export function FiltersLayout<F extends string>({
  list,
  searchLabel,
  filtersLabel,
  children,
}: {
  list: ListStateApi<F>;
  searchLabel: string;
  filtersLabel: string;
  children: ReactNode;
}) {
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
        {active > 0 ? `${filtersLabel} (${active})` : filtersLabel}
      </Button>
      {open && (
        <Flex
          gap={12}
          wrap
          className="pcmt-filter-bar"
          style={{ marginBottom: 16 }}
          aria-label={filtersLabel}
        >
          {children}
        </Flex>
      )}
    </>
  );
}

import type { Unit } from '@pcmt/contracts';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { fold } from '../../i18n/format.ts';
import type { UnitNode } from './unit-tree.ts';

export interface UnitOption {
  value: string;
  title: string;
  searchText: string;
  children: UnitOption[];
}

export const toUnitOptions = (forest: readonly UnitNode[]): UnitOption[] =>
  forest.map(({ unit, children }) => ({
    value: unit.id,
    title: `${unit.name} (${unit.code})`,
    searchText: fold(`${unit.name} ${unit.code}`),
    children: toUnitOptions(children),
  }));

type Props = Omit<TreeSelectProps<string | string[], UnitOption>, 'treeData' | 'showSearch'> & {
  forest: readonly UnitNode[];
};

/** Units as a searchable tree; the search ignores diacritics ("dak ha" finds "Đắk Hà"). */
export function UnitTreeSelect({ forest, ...rest }: Props) {
  const treeData = useMemo(() => toUnitOptions(forest), [forest]);
  return (
    <TreeSelect<string | string[], UnitOption>
      treeData={treeData}
      showSearch={{
        filterTreeNode: (input, node) => String(node.searchText ?? '').includes(fold(input)),
      }}
      treeLine
      popupMatchSelectWidth={false}
      {...rest}
    />
  );
}

/** Units by id from several lists (the first list naming an id wins); any shape that has an id. */
export const unitNameMap = <T extends Pick<Unit, 'id'>>(
  ...lists: (readonly T[] | undefined)[]
): Map<string, T> => {
  const map = new Map<string, T>();
  for (const list of lists) for (const u of list ?? []) if (!map.has(u.id)) map.set(u.id, u);
  return map;
};

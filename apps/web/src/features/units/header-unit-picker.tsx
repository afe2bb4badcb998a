import { DownOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { useUnitScope } from './unit-scope-context.tsx';
import { allIds, buildUnitForest, scopeForest } from './unit-tree.ts';
import { UnitTreeSelect } from './unit-tree-select.tsx';
import { useUnits } from './units-api.ts';

/**
 * Today's units inside the user's jurisdiction; the choice scopes the registers. Until the user first opens
 * it, a button of the same size shows the choice: antd's tree select costs ~0.1 s of every signed-in page's
 * first render (measured on the map page, docs/BENCHMARKS.md) for a control most visits never open. The first
 * click (or Enter/Space) puts the tree select in its place, open and focused.
 */
export function HeaderUnitPicker({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const { unitId, setUnitId } = useUnitScope();
  const units = useUnits(todayIso());
  const [opened, setOpened] = useState(false);

  const forest = useMemo(() => {
    const all = buildUnitForest(units.data ?? []);
    return scopeForest(all, new Set(me.jurisdiction.map((j) => j.id)));
  }, [units.data, me.jurisdiction]);
  const allowed = useMemo(() => new Set(allIds(forest)), [forest]);
  const value = unitId && allowed.has(unitId) ? unitId : undefined;
  const placeholder = units.isError ? t('layout.unitPickerError') : t('layout.unitPickerAll');
  const width = block ? '100%' : 280;

  if (!opened) {
    const chosen = value ? units.data?.find((u) => u.id === value) : undefined;
    return (
      <Button
        aria-label={t('layout.unitPicker')}
        aria-haspopup="tree"
        aria-expanded={false}
        data-testid="unit-picker"
        onClick={() => setOpened(true)}
        style={{ width, justifyContent: 'space-between', fontWeight: 400 }}
        icon={<DownOutlined style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.25)' }} />}
        iconPlacement="end"
      >
        <span
          style={{
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            color: chosen ? undefined : 'rgba(0, 0, 0, 0.25)',
          }}
        >
          {chosen ? `${chosen.name} (${chosen.code})` : placeholder}
        </span>
      </Button>
    );
  }
  return (
    <UnitTreeSelect
      // remount once loaded, so that the top levels start expanded
      key={forest.length}
      forest={forest}
      aria-label={t('layout.unitPicker')}
      placeholder={placeholder}
      loading={units.isPending}
      status={units.isError ? 'warning' : undefined}
      value={value}
      onChange={(v) => setUnitId(typeof v === 'string' ? v : null)}
      allowClear
      autoFocus
      defaultOpen
      treeDefaultExpandedKeys={forest.map((n) => n.unit.id)}
      style={{ width }}
      notFoundContent={units.isPending ? t('common.loading') : t('layout.unitPickerEmpty')}
    />
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { useUnitScope } from './unit-scope-context.tsx';
import { allIds, buildUnitForest, scopeForest } from './unit-tree.ts';
import { UnitTreeSelect } from './unit-tree-select.tsx';
import { useUnits } from './units-api.ts';

/** Today's units inside the user's jurisdiction; the choice scopes the registers. */
export function HeaderUnitPicker({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const { unitId, setUnitId } = useUnitScope();
  const units = useUnits(todayIso());

  const forest = useMemo(() => {
    const all = buildUnitForest(units.data ?? []);
    return scopeForest(all, new Set(me.jurisdiction.map((j) => j.id)));
  }, [units.data, me.jurisdiction]);
  const allowed = useMemo(() => new Set(allIds(forest)), [forest]);
  const value = unitId && allowed.has(unitId) ? unitId : undefined;

  return (
    <UnitTreeSelect
      // remount once loaded, so that the top levels start expanded
      key={forest.length}
      forest={forest}
      aria-label={t('layout.unitPicker')}
      placeholder={units.isError ? t('layout.unitPickerError') : t('layout.unitPickerAll')}
      loading={units.isPending}
      status={units.isError ? 'warning' : undefined}
      value={value}
      onChange={(v) => setUnitId(typeof v === 'string' ? v : null)}
      allowClear
      treeDefaultExpandedKeys={forest.map((n) => n.unit.id)}
      style={{ width: block ? '100%' : 280 }}
      notFoundContent={units.isPending ? t('common.loading') : t('layout.unitPickerEmpty')}
    />
  );
}

import { Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../i18n/format.ts';
import { PLAN_ERA_DATE, UnitDatePicker } from '../units/unit-date-picker.tsx';
import { buildUnitForest } from '../units/unit-tree.ts';
import { UnitTreeSelect, unitNameMap } from '../units/unit-tree-select.tsx';
import { useUnits } from '../units/units-api.ts';
import { type AgencyUnit, isCurrentUnit, unitTitle, useAgencyUnitLabel } from './agency-unit-label.ts';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  'aria-invalid'?: boolean;
  /** The units the agency already has, named by the server: they may belong to any era. */
  known?: readonly AgencyUnit[];
}

/**
 * A jurisdiction may name units of today's structure and of the plan's (2024) structure, so the
 * admin picks the date whose tree to browse; units chosen under another date stay listed by name.
 */
export function AgencyUnitsField({ id, value = [], onChange, known }: Props) {
  const { t } = useTranslation();
  const label = useAgencyUnitLabel();
  const [at, setAt] = useState(todayIso());
  const current = useUnits(at);
  const today = useUnits(todayIso());
  const era = useUnits(PLAN_ERA_DATE);
  const forest = useMemo(() => buildUnitForest(current.data ?? []), [current.data]);
  const names = useMemo(
    () => unitNameMap<AgencyUnit>(known, current.data, today.data, era.data),
    [known, current.data, today.data, era.data],
  );

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('agencies.unitsAt')}</Typography.Text>
        <UnitDatePicker value={at} onChange={setAt} label={t('agencies.unitsAt')} />
      </Flex>
      <UnitTreeSelect
        id={id}
        forest={forest}
        multiple
        value={value}
        onChange={(v) => onChange?.(Array.isArray(v) ? v : [v])}
        loading={current.isPending}
        placeholder={t('agencies.unitsPlaceholder')}
        notFoundContent={current.isError ? t('errors.unavailable') : t('units.noMatch')}
        treeDefaultExpandedKeys={forest.map((n) => n.unit.id)}
        maxTagCount={30}
        tagRender={({ value: unitId, closable, onClose }) => {
          const unit = names.get(String(unitId));
          return (
            <Tag
              closable={closable}
              onClose={onClose}
              color={unit && isCurrentUnit(unit) ? 'blue' : 'default'}
              title={unit ? unitTitle(unit, t('units.present')) : String(unitId)}
              style={{ marginInlineEnd: 4 }}
            >
              {unit ? label(unit) : t('agencies.unknownUnit')}
            </Tag>
          );
        }}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}

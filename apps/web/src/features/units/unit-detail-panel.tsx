import type { Unit, UnitLink } from '@pcmt/contracts';
import { Card, Descriptions, Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitTypeLabel, useValidityText } from './unit-label.tsx';
import { UnitLinksList } from './unit-links-list.tsx';
import type { LinkDirection } from './units-api.ts';

interface Props {
  unit: Unit;
  parent: Unit | undefined;
  onOpen: (link: UnitLink, direction: LinkDirection) => void;
}

const COMMUNE_TYPES: readonly Unit['type'][] = ['xa', 'phuong', 'thi_tran', 'dac_khu'];

/** Cấp tỉnh / cấp huyện / cấp xã, as the law names the levels (not "cấp 3"). */
const levelOf = (unit: Unit): 'province' | 'district' | 'commune' =>
  unit.level === 1 ? 'province' : COMMUNE_TYPES.includes(unit.type) ? 'commune' : 'district';

export function UnitDetailPanel({ unit, parent, onOpen }: Props) {
  const { t } = useTranslation();
  const typeLabel = useUnitTypeLabel();
  const validity = useValidityText();
  return (
    <Card title={unit.name} size="small" aria-live="polite">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: t('units.code'), children: unit.code },
          { key: 'type', label: t('units.type'), children: typeLabel(unit.type) },
          { key: 'level', label: t('units.level'), children: t(`units.levelName.${levelOf(unit)}`) },
          { key: 'parent', label: t('units.parent'), children: parent ? parent.name : '—' },
          { key: 'validity', label: t('units.validity'), children: validity(unit) },
        ]}
      />
      <Divider titlePlacement="start" plain>
        <Typography.Text strong>{t('units.predecessors')}</Typography.Text>
      </Divider>
      <UnitLinksList unitId={unit.id} direction="predecessors" onOpen={(l) => onOpen(l, 'predecessors')} />
      <Divider titlePlacement="start" plain>
        <Typography.Text strong>{t('units.successors')}</Typography.Text>
      </Divider>
      <UnitLinksList unitId={unit.id} direction="successors" onOpen={(l) => onOpen(l, 'successors')} />
    </Card>
  );
}

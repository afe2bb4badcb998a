import { Flex, Popover, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencyUnit, isCurrentUnit, unitTitle, useAgencyUnitLabel } from './agency-unit-label.ts';

const SHOWN = 3;

/**
 * The first units of a jurisdiction by name (today's units first); the rest on hover, so wide rows stay
 * one line. Names come with the agency, so units of any era are named without loading unit trees.
 */
export function AgencyUnitsCell({
  unitIds,
  units,
}: {
  unitIds: readonly string[];
  units: readonly AgencyUnit[];
}) {
  const { t } = useTranslation();
  const label = useAgencyUnitLabel();
  const ordered = useMemo(() => {
    const named = new Set(units.map((u) => u.id));
    return [
      ...units.filter((u) => isCurrentUnit(u)),
      ...units.filter((u) => !isCurrentUnit(u)),
      // An id the server sent without its unit is shown as such, never silently dropped.
      ...unitIds.filter((id) => !named.has(id)),
    ];
  }, [unitIds, units]);
  const tag = (u: AgencyUnit | string) =>
    typeof u === 'string' ? (
      <Tag key={u} color="warning" title={u}>
        {t('agencies.unknownUnit')}
      </Tag>
    ) : (
      <Tag key={u.id} color={isCurrentUnit(u) ? 'blue' : 'default'} title={unitTitle(u, t('units.present'))}>
        {label(u)}
      </Tag>
    );
  const rest = ordered.slice(SHOWN);
  return (
    <Flex gap={4} wrap>
      {ordered.slice(0, SHOWN).map(tag)}
      {rest.length > 0 && (
        <Popover
          content={
            <Flex gap={4} wrap style={{ maxWidth: 420 }}>
              {rest.map(tag)}
            </Flex>
          }
        >
          <Tag tabIndex={0} style={{ cursor: 'pointer' }}>
            {t('layout.moreUnits', { count: rest.length })}
          </Tag>
        </Popover>
      )}
    </Flex>
  );
}

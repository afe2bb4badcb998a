import type { Unit } from '@pcmt/contracts';
import { Flex, Popover, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const SHOWN = 3;

/** The first units of a jurisdiction by name; the rest on hover, so wide rows stay one line. */
export function AgencyUnitsCell({ unitIds, names }: { unitIds: string[]; names: Map<string, Unit> }) {
  const { t } = useTranslation();
  const label = (id: string) => names.get(id)?.name ?? t('agencies.unknownUnit');
  const rest = unitIds.slice(SHOWN);
  return (
    <Flex gap={4} wrap>
      {unitIds.slice(0, SHOWN).map((id) => (
        <Tag key={id}>{label(id)}</Tag>
      ))}
      {rest.length > 0 && (
        <Popover
          content={
            <Flex gap={4} wrap style={{ maxWidth: 420 }}>
              {rest.map((id) => (
                <Tag key={id}>{label(id)}</Tag>
              ))}
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

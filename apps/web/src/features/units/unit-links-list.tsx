import type { UnitLink } from '@pcmt/contracts';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { UnitTitle, useMergeTypeLabel, useValidityText } from './unit-label.tsx';
import { type LinkDirection, useUnitLinks } from './units-api.ts';

interface Props {
  unitId: string;
  direction: LinkDirection;
  /** Opens the linked unit in the tree, at a date when it existed. */
  onOpen: (link: UnitLink) => void;
}

/** Predecessors or successors of a unit, each with the legal act that made the change. */
export function UnitLinksList({ unitId, direction, onOpen }: Props) {
  const { t } = useTranslation();
  const links = useUnitLinks(unitId, direction);
  const mergeLabel = useMergeTypeLabel();
  const validity = useValidityText();

  if (links.isPending) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (links.isError) return <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />;
  if (links.data.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(direction === 'predecessors' ? 'units.noPredecessors' : 'units.noSuccessors')}
      />
    );

  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {links.data.map((link) => (
        <li
          key={`${link.unit.id}:${link.effectiveDate}`}
          style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <Flex justify="space-between" align="start" gap={8}>
            <div>
              <UnitTitle unit={link.unit} />
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('units.validity')}: {validity(link.unit)}
                </Typography.Text>
              </div>
              <div style={{ fontSize: 13 }}>
                {mergeLabel(link.mergeType)} ·{' '}
                {t('units.effectiveFrom', { date: formatDate(link.effectiveDate) })}
              </div>
              <div style={{ fontSize: 13 }}>
                {t('units.legalBasis')}: <Typography.Text strong>{link.legalBasis}</Typography.Text>
              </div>
              {link.note && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {link.note}
                </Typography.Text>
              )}
            </div>
            <Button size="small" type="link" onClick={() => onOpen(link)}>
              {t('units.open')}
            </Button>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

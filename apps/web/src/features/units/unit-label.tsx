import type { Unit, UnitType } from '@pcmt/contracts';
import { Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';

export function useUnitTypeLabel(): (type: UnitType) => string {
  const { t } = useTranslation();
  return useCallback((type: UnitType) => t(`unitType.${type}`), [t]);
}

/** Name, GSO code and type: the code alone is not an identity (codes are reused across eras). */
export function UnitTitle({ unit, showType = true }: { unit: Unit; showType?: boolean }) {
  const typeLabel = useUnitTypeLabel();
  return (
    <span>
      {unit.name}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({unit.code})
      </Typography.Text>
      {showType && (
        <Tag variant="filled" style={{ marginInlineStart: 6, fontSize: 11 }}>
          {typeLabel(unit.type)}
        </Tag>
      )}
    </span>
  );
}

/** "01/07/2025 – nay" */
export function useValidityText(): (unit: Pick<Unit, 'validFrom' | 'validTo'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (u) => `${formatDate(u.validFrom)} – ${u.validTo ? formatDate(u.validTo) : t('units.present')}`,
    [t],
  );
}

const MERGE_TYPES = ['full', 'partial', 'split', 'rename'] as const;
type KnownMergeType = (typeof MERGE_TYPES)[number];
const isKnown = (m: string): m is KnownMergeType => (MERGE_TYPES as readonly string[]).includes(m);

/** The server's merge type code in words; an unknown code is shown as is rather than hidden. */
export function useMergeTypeLabel(): (mergeType: string) => string {
  const { t } = useTranslation();
  return useCallback((m: string) => (isKnown(m) ? t(`units.mergeType.${m}`) : m), [t]);
}

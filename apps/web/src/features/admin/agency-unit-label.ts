import type { Agency } from '@pcmt/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../i18n/format.ts';

/** A unit as the agency carries it: named with its own validity, whatever era it belongs to. */
export type AgencyUnit = Agency['units'][number];

/** Valid today (validity dates are inclusive legal dates, compared as YYYY-MM-DD strings). */
export const isCurrentUnit = (u: Pick<AgencyUnit, 'validFrom' | 'validTo'>, today = todayIso()): boolean =>
  u.validFrom <= today && (u.validTo === null || u.validTo >= today);

/**
 * "Phường Kon Tum" for a unit valid today; "Phường Thắng Lợi (đến 30/06/2025)" for one that has ended,
 * so a jurisdiction that still names pre-2025 communes says so instead of passing for today's map.
 */
export function useAgencyUnitLabel(): (u: AgencyUnit) => string {
  const { t } = useTranslation();
  return useCallback(
    (u: AgencyUnit) => {
      const today = todayIso();
      if (u.validTo !== null && u.validTo < today)
        return t('agencies.unitUntil', { name: u.name, date: formatDate(u.validTo) });
      if (u.validFrom > today) return t('agencies.unitFrom', { name: u.name, date: formatDate(u.validFrom) });
      return u.name;
    },
    [t],
  );
}

/** Tooltip text: the GSO code (not an identity: codes are reused across eras) and the validity. */
export const unitTitle = (u: AgencyUnit, present: string): string =>
  `${u.code} · ${formatDate(u.validFrom)} – ${u.validTo ? formatDate(u.validTo) : present}`;

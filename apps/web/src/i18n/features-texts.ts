import { agencyKindLabel, roleLabel, unitTypeLabel } from '@pcmt/contracts';
import { en as accountEn, vi as accountVi } from '../features/account/i18n.ts';
import { en as adminEn, vi as adminVi } from '../features/admin/i18n.ts';
import { en as auditEn, vi as auditVi } from '../features/audit/i18n.ts';
import { en as homeEn, vi as homeVi } from '../features/home/i18n.ts';
import { en as unitsEn, vi as unitsVi } from '../features/units/i18n.ts';
import { en as kitEn, vi as kitVi } from '../kit/i18n.ts';
import { agencyKindEn, rolesEn, unitTypeEn } from './en-labels.ts';
import { i18n } from './index.ts';

/**
 * The texts of the signed-in features, one file per feature, plus the enum labels (Vietnamese from the shared
 * contracts so the server agrees). Imported by the signed-in layout, so the login page loads none of this
 * (nor the contracts and zod behind the labels).
 */
export const featuresVi = {
  roles: { ...roleLabel },
  agencyKind: { ...agencyKindLabel },
  unitType: { ...unitTypeLabel },
  ...homeVi,
  ...unitsVi,
  ...adminVi,
  ...accountVi,
  ...auditVi,
  ...kitVi,
};

export const featuresEn: typeof featuresVi = {
  roles: rolesEn,
  agencyKind: agencyKindEn,
  unitType: unitTypeEn,
  ...homeEn,
  ...unitsEn,
  ...adminEn,
  ...accountEn,
  ...auditEn,
  ...kitEn,
};

i18n.addResourceBundle('vi', 'translation', featuresVi, true, true);
i18n.addResourceBundle('en', 'translation', featuresEn, true, true);

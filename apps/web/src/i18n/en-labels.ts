import type { AgencyKind, Role, UnitType } from '@pcmt/contracts';

/** English names of the shared enums (the Vietnamese ones live in @pcmt/contracts). */
export const rolesEn: Record<Role, string> = {
  admin: 'System administrator',
  leadership: 'Leadership, provincial steering committee',
  drug_police: 'Standing agency (PC04, provincial police)',
  commune_police: 'Commune police',
  commune_police_chief: 'Commune police chief',
  commune_committee: 'Commune people’s committee / steering committee',
  border_guard: 'Border guard',
  department: 'Provincial department',
  tip_desk: 'Tip desk',
  oversight: 'Inspection, oversight',
};

export const agencyKindEn: Record<AgencyKind, string> = {
  provincial_police: 'Provincial police',
  drug_police: 'Drug crime police division (PC04)',
  commune_police: 'Commune / ward police',
  border_guard: 'Border guard',
  department: 'Provincial department',
  ubnd: 'People’s committee',
  steering_committee: 'Steering committee',
  investigation_body: 'Investigation body',
  procuracy: 'Procuracy',
  oversight: 'Inspectorate',
};

export const unitTypeEn: Record<UnitType, string> = {
  tinh: 'Province',
  huyen: 'District',
  thanh_pho: 'City',
  thi_xa: 'Town',
  xa: 'Commune',
  phuong: 'Ward',
  thi_tran: 'Township',
  dac_khu: 'Special zone',
};

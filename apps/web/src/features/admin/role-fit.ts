import type { AgencyKind, Role } from '@pcmt/contracts';

/**
 * Which roles make sense in which kind of agency (PRODUCT.md "Who uses it"), to keep the role list short in
 * the user form. Administration and oversight fit any agency; the server does not enforce this pairing.
 */
export const rolesForKind: Record<AgencyKind, readonly Role[]> = {
  provincial_police: ['admin', 'leadership', 'drug_police', 'tip_desk', 'oversight'],
  drug_police: ['drug_police', 'tip_desk', 'leadership', 'admin'],
  commune_police: ['commune_police', 'commune_police_chief', 'tip_desk'],
  border_guard: ['border_guard', 'tip_desk'],
  department: ['department'],
  ubnd: ['commune_committee', 'leadership'],
  steering_committee: ['leadership', 'commune_committee'],
  investigation_body: ['drug_police', 'tip_desk'],
  procuracy: ['oversight'],
  oversight: ['oversight'],
};

export const ANY_AGENCY_ROLES: readonly Role[] = ['admin', 'oversight'];

export const rolesFitting = (kind: AgencyKind | undefined): readonly Role[] | undefined =>
  kind ? [...new Set([...rolesForKind[kind], ...ANY_AGENCY_ROLES])] : undefined;

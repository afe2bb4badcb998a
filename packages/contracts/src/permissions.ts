import type { Role } from './access.ts';

/** Typed actions the policies speak of. Registers add theirs here. */
export const permissions = [
  'agency.read',
  'agency.manage',
  'user.read',
  'user.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

/** Other users' accounts (lock and 2FA state) are for administrators only, not `everyone`. */
const everyone: Permission[] = ['agency.read'];

/**
 * Role → permissions. The quản trị manages accounts and agencies but has no personal records
 * (separation of duties, PRODUCT.md); oversight reads the audit trail.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...everyone, 'agency.manage', 'user.read', 'user.manage', 'audit.read'],
  leadership: everyone,
  drug_police: everyone,
  commune_police: everyone,
  commune_police_chief: everyone,
  commune_committee: everyone,
  border_guard: everyone,
  department: everyone,
  tip_desk: everyone,
  oversight: [...everyone, 'audit.read'],
};

/** Permissions that apply across every jurisdiction for these roles (administration, oversight). */
export const unscopedPermissions: Partial<Record<Role, readonly Permission[]>> = {
  admin: ['agency.read', 'agency.manage', 'user.read', 'user.manage', 'audit.read'],
  oversight: ['audit.read'],
};

export const isPermitted = (role: Role, permission: Permission): boolean =>
  rolePermissions[role].includes(permission);

/** Everything the given roles allow, deduplicated, in the order of `permissions`. */
export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  permissions.filter((p) => roles.some((r) => rolePermissions[r].includes(p)));

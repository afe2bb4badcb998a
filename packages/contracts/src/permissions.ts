import type { Role } from './access.ts';
import { type RegisterPermission, registerContracts } from './registers/index.ts';

/** The foundation's own permissions; each register declares its own in its contract. */
const foundationPermissions = [
  'agency.read',
  'agency.manage',
  'user.read',
  'user.manage',
  'audit.read',
] as const;
export type Permission = (typeof foundationPermissions)[number] | RegisterPermission;
/** Typed actions the policies speak of: the foundation's, then every registered register's. */
export const permissions: readonly [Permission, ...Permission[]] = [
  ...foundationPermissions,
  // Each contract has its own literal permission tuple; widened here so flatMap sees one element type.
  ...registerContracts.flatMap((c): readonly RegisterPermission[] => c.permissions),
];

/** Other users' accounts (lock and 2FA state) are for administrators only, not `everyone`. */
const everyone: Permission[] = ['agency.read'];

/**
 * Role → permissions. The quản trị manages accounts and agencies but has no personal records
 * (separation of duties, PRODUCT.md); oversight reads the audit trail.
 */
const foundationGrants: Record<Role, readonly Permission[]> = {
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

const withRegisters = (
  base: Partial<Record<Role, readonly Permission[]>>,
  pick: (c: (typeof registerContracts)[number]) => Partial<Record<Role, readonly Permission[]>> | undefined,
) => {
  const out: Partial<Record<Role, Permission[]>> = {};
  for (const [role, granted] of Object.entries(base) as [Role, readonly Permission[]][])
    out[role] = [...granted];
  for (const contract of registerContracts)
    for (const [role, granted] of Object.entries(pick(contract) ?? {}) as [Role, readonly Permission[]][])
      out[role] = [...(out[role] ?? []), ...granted];
  return out;
};

/**
 * Role → permissions: the foundation's grants plus each register's. The quản trị manages accounts and
 * agencies but has no personal records (separation of duties, PRODUCT.md); oversight reads the audit trail.
 */
export const rolePermissions = withRegisters(foundationGrants, (c) => c.grants) as Record<
  Role,
  readonly Permission[]
>;

/** Permissions that apply across every jurisdiction for these roles (administration, oversight). */
export const unscopedPermissions: Partial<Record<Role, readonly Permission[]>> = withRegisters(
  {
    admin: ['agency.read', 'agency.manage', 'user.read', 'user.manage', 'audit.read'],
    oversight: ['audit.read'],
  },
  (c) => c.unscoped,
);

export const isPermitted = (role: Role, permission: Permission): boolean =>
  rolePermissions[role].includes(permission);

/** Everything the given roles allow, deduplicated, in the order of `permissions`. */
export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  permissions.filter((p) => roles.some((r) => rolePermissions[r].includes(p)));

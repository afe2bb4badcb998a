import { z } from 'zod';
import { pagedQuery } from './list.ts';
import { agencyKind, role } from './roles.ts';

export const userSortKeys = ['username', 'displayName', 'agencyName', 'lastLoginAt'] as const;
export const userListQuery = pagedQuery(userSortKeys).extend({
  agencyId: z.uuid().optional(),
  role: role.optional(),
  /** `locked` = active but temporarily locked after failed sign-ins. */
  status: z.enum(['active', 'disabled', 'locked']).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const agencySortKeys = ['name', 'code', 'kind'] as const;
export const agencyListQuery = pagedQuery(agencySortKeys).extend({ kind: agencyKind.optional() });
export type AgencyListQuery = z.infer<typeof agencyListQuery>;

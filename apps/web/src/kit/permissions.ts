import type { Me, Permission } from '@pcmt/contracts';
import { useSession } from '../features/auth/session.ts';

/** What the server says the user may do (`Me.permissions`). Never decided from role names. */
export const can = (me: Me, permission: Permission): boolean => me.permissions.includes(permission);

/** A gate to show or hide: the server refuses anyway (403/404), so this only spares pointless screens. */
export const allowed = (me: Me, gate: Gate | undefined): boolean =>
  !gate || (Array.isArray(gate) ? gate.some((p) => can(me, p)) : can(me, gate as Permission));

/** One permission, or a list of which any one suffices. */
export type Gate = Permission | readonly Permission[];

export function usePermission(gate: Gate): boolean {
  return allowed(useSession(), gate);
}

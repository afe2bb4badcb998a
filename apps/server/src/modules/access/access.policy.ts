import { type Permission, rolePermissions, unscopedPermissions } from '@pcmt/contracts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from './actor.ts';

export const can = (actor: Actor, permission: Permission): boolean =>
  actor.roles.some((r) => rolePermissions[r].includes(permission));

/** True when the actor's role grants `permission` across all jurisdictions (no scope filter applies). */
export const isUnscoped = (actor: Actor, permission: Permission): boolean =>
  actor.roles.some((r) => unscopedPermissions[r]?.includes(permission) ?? false);

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('forbidden', 'auth.forbidden');
}

import type { Role } from '../access.ts';

/**
 * What a register declares once on the shared side (server and web read it): its record type, permissions
 * and who holds them, its audit actions and the labels of its record type and fields. `permissions.ts` and
 * `audit.ts` iterate over the registered list (`registers/index.ts`), so adding a register touches its own
 * files plus one line there.
 */
export type RegisterContract<P extends string = string, A extends string = string> = {
  recordType: string;
  label: { vi: string; en: string };
  permissions: readonly P[];
  /** Role → the register's permissions it holds, always inside the agency's jurisdiction… */
  grants: Partial<Record<Role, readonly P[]>>;
  /** …unless listed here (province-wide roles). */
  unscoped?: Partial<Record<Role, readonly P[]>>;
  auditActions: Record<A, { vi: string; en: string }>;
  /** Labels of the fields that appear in the register's audit before/after. */
  fieldLabels: Record<string, { vi: string; en: string }>;
  /**
   * English forms of the register's own error messages (the Vietnamese sentence is the id, gettext-style),
   * exact or as patterns whose captures are reused. The server's English table iterates over these.
   */
  messages?: {
    exact?: Record<string, string>;
    patterns?: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[];
  };
};

/** Keeps the literal types of a register contract (its permission and action names) for the unions. */
export const defineRegisterContract = <const P extends string, const A extends string>(
  c: RegisterContract<P, A>,
) => c;

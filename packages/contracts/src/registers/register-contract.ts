import type { Role } from '../access.ts';
import type { MessageTable } from '../messages/kit.ts';

/**
 * What a register declares once on the shared side (server and web read it): its record type, permissions
 * and who holds them, its audit actions and the labels of its record type and fields. `permissions.ts` and
 * `audit.ts` iterate over the registered list (`registers/index.ts`), so adding a register touches its own
 * files plus one line there.
 */
export type RegisterContract<
  P extends string = string,
  A extends string = string,
  M extends MessageTable = MessageTable,
> = {
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
   * The register's own messages (errors and refusals its services send), by stable id, in both languages:
   * ids start with the record type (`'hotspot.outsideProvince'`), texts name parameters `{date}`. They join
   * the foundation's in the message catalogue (`messages/index.ts`) and its `MessageId` union.
   */
  messages?: M;
};

/**
 * Keeps the literal types of a register contract (its permission and action names, its message ids) for the
 * unions; a contract without messages gets an empty table.
 */
export const defineRegisterContract = <
  const P extends string,
  const A extends string,
  const M extends MessageTable = Record<never, never>,
>(
  c: RegisterContract<P, A, M>,
): RegisterContract<P, A, M> & { messages: M } => ({ ...c, messages: c.messages ?? ({} as M) });

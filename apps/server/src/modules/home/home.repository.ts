import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { type Actor, SYSTEM_USERNAME } from '../access/actor.ts';
import { agencyInScope, unitInScope } from '../access/scope.ts';

/** The home page's counts, each cut to the actor's jurisdiction here; which ones to show is the service's. */

const COMMUNE_TYPES = sql`('xa', 'phuong', 'thi_tran', 'dac_khu')`;

const count = async (db: Db, query: SQL) => (await queryRows<{ n: number }>(db, query))[0]?.n ?? 0;

/** Today's communes in the actor's scope. */
export const countCommunes = (db: Db, actor: Actor) =>
  count(
    db,
    sql`select count(*)::int as n from unit u
      where u.valid_to is null and u.type in ${COMMUNE_TYPES} and ${unitInScope(actor, 'agency.read', sql`u.id`)}`,
  );

export const countAgencies = (db: Db, actor: Actor) =>
  count(
    db,
    sql`select count(*)::int as n from agency a where ${agencyInScope(actor, 'agency.read', sql`a.id`)}`,
  );

const accountFilters = {
  active: sql`u.status = 'active'`,
  locked: sql`u.status = 'active' and u.locked_until > now()`,
  withoutMfa: sql`u.status = 'active' and not u.mfa_enabled`,
} as const;

/** Accounts in the actor's scope (never the built-in `system` one): active, locked, or without 2FA. */
export const countAccounts = (db: Db, actor: Actor, which: keyof typeof accountFilters) =>
  count(
    db,
    sql`select count(*)::int as n from user_account u
      where ${agencyInScope(actor, 'user.read', sql`u.agency_id`)} and u.username <> ${SYSTEM_USERNAME}
        and ${accountFilters[which]}`,
  );

/** Audit rows since midnight, Vietnam time (the trail is unscoped: only unscoped readers see it). */
export const countAuditToday = (db: Db) =>
  count(
    db,
    sql`select count(*)::int as n from audit_event
      where occurred_at >= (now() at time zone 'Asia/Ho_Chi_Minh')::date::timestamp at time zone 'Asia/Ho_Chi_Minh'`,
  );

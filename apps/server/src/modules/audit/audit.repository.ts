import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, apiToken, auditEvent, unit, userAccount } from '../../platform/db/schema/index.ts';

/** Reads of the trail for its readers (writing it is the recorder's, checking it the verifier's). */

export type AuditFilter = {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
};

export type AuditRow = typeof auditEvent.$inferSelect;

/**
 * Newest first, at most `limit + 1` rows (the extra one tells whether a next page exists). The trail is not
 * scoped: only holders of `audit.read`, which is unscoped, reach it.
 */
export async function listAuditEvents(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  const where: (SQL | undefined)[] = [
    f.actor ? eq(auditEvent.actorUsername, f.actor.toLowerCase()) : undefined,
    f.action ? sql`${auditEvent.action} like ${`${f.action.replace(/[%_\\]/g, '\\$&')}%`}` : undefined,
    f.recordType ? eq(auditEvent.recordType, f.recordType) : undefined,
    f.recordId ? eq(auditEvent.recordId, f.recordId) : undefined,
    // Dates are Vietnamese calendar days.
    f.from
      ? gte(auditEvent.occurredAt, sql`(${f.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`)
      : undefined,
    f.to
      ? lt(auditEvent.occurredAt, sql`(${f.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`)
      : undefined,
    f.before ? lt(auditEvent.id, f.before) : undefined,
  ];
  return db
    .select()
    .from(auditEvent)
    .where(and(...where))
    .orderBy(desc(auditEvent.id))
    .limit(f.limit + 1);
}

/** The records among `ids` that can be named: accounts, agencies, units and API tokens, as found now. */
export async function recordsNamedBy(db: Db, ids: string[]) {
  return {
    users: await db
      .select({ id: userAccount.id, username: userAccount.username, name: userAccount.displayName })
      .from(userAccount)
      .where(inArray(userAccount.id, ids)),
    agencies: await db
      .select({ id: agency.id, code: agency.code, name: agency.name })
      .from(agency)
      .where(inArray(agency.id, ids)),
    units: await db
      .select({ id: unit.id, code: unit.code, name: unit.name })
      .from(unit)
      .where(inArray(unit.id, ids)),
    tokens: await db
      .select({ id: apiToken.id, name: apiToken.name })
      .from(apiToken)
      .where(inArray(apiToken.id, ids)),
  };
}

import type { RegisterContract, TimelineEntry } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

type Row = {
  id: number;
  at: string;
  username: string | null;
  displayName: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

// Bookkeeping fields that change on every write and tell a reader nothing.
const QUIET = new Set(['version', 'updatedAt', 'createdAt', 'updatedBy', 'createdBy', 'allowedTransitions']);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The timeline of one record from the audit trail (the trail is the single source: nothing is written twice).
 * Reads are left out; each write shows its changed fields with the register's labels, and the reason given.
 * The caller has already checked that the actor may read the record.
 */
export async function recordTimeline(
  db: Db,
  contract: Pick<RegisterContract, 'recordType' | 'auditActions' | 'fieldLabels'>,
  recordId: string,
  language: 'vi' | 'en' = 'vi',
): Promise<TimelineEntry[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select e.id::int as "id", to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "at",
               e.actor_username as "username", u.display_name as "displayName", e.action, e.before, e.after
          from audit_event e left join user_account u on u.id = e.actor_user_id
         where e.record_type = ${contract.recordType} and e.record_id = ${recordId}
           and e.action not like '%.read' and e.action not like '%.list'
         order by e.id`,
  );
  const labels = contract.fieldLabels as Record<string, { vi: string; en: string }>;
  const actions = contract.auditActions as Record<string, { vi: string; en: string }>;
  return rows.map((r) => {
    const before = r.before ?? {};
    const after = r.after ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (f) => !QUIET.has(f) && f !== 'reason' && !same(before[f], after[f]),
    );
    return {
      id: r.id,
      at: r.at,
      actor: { username: r.username, displayName: r.displayName },
      action: r.action,
      actionLabel: actions[r.action]?.[language] ?? r.action,
      changes: fields.map((field) => ({
        field,
        label: labels[field]?.[language] ?? (language === 'vi' ? 'Trường khác' : 'Other field'),
        before: before[field] ?? null,
        after: after[field] ?? null,
      })),
      reason: typeof after.reason === 'string' ? after.reason : null,
    };
  });
}

import { auditActionLabel, type RegisterContract, type TimelineEntry } from '@pcmt/contracts';
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
const NAMED = new Set(['unitId', 'agencyId']);
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
           and e.action not like '%.read' and e.action not like '%.list' and e.action <> 'attachment.download'
         order by e.id`,
  );
  const labels = contract.fieldLabels as Record<string, { vi: string; en: string }>;
  // Units and agencies are shown by name, read now (the trail stores ids, never copies of names).
  const ids = new Set<string>();
  for (const r of rows)
    for (const side of [r.before, r.after])
      for (const f of NAMED) if (typeof side?.[f] === 'string') ids.add(side[f] as string);
  const names = ids.size
    ? new Map(
        (
          await queryRows<{ id: string; name: string }>(
            db,
            sql`select id::text, name from unit where id::text in ${[...ids]}
                union all select id::text, name from agency where id::text in ${[...ids]}`,
          )
        ).map((n) => [n.id, n.name]),
      )
    : new Map<string, string>();
  const shown = (field: string, v: unknown) =>
    NAMED.has(field) && typeof v === 'string' ? (names.get(v) ?? v) : (v ?? null);
  const actions = contract.auditActions as Record<string, { vi: string; en: string }>;
  return rows.map((r) => {
    const before = r.before ?? {};
    const after = r.after ?? {};
    // When a row has both sides, `after` names what the action set; a field only in `before` is context the
    // action kept (a programme's end date beside a status move), not a field it emptied — emptying writes null.
    const keys = r.before && r.after ? Object.keys(after) : [...Object.keys(before), ...Object.keys(after)];
    const fields = [...new Set(keys)].filter(
      (f) => !QUIET.has(f) && f !== 'reason' && !same(before[f], after[f]),
    );
    return {
      id: r.id,
      at: r.at,
      actor: { username: r.username, displayName: r.displayName },
      action: r.action,
      actionLabel:
        actions[r.action]?.[language] ??
        (language === 'vi' ? auditActionLabel[r.action] : undefined) ??
        r.action,
      changes: fields.map((field) => ({
        field,
        label: labels[field]?.[language] ?? (language === 'vi' ? 'Trường khác' : 'Other field'),
        before: shown(field, before[field]),
        after: shown(field, after[field]),
      })),
      reason: typeof after.reason === 'string' ? after.reason : null,
    };
  });
}

import type { TipStatistics } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { Actor } from '../access/actor.ts';
import { tipInScope } from './tip.repository.ts';

/**
 * Tip statistics of the actor's jurisdiction for tips received in [from, to]: received, resolved on time or late
 * (decision date against the deadline that applied), overdue today, by source, channel, status and commune.
 * Counts only: no content, no reporter.
 */
export async function tipStatisticsOf(
  db: Db,
  actor: Actor,
  q: { from: string; to: string; unitId?: string | undefined; today: string },
): Promise<TipStatistics> {
  const where = sql`${tipInScope(actor, 'tip.statistics')} and tip.received_on between ${q.from}::date and ${q.to}::date
    ${q.unitId ? sql`and tip.unit_id = ${q.unitId}::uuid` : sql``}`;
  const running = sql`tip.status in ('received', 'triaged', 'assigned', 'verifying', 'resumed')`;
  const [totals] = await queryRows<Record<string, number>>(
    db,
    sql`select count(*)::int as received,
          count(*) filter (where tip.status = 'resolved')::int as resolved,
          count(*) filter (where tip.status = 'resolved' and tip.outcome_on <= tip.due_on)::int as "resolvedOnTime",
          count(*) filter (where tip.status = 'resolved' and tip.outcome_on > tip.due_on)::int as "resolvedLate",
          count(*) filter (where ${running} and tip.due_on < ${q.today}::date)::int as overdue,
          count(*) filter (where tip.status not in ('resolved', 'dismissed'))::int as open,
          count(*) filter (where tip.status = 'suspended')::int as suspended
        from tip where ${where}`,
  );
  const grouped = async (column: string) => {
    const rows = await queryRows<{ k: string; n: number }>(
      db,
      sql`select ${sql.identifier(column)} as k, count(*)::int as n from tip where ${where} group by 1`,
    );
    return Object.fromEntries(rows.map((r) => [r.k, r.n]));
  };
  const byCommune = await queryRows<TipStatistics['byCommune'][number]>(
    db,
    sql`select u.id as "unitId", u.code, u.name, count(*)::int as received,
          count(*) filter (where tip.status = 'resolved' and tip.outcome_on <= tip.due_on)::int as "resolvedOnTime",
          count(*) filter (where ${running} and tip.due_on < ${q.today}::date)::int as overdue
        from tip join unit u on u.id = tip.unit_id where ${where}
        group by u.id, u.code, u.name order by received desc, u.code`,
  );
  return {
    from: q.from,
    to: q.to,
    received: totals?.received ?? 0,
    resolved: totals?.resolved ?? 0,
    resolvedOnTime: totals?.resolvedOnTime ?? 0,
    resolvedLate: totals?.resolvedLate ?? 0,
    overdue: totals?.overdue ?? 0,
    open: totals?.open ?? 0,
    suspended: totals?.suspended ?? 0,
    bySource: await grouped('source'),
    byChannel: await grouped('channel'),
    byStatus: await grouped('status'),
    byCommune,
  };
}

import type { CommuneOverview } from '@pcmt/contracts';
import { openTaskStatuses } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/** The programme and task tables come with the programmes register (migration 0009); read them by SQL. */
export async function programmeOf(db: Db, unitId: string, on: string): Promise<CommuneOverview['programme']> {
  const [p] = await queryRows<{
    id: string;
    status: string;
    decisionNumber: string | null;
    periodFrom: string | null;
    periodTo: string | null;
  }>(
    db,
    sql`select p.id, p.status, p.decision_number as "decisionNumber", p.period_from::text as "periodFrom",
               p.period_to::text as "periodTo"
          from programme p
         where p.unit_id = ${unitId} and p.period_from <= ${on}::date
         order by p.period_from desc, p.created_at desc limit 1`,
  );
  return p ?? null;
}

/** Open work of the commune's tasks assigned by `on`, and how much of it is past its deadline on `on`. */
export async function tasksOf(db: Db, unitId: string, on: string): Promise<CommuneOverview['tasks']> {
  const [t] = await queryRows<{ open: number; overdue: number }>(
    db,
    sql`select count(*)::int as "open", count(*) filter (where t.deadline < ${on}::date)::int as "overdue"
          from task t
         where t.unit_id = ${unitId} and t.assigned_on <= ${on}::date and t.status in ${[...openTaskStatuses]}`,
  );
  return t ?? { open: 0, overdue: 0 };
}

import {
  type PropagandaForm,
  type PropagandaStatistics,
  type PropagandaStatisticsQuery,
  type PropagandaTargetGroup,
  type PropagandaTopic,
  propagandaForms,
  propagandaTargetGroups,
  propagandaTopics,
} from '@pcmt/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { massEvent, propagandaActivity } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

type Figures = { sessions: number; participants: number; materials: number; reach: number };
const figures = sql`count(*)::int as sessions, coalesce(sum(p.participants), 0)::int as participants,
  coalesce(sum(p.materials), 0)::int as materials, coalesce(sum(p.reach), 0)::int as reach`;

/**
 * The report's propaganda figures (số buổi tuyên truyền, số lượt người tham dự, tài liệu phát ra): held
 * sessions starting inside the period, in the reader's jurisdiction, by commune, form, target group and topic
 * (a session with two forms counts under each), plus the mass events held in the period. All in SQL.
 */
export async function propagandaStatistics(
  db: Db,
  actor: Actor,
  q: PropagandaStatisticsQuery & { from: string; to: string },
): Promise<PropagandaStatistics> {
  const t = propagandaActivity;
  const within = (unitCol: SQL, dateCol: SQL) =>
    and(
      unitInScope(actor, 'propaganda.statistics', unitCol),
      sql`${dateCol} between ${q.from}::date and ${q.to}::date`,
      q.unitId
        ? sql`${unitCol} in (select id from unit where id = ${q.unitId} or parent_id = ${q.unitId})`
        : undefined,
    );
  const where = and(within(sql`p.unit_id`, sql`p.date_from`), sql`p.status = 'held'`);
  const from = sql`from ${t} p`;
  const [totals] = await queryRows<Figures>(db, sql`select ${figures} ${from} where ${where}`);
  const byUnit = await queryRows<Figures & { id: string; code: string; name: string }>(
    db,
    sql`select u.id, u.code, u.name, ${figures} ${from} join unit u on u.id = p.unit_id where ${where}
        group by u.id, u.code, u.name order by u.code`,
  );
  const byArray = async <K extends string>(column: string, keys: readonly K[]) => {
    const rows = await queryRows<Figures & { key: K }>(
      db,
      sql`select k.key, ${figures} ${from} cross join lateral unnest(${sql.raw(`p.${column}`)}) as k(key)
          where ${where} group by k.key`,
    );
    // Every key in the list's order, zeros where nothing was held (the report's table has fixed rows).
    return keys.map((key) => {
      const r = rows.find((x) => x.key === key);
      return {
        key,
        sessions: r?.sessions ?? 0,
        participants: r?.participants ?? 0,
        materials: r?.materials ?? 0,
        reach: r?.reach ?? 0,
      };
    });
  };
  const [forms, groups, topics] = [
    await byArray<PropagandaForm>('forms', propagandaForms),
    await byArray<PropagandaTargetGroup>('target_groups', propagandaTargetGroups),
    await byArray<PropagandaTopic>('topics', propagandaTopics),
  ];
  const [events] = await queryRows<{ events: number; participants: number }>(
    db,
    sql`select count(*)::int as events, coalesce(sum(e.participants), 0)::int as participants
        from ${massEvent} e where ${and(within(sql`e.unit_id`, sql`e.on`), sql`e.status = 'held'`)}`,
  );
  const strip = ({ key: _key, ...f }: Figures & { key: string }) => f;
  return {
    from: q.from,
    to: q.to,
    totals: totals ?? { sessions: 0, participants: 0, materials: 0, reach: 0 },
    byUnit: byUnit.map(({ id, code, name, ...f }) => ({ unit: { id, code, name }, ...f })),
    byForm: forms.map((r) => ({ form: r.key, ...strip(r) })),
    byTargetGroup: groups.map((r) => ({ targetGroup: r.key, ...strip(r) })),
    byTopic: topics.map((r) => ({ topic: r.key, ...strip(r) })),
    massEvents: events ?? { events: 0, participants: 0 },
  };
}

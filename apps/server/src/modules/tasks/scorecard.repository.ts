import type { Scorecard, ScorecardRow } from '@pcmt/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { hotspot, hotspotEvent, programme, programmeEvent, task } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { headsOf, timelinessSql } from './task.repository.ts';

type Period = { from: string; to: string; by: 'unit' | 'agency'; asOf: string };
type Counts = Record<string, number>;

/**
 * The scorecard of a period per unit (the record's own unit) or per agency (tasks by assignee agency, hotspots
 * by responsible agency, programmes by owning agency), inside the actor's jurisdiction for `scorecard.read`:
 * - tasks whose deadline falls in the period (cancelled ones left out), as on time / late / open / overdue on
 *   `asOf` (the Vietnamese date today);
 * - hotspots eliminated and re-formed: hotspots with such a lifecycle event dated in the period (`hotspot_event`),
 *   each counted once;
 * - programmes that reached đạt / không đạt / tái phức tạp in the period (`programme_event`).
 * Each figure carries the API list address that opens its records.
 */
export async function scorecardOf(db: Db, actor: Actor, p: Period): Promise<Scorecard> {
  const byUnit = p.by === 'unit';
  const taskKey = byUnit ? task.unitId : task.assigneeAgencyId;
  const tasks = await queryRows<{ key: string } & Counts>(
    db,
    sql`select ${taskKey}::text as "key", count(*)::int as "total",
               count(*) filter (where ${timelinessSql('on_time', p.asOf)})::int as "onTime",
               count(*) filter (where ${timelinessSql('late', p.asOf)})::int as "late",
               count(*) filter (where ${timelinessSql('open', p.asOf)})::int as "open",
               count(*) filter (where ${timelinessSql('overdue', p.asOf)})::int as "overdue"
          from ${task}
         where ${task.deadline} between ${p.from}::date and ${p.to}::date and ${task.status} <> 'cancelled'
           and ${unitInScope(actor, 'scorecard.read', task.unitId)}
         group by 1`,
  );
  const hotspotKey = byUnit ? hotspot.unitId : hotspot.agencyId;
  const hotspots = await queryRows<{ key: string } & Counts>(
    db,
    sql`select ${hotspotKey}::text as "key",
               count(distinct ${hotspot.id}) filter (where ${hotspotEvent.toStatus} = 'eliminated')::int as "eliminated",
               count(distinct ${hotspot.id}) filter (where ${hotspotEvent.toStatus} = 'reactivated')::int as "reformed"
          from ${hotspotEvent} join ${hotspot} on ${hotspot.id} = ${hotspotEvent.hotspotId}
         where ${hotspotEvent.on} between ${p.from}::date and ${p.to}::date
           and ${hotspotEvent.toStatus} in ('eliminated', 'reactivated')
           and ${unitInScope(actor, 'scorecard.read', hotspot.unitId)}
         group by 1`,
  );
  const programmeKey = byUnit ? programme.unitId : programme.agencyId;
  const programmes = await queryRows<{ key: string } & Counts>(
    db,
    sql`select ${programmeKey}::text as "key",
               count(distinct ${programme.id}) filter (where ${programmeEvent.toStatus} = 'succeeded')::int as "succeeded",
               count(distinct ${programme.id}) filter (where ${programmeEvent.toStatus} = 'failed')::int as "failed",
               count(distinct ${programme.id}) filter (where ${programmeEvent.toStatus} = 'relapsed')::int as "relapsed"
          from ${programmeEvent} join ${programme} on ${programme.id} = ${programmeEvent.programmeId}
         where ${programmeEvent.on} between ${p.from}::date and ${p.to}::date
           and ${programmeEvent.toStatus} in ('succeeded', 'failed', 'relapsed')
           and ${unitInScope(actor, 'scorecard.read', programme.unitId)}
         group by 1`,
  );
  const keys = [...new Set([...tasks, ...hotspots, ...programmes].map((r) => r.key))];
  const names = await namesOf(db, byUnit ? sql`unit` : sql`agency`, keys);
  const heads = byUnit ? new Map() : await headsOf(db, keys);
  const byKey = <T extends { key: string }>(rows: T[]) => new Map(rows.map((r) => [r.key, r]));
  const [t, h, g] = [byKey(tasks), byKey(hotspots), byKey(programmes)];

  const rows: ScorecardRow[] = keys
    .map((key) => {
      const subject = names.get(key) ?? { id: key, code: '', name: '' };
      const taskLink = (extra: string) =>
        `/api/v1/tasks?${byUnit ? 'unitId' : 'assigneeAgencyId'}=${key}&deadlineFrom=${p.from}&deadlineTo=${p.to}&${extra}`;
      const programmeLink = (reached: string) =>
        `/api/v1/programmes?${byUnit ? 'unitId' : 'agencyId'}=${key}&reached=${reached}&reachedFrom=${p.from}&reachedTo=${p.to}`;
      // The hotspots that moved into the status by an event dated in the period (counted once each, as above).
      const hotspotLink = (moved: 'eliminated' | 'reactivated') =>
        `/api/v1/hotspots?${byUnit ? 'unitId' : 'agencyId'}=${key}&moved=${moved}&movedFrom=${p.from}&movedTo=${p.to}`;
      const n = (m: Map<string, Counts>, k: string) => m.get(key)?.[k] ?? 0;
      return {
        subject,
        heads: heads.get(key) ?? [],
        tasks: {
          total: n(t, 'total'),
          onTime: { count: n(t, 'onTime'), link: taskLink('timeliness=on_time') },
          late: { count: n(t, 'late'), link: taskLink('timeliness=late') },
          open: { count: n(t, 'open'), link: taskLink('timeliness=open') },
          overdue: { count: n(t, 'overdue'), link: taskLink('overdue=true') },
        },
        hotspots: {
          eliminated: { count: n(h, 'eliminated'), link: hotspotLink('eliminated') },
          reformed: { count: n(h, 'reformed'), link: hotspotLink('reactivated') },
        },
        programmes: {
          succeeded: { count: n(g, 'succeeded'), link: programmeLink('succeeded') },
          failed: { count: n(g, 'failed'), link: programmeLink('failed') },
          relapsed: { count: n(g, 'relapsed'), link: programmeLink('relapsed') },
        },
      };
    })
    .sort(
      (a, b) =>
        a.subject.name.localeCompare(b.subject.name, 'vi') || a.subject.id.localeCompare(b.subject.id),
    );
  return { from: p.from, to: p.to, by: p.by, asOf: p.asOf, rows };
}

async function namesOf(db: Db, table: SQL, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; code: string; name: string }>();
  const rows = await queryRows<{ id: string; code: string; name: string }>(
    db,
    sql`select id::text as id, code, name from ${table} where id::text in ${ids}`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

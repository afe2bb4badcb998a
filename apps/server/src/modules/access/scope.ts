import type { Permission } from '@pcmt/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { isUnscoped } from './access.policy.ts';
import type { Actor } from './actor.ts';

/**
 * The one jurisdiction filter. Every repository query that returns records passes its unit column here;
 * records outside the actor's scope simply do not exist for them (the route answers 404).
 */
export function unitInScope(actor: Actor, permission: Permission, unitColumn: AnyPgColumn | SQL): SQL {
  if (isUnscoped(actor, permission)) return sql`true`;
  return sql`${unitColumn} in (select s.unit_id from agency_scope_unit s where s.agency_id = ${actor.agencyId})`;
}

/** An agency is in scope when every unit of its jurisdiction lies inside the actor's scope. */
export function agencyInScope(actor: Actor, permission: Permission, agencyIdColumn: AnyPgColumn | SQL): SQL {
  if (isUnscoped(actor, permission)) return sql`true`;
  return sql`(${agencyIdColumn} = ${actor.agencyId} or not exists (
    select 1 from agency_unit au where au.agency_id = ${agencyIdColumn}
       and au.unit_id not in (select s.unit_id from agency_scope_unit s where s.agency_id = ${actor.agencyId})))`;
}

/**
 * Recomputes an agency's materialised scope: its units, their descendants and, through reorganisations,
 * their predecessors (a 2025 commune's officers see the records of the communes merged into it).
 */
export async function refreshAgencyScope(tx: Db, agencyId: string): Promise<void> {
  await tx.execute(sql`delete from agency_scope_unit where agency_id = ${agencyId}`);
  await tx.execute(sql`
    with recursive edge(src, dst) as (
      select parent_id, id from unit where parent_id is not null
      union all
      select successor_id, predecessor_id from unit_link
      union all
      -- Versions of one unit (same code, back to back, no reorganisation between them) are one place:
      -- Thị xã and Thành phố Kon Tum share their communes. A reused code after a merge is NOT linked here.
      select a.id, b.id from unit a join unit b on b.code = a.code and a.id <> b.id
         and (b.valid_to + 1 = a.valid_from or a.valid_to + 1 = b.valid_from)
       where not exists (select 1 from unit_link l where (l.predecessor_id = a.id and l.successor_id = b.id)
                                                    or (l.predecessor_id = b.id and l.successor_id = a.id))
    ), reach(unit_id) as (
      select unit_id from agency_unit where agency_id = ${agencyId}
      union
      select e.dst from edge e join reach r on e.src = r.unit_id
    )
    insert into agency_scope_unit (agency_id, unit_id) select ${agencyId}, unit_id from reach`);
}

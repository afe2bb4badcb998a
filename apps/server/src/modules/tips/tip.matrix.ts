import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/**
 * Access-matrix fixtures only (test/access-matrix.test.ts calls every write route once per role on the same
 * record): puts a matrix tip back into the state a sample's move starts from, and gives it a hotspot to link.
 * Never called by the application.
 */
export type MatrixState = 'received' | 'assigned' | 'verifying' | 'suspended' | 'hotspot' | 'linked';

export async function tipMatrixState(db: Db, id: string, state: MatrixState): Promise<string | null> {
  if (state === 'linked') {
    // A hotspot linked to the tip, for the unlink sample (a fresh one each call).
    const hotspotId = await tipMatrixState(db, id, 'hotspot');
    await db.execute(sql`insert into tip_link (tip_id, kind, target_id, created_by)
      select t.id, 'hotspot', ${hotspotId}, coalesce(t.created_by, (select u.id from user_account u order by u.id limit 1))
        from tip t where t.id = ${id}`);
    return hotspotId;
  }
  if (state === 'hotspot') {
    await db.execute(sql`delete from tip_link where tip_id = ${id}`);
    const [h] = await queryRows<{ id: string }>(
      db,
      sql`insert into hotspot (unit_id, agency_id, kind, name, status, status_since, detected_on)
          select unit_id, agency_id, 'spot', 'Điểm liên kết ma trận', 'detected', received_on, received_on
            from tip where id = ${id} returning id`,
    );
    return h?.id ?? null;
  }
  const suspensions =
    state === 'suspended'
      ? sql`jsonb_build_array(jsonb_build_object('on', received_on, 'ground', 'awaiting_expertise', 'reason', 'ma trận',
             'decisionNumber', null, 'resumedOn', null, 'resumedBy', null, 'resumeReason', null))`
      : sql`'[]'::jsonb`;
  await db.execute(sql`update tip set status = ${state}, agency_id = receiving_agency_id, transferred_at = null,
      transferred_to_agency_id = null, extensions = '[]'::jsonb, suspensions = ${suspensions}, outcome = null,
      outcome_on = null, dismissal_reason = null,
      transfer_due_at = case when ${state} = 'received' then now() + interval '24 hours' else transfer_due_at end
    where id = ${id}`);
  return null;
}

/** An agency other than the one handling the tip (the transfer sample's target). */
export async function otherAgency(db: Db, id: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select a.id from agency a where a.id <> (select agency_id from tip where id = ${id}) order by a.code limit 1`,
  );
  return row?.id ?? null;
}

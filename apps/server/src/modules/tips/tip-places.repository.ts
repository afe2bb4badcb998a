import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/** Queries about places and agencies the tip register needs (units of a date, who receives portal tips). */

const validOn = (on: string) =>
  sql`u.valid_from <= ${on}::date and (u.valid_to is null or u.valid_to >= ${on}::date)`;

/** A commune-level unit valid on `on`, with its code (remote communes are listed by code). */
export async function communeOn(db: Db, unitId: string, on: string) {
  const [row] = await queryRows<{ id: string; code: string }>(
    db,
    sql`select u.id, u.code from unit u where u.id = ${unitId}
          and u.type in ('xa', 'phuong', 'thi_tran', 'dac_khu') and ${validOn(on)}`,
  );
  return row ?? null;
}

export async function unitCode(db: Db, unitId: string): Promise<string | null> {
  const [row] = await queryRows<{ code: string }>(db, sql`select code from unit where id = ${unitId}`);
  return row?.code ?? null;
}

/**
 * Where a tip with no known place belongs: a unit of the receiving agency's own jurisdiction valid on the date
 * (its commune, or the province for a provincial agency), else the province of the date.
 */
export async function homeUnitOf(db: Db, agencyId: string, on: string): Promise<string> {
  const [own] = await queryRows<{ id: string }>(
    db,
    sql`select u.id from agency_unit au join unit u on u.id = au.unit_id
         where au.agency_id = ${agencyId} and ${validOn(on)} order by u.level, u.code limit 1`,
  );
  if (own) return own.id;
  const [province] = await queryRows<{ id: string }>(
    db,
    sql`select u.id from unit u where u.level = 1 and ${validOn(on)} order by u.code desc limit 1`,
  );
  if (!province) throw new Error(`Không có tỉnh nào có hiệu lực ngày ${on}`);
  return province.id;
}

/**
 * Who receives a portal tip: the commune police whose jurisdiction holds the place, else the drug police
 * (PC04), else the provincial police's IT agency that always exists. Never anything about the sender.
 */
export async function portalAgencyFor(db: Db, unitId: string | null) {
  const [row] = await queryRows<{ id: string; kind: string }>(
    db,
    sql`select a.id, a.kind from agency a
         where (a.kind = 'commune_police' and ${unitId}::uuid is not null
                and exists (select 1 from agency_unit au where au.agency_id = a.id and au.unit_id = ${unitId}::uuid))
            or a.kind = 'drug_police'
         order by (a.kind = 'commune_police') desc, a.is_demo, a.code limit 1`,
  );
  if (row) return row;
  const [fallback] = await queryRows<{ id: string; kind: string }>(
    db,
    sql`select a.id, a.kind from agency a where a.code = 'QNG-CAT-QTHT'`,
  );
  if (!fallback) throw new Error('Chưa có cơ quan tiếp nhận tin báo từ cổng trực tuyến');
  return fallback;
}

export async function agencyKind(db: Db, agencyId: string): Promise<string | null> {
  const [row] = await queryRows<{ kind: string }>(db, sql`select kind from agency where id = ${agencyId}`);
  return row?.kind ?? null;
}

/** Is the agency the actor's own or one whose units all lie in the actor's jurisdiction? */
export async function agencyWithinScope(db: Db, actorAgencyId: string, agencyId: string): Promise<boolean> {
  if (actorAgencyId === agencyId) return true;
  const [row] = await queryRows<{ ok: boolean }>(
    db,
    sql`select not exists (select 1 from agency_unit au where au.agency_id = ${agencyId}
          and au.unit_id not in (select s.unit_id from agency_scope_unit s where s.agency_id = ${actorAgencyId})) as ok`,
  );
  return !!row?.ok;
}

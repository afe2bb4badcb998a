import type { KeyArea, KeyAreaListQuery, Paged } from '@pcmt/contracts';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, communeClassification, keyArea, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

const columns = {
  k: keyArea,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  basisAsOf: communeClassification.asOf,
  basisClass: communeClassification.communeClass,
  basisRuleSetId: communeClassification.ruleSetId,
  basisRuleSetVersion: communeClassification.ruleSetVersion,
};
type Row = {
  k: typeof keyArea.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  basisAsOf: string;
  basisClass: string;
  basisRuleSetId: string;
  basisRuleSetVersion: string;
};

const toKeyArea = ({ k, ...r }: Row): KeyArea => ({
  id: k.id,
  unit: { id: k.unitId, code: r.unitCode, name: r.unitName },
  status: k.status as KeyArea['status'],
  communeClass: k.communeClass as KeyArea['communeClass'],
  basis: {
    id: k.basisClassificationId,
    asOf: r.basisAsOf,
    communeClass: r.basisClass as KeyArea['communeClass'],
    ruleSetId: r.basisRuleSetId,
    ruleSetVersion: r.basisRuleSetVersion,
  },
  decisionNumber: k.decisionNumber,
  decisionDate: k.decisionDate,
  decisionIssuer: k.decisionIssuer,
  note: k.note,
  citations: k.citations,
  removal:
    k.status === 'removed' && k.removalDate
      ? { decisionNumber: k.removalDecisionNumber ?? '', on: k.removalDate, reason: k.removalReason ?? '' }
      : null,
  agency: { id: k.agencyId, code: r.agencyCode, name: r.agencyName },
  isDemo: k.isDemo,
  version: k.version,
  createdAt: k.createdAt.toISOString(),
  updatedAt: k.updatedAt.toISOString(),
});

/** Key areas inside the actor's jurisdiction for `key_area.read`, with unit, agency and basis. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(keyArea)
    .innerJoin(unit, eq(unit.id, keyArea.unitId))
    .innerJoin(agency, eq(agency.id, keyArea.agencyId))
    .innerJoin(communeClassification, eq(communeClassification.id, keyArea.basisClassificationId))
    .where(and(unitInScope(actor, 'key_area.read', keyArea.unitId), where));

export async function findKeyArea(db: Db, actor: Actor, id: string): Promise<KeyArea | null> {
  const [row] = await scoped(db, actor, eq(keyArea.id, id));
  return row ? toKeyArea(row) : null;
}

/** The commune's designation in force (at most one: partial unique index), whatever the actor's scope. */
export async function activeDesignation(db: Db, unitId: string) {
  const [row] = await db
    .select({ id: keyArea.id, decisionNumber: keyArea.decisionNumber })
    .from(keyArea)
    .where(and(eq(keyArea.unitId, unitId), eq(keyArea.status, 'designated')));
  return row ?? null;
}

/**
 * For each commune of `unitIds`, the designation in force on `on`: decided on or before it and not removed
 * by then (a later removal does not change the past).
 */
export async function designationsOn(db: Db, unitIds: string[], on: string) {
  if (!unitIds.length) return new Map<string, DesignationOnDate>();
  const rows = await db
    .select({
      unitId: keyArea.unitId,
      id: keyArea.id,
      status: keyArea.status,
      decisionNumber: keyArea.decisionNumber,
      decisionDate: keyArea.decisionDate,
      communeClass: keyArea.communeClass,
    })
    .from(keyArea)
    .where(
      and(
        inArray(keyArea.unitId, unitIds),
        lte(keyArea.decisionDate, on),
        sql`(${keyArea.removalDate} is null or ${keyArea.removalDate} > ${on}::date)`,
      ),
    )
    .orderBy(desc(keyArea.decisionDate));
  const out = new Map<string, DesignationOnDate>();
  for (const r of rows) if (!out.has(r.unitId)) out.set(r.unitId, r as DesignationOnDate);
  return out;
}
export type DesignationOnDate = {
  unitId: string;
  id: string;
  status: KeyArea['status'];
  decisionNumber: string;
  decisionDate: string;
  communeClass: KeyArea['communeClass'];
};

const sortColumns = {
  decisionDate: keyArea.decisionDate,
  communeClass: keyArea.communeClass,
  status: keyArea.status,
  updatedAt: keyArea.updatedAt,
} as const;

export async function listKeyAreas(db: Db, actor: Actor, q: KeyAreaListQuery): Promise<Paged<KeyArea>> {
  const needle = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const where = and(
    q.status?.length ? inArray(keyArea.status, q.status) : undefined,
    q.communeClass?.length ? inArray(keyArea.communeClass, q.communeClass) : undefined,
    q.unitId ? eq(keyArea.unitId, q.unitId) : undefined,
    q.from ? gte(keyArea.decisionDate, q.from) : undefined,
    q.to ? lte(keyArea.decisionDate, q.to) : undefined,
    // The commune's name without diacritics ("dak ha" finds "Đăk Hà"), or the decision number.
    needle
      ? sql`(pcmt_fold(${unit.name}) like pcmt_fold(${needle}) or ${keyArea.decisionNumber} ilike ${needle})`
      : undefined,
  );
  const column = sortColumns[q.sort ?? 'decisionDate'];
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        await scoped(db, actor, where)
          .orderBy(direction(column), asc(unit.name), asc(keyArea.id))
          .limit(limit)
          .offset(offset)
      ).map(toKeyArea),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(keyArea)
        .innerJoin(unit, eq(unit.id, keyArea.unitId))
        .where(and(unitInScope(actor, 'key_area.read', keyArea.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertKeyArea(tx: Db, values: typeof keyArea.$inferInsert): Promise<string> {
  const [row] = await tx.insert(keyArea).values(values).returning({ id: keyArea.id });
  return row!.id;
}

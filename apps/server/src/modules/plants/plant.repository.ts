import type { Paged, Plant, PlantListQuery, PlantStatus } from '@pcmt/contracts';
import { allowedPlantTransitions } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, criminalCase, narcoticPlant, person, unit } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type Row = {
  p: typeof narcoticPlant.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};
type Links = { persons: Map<string, string>; cases: Map<string, string> };

// numeric(12,2) arrives as a string from both drivers.
const num = (v: string | null): number | null => (v === null ? null : Number(v));

const toPlant = (r: Row, links: Links): Plant => {
  const p = r.p;
  const status = p.status as PlantStatus;
  const growerName = p.growerPersonId ? links.persons.get(p.growerPersonId) : undefined;
  const caseNumber = p.caseId ? links.cases.get(p.caseId) : undefined;
  return {
    id: p.id,
    species: p.species as Plant['species'],
    speciesName: p.speciesName,
    detectedOn: p.detectedOn,
    place: p.place,
    location: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    areaM2: num(p.areaM2),
    plantCount: p.plantCount,
    growthStage: p.growthStage as Plant['growthStage'],
    detectedBy: p.detectedBy,
    growerName: p.growerName,
    growerPersonId: p.growerPersonId,
    grower: p.growerPersonId && growerName ? { id: p.growerPersonId, name: growerName } : null,
    caseId: p.caseId,
    case: p.caseId && caseNumber ? { id: p.caseId, number: caseNumber } : null,
    status,
    statusSince: p.statusSince,
    allowedTransitions: [...allowedPlantTransitions(status)],
    destruction: p.destroyedOn
      ? {
          on: p.destroyedOn,
          method: p.destructionMethod as NonNullable<Plant['destruction']>['method'],
          destroyedBy: p.destroyedBy ?? '',
          witnesses: p.witnesses,
          recordNumber: p.recordNumber,
          areaM2: num(p.areaDestroyedM2),
          plantCount: p.plantsDestroyed,
        }
      : null,
    handover: p.handedOverOn ? { on: p.handedOverOn, receiver: p.receiver ?? '' } : null,
    notes: p.notes,
    agency: { id: p.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
};

/** Every plant query: with its unit and agency, inside the actor's jurisdiction for `plant.read`. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select({
      p: narcoticPlant,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(narcoticPlant)
    .innerJoin(unit, eq(unit.id, narcoticPlant.unitId))
    .innerJoin(agency, eq(agency.id, narcoticPlant.agencyId))
    .where(and(unitInScope(actor, 'plant.read', narcoticPlant.unitId), where));

/** Of `ids`, the persons the actor may see in the person register, with their names (none without it). */
export async function visiblePersons(db: Db, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length || !can(actor, 'person.read')) return new Map();
  const rows = await db
    .select({ id: person.id, name: person.fullName })
    .from(person)
    .where(and(inArray(person.id, [...new Set(ids)]), unitInScope(actor, 'person.read', person.unitId)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Of `ids`, the cases the actor may see in the case register, with their numbers (none without it). */
export async function visibleCases(db: Db, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length || !can(actor, 'case.read')) return new Map();
  const rows = await db
    .select({ id: criminalCase.id, number: criminalCase.number })
    .from(criminalCase)
    .where(
      and(inArray(criminalCase.id, [...new Set(ids)]), unitInScope(actor, 'case.read', criminalCase.unitId)),
    );
  return new Map(rows.map((r) => [r.id, r.number]));
}

async function withLinks(db: Db, actor: Actor, rows: Row[]): Promise<Plant[]> {
  const persons = await visiblePersons(
    db,
    actor,
    rows.flatMap((r) => r.p.growerPersonId ?? []),
  );
  const cases = await visibleCases(
    db,
    actor,
    rows.flatMap((r) => r.p.caseId ?? []),
  );
  return rows.map((r) => toPlant(r, { persons, cases }));
}

export async function findPlant(db: Db, actor: Actor, id: string): Promise<Plant | null> {
  const [row] = await scoped(db, actor, eq(narcoticPlant.id, id));
  if (!row) return null;
  return (await withLinks(db, actor, [row]))[0]!;
}

function filters(q: PlantListQuery): SQL | undefined {
  return and(
    q.q
      ? sql`${narcoticPlant.searchFold} like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})`
      : undefined,
    q.species?.length ? inArray(narcoticPlant.species, q.species) : undefined,
    q.status?.length ? inArray(narcoticPlant.status, q.status) : undefined,
    q.unitId ? eq(narcoticPlant.unitId, q.unitId) : undefined,
    q.from ? gte(narcoticPlant.detectedOn, q.from) : undefined,
    q.to ? lte(narcoticPlant.detectedOn, q.to) : undefined,
    q.caseId ? eq(narcoticPlant.caseId, q.caseId) : undefined,
  );
}

export async function listPlants(db: Db, actor: Actor, q: PlantListQuery): Promise<Paged<Plant>> {
  const where = filters(q);
  const sortColumns = {
    detectedOn: narcoticPlant.detectedOn,
    species: narcoticPlant.species,
    status: narcoticPlant.status,
    areaM2: narcoticPlant.areaM2,
    plantCount: narcoticPlant.plantCount,
    updatedAt: narcoticPlant.updatedAt,
  } as const;
  const sort = q.sort ?? 'detectedOn';
  const direction = (q.order ?? (q.sort && q.sort !== 'detectedOn' ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = await scoped(db, actor, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(narcoticPlant.id))
        .limit(limit)
        .offset(offset);
      return withLinks(db, actor, rows);
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(narcoticPlant)
        .where(and(unitInScope(actor, 'plant.read', narcoticPlant.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertPlant(tx: Db, values: typeof narcoticPlant.$inferInsert): Promise<string> {
  const [row] = await tx.insert(narcoticPlant).values(values).returning({ id: narcoticPlant.id });
  return row!.id;
}

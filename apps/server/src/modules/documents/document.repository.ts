import type { Document, DocumentKind, DocumentListQuery, DocumentStatus, Paged } from '@pcmt/contracts';
import { allowedDocumentTransitions } from '@pcmt/contracts';
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { agency, document } from '../../platform/db/schema/index.ts';
import { pageOf } from '../kit/paged.ts';

const replacing = alias(document, 'replacing');

const columns = {
  d: document,
  agencyCode: agency.code,
  agencyName: agency.name,
  rId: replacing.id,
  rKind: replacing.kind,
  rNumber: replacing.number,
  rIssuer: replacing.issuer,
};
type Row = {
  d: typeof document.$inferSelect;
  agencyCode: string;
  agencyName: string;
  rId: string | null;
  rKind: string | null;
  rNumber: string | null;
  rIssuer: string | null;
};
type Ref = Document['replacedBy'] & {};

const toDocument = (r: Row, replaces: Ref[] = []): Document => {
  const d = r.d;
  const status = d.status as DocumentStatus;
  return {
    id: d.id,
    kind: d.kind as DocumentKind,
    number: d.number,
    issuedOn: d.issuedOn,
    issuer: d.issuer,
    signer: d.signer,
    summary: d.summary,
    effectiveFrom: d.effectiveFrom,
    effectiveTo: d.effectiveTo,
    notes: d.notes,
    status,
    statusSince: d.statusSince,
    allowedTransitions: [...allowedDocumentTransitions(status)],
    replacedBy: r.rId
      ? { id: r.rId, kind: r.rKind as DocumentKind, number: r.rNumber!, issuer: r.rIssuer! }
      : null,
    replaces,
    agency: { id: d.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: d.isDemo,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
};

// No jurisdiction filter: a document belongs to no commune and every grant of the register is province-wide.
const base = (db: Db, where?: SQL) =>
  db
    .select(columns)
    .from(document)
    .innerJoin(agency, eq(agency.id, document.agencyId))
    .leftJoin(replacing, eq(replacing.id, document.replacedById))
    .where(where);

export async function findDocument(db: Db, id: string): Promise<Document | null> {
  const [row] = await base(db, eq(document.id, id));
  if (!row) return null;
  const replaces = await db
    .select({ id: document.id, kind: document.kind, number: document.number, issuer: document.issuer })
    .from(document)
    .where(eq(document.replacedById, id))
    .orderBy(asc(document.issuedOn));
  return toDocument(row as Row, replaces as Ref[]);
}

const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

function filters(q: DocumentListQuery): SQL | undefined {
  return and(
    q.q ? sql`${document.searchFold} like pcmt_fold(${like(q.q)})` : undefined,
    q.kind?.length ? inArray(document.kind, q.kind) : undefined,
    q.status?.length ? inArray(document.status, q.status) : undefined,
    q.issuer ? sql`pcmt_fold(${document.issuer}) like pcmt_fold(${like(q.issuer)})` : undefined,
    q.year ? sql`extract(year from ${document.issuedOn}) = ${q.year}` : undefined,
  );
}

export async function listDocuments(db: Db, q: DocumentListQuery): Promise<Paged<Document>> {
  const where = filters(q);
  const sortColumns = {
    issuedOn: document.issuedOn,
    number: document.number,
    kind: document.kind,
    issuer: document.issuer,
    updatedAt: document.updatedAt,
  } as const;
  // The newest documents first by default; undated ones (date not sourced) last.
  const sort = q.sort ?? 'issuedOn';
  const direction = (q.order ?? (q.sort && q.sort !== 'issuedOn' ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await base(db, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(document.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map((r) => toDocument(r)),
    async () => {
      const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(document).where(where);
      return c?.n ?? 0;
    },
  );
}

export async function insertDocument(tx: Db, values: typeof document.$inferInsert): Promise<string> {
  const [row] = await tx.insert(document).values(values).returning({ id: document.id });
  return row!.id;
}

/** Another document with the same number and issuer (accent- and case-folded, as the unique index). */
export async function sameNumber(
  db: Db,
  number: string,
  issuer: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: document.id })
    .from(document)
    .where(
      and(
        sql`pcmt_fold(${document.number}) = pcmt_fold(${number})`,
        sql`pcmt_fold(${document.issuer}) = pcmt_fold(${issuer})`,
        exceptId ? ne(document.id, exceptId) : undefined,
      ),
    );
  return !!row;
}

export async function documentExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: document.id }).from(document).where(eq(document.id, id));
  return !!row;
}

export async function documentByNumber(db: Db, number: string, issuer: string): Promise<string | null> {
  const [row] = await db
    .select({ id: document.id })
    .from(document)
    .where(
      and(
        sql`pcmt_fold(${document.number}) = pcmt_fold(${number})`,
        sql`pcmt_fold(${document.issuer}) = pcmt_fold(${issuer})`,
      ),
    );
  return row?.id ?? null;
}

import type { DocumentCitation, DocumentCitationTarget, DocumentKind, DocumentStatus } from '@pcmt/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { document, documentCitation, userAccount } from '../../platform/db/schema/index.ts';

const columns = {
  c: documentCitation,
  kind: document.kind,
  number: document.number,
  issuer: document.issuer,
  issuedOn: document.issuedOn,
  status: document.status,
  byName: userAccount.displayName,
};
type Row = {
  c: typeof documentCitation.$inferSelect;
  kind: string;
  number: string;
  issuer: string;
  issuedOn: string | null;
  status: string;
  byName: string;
};

const toCitation = (r: Row): DocumentCitation => ({
  id: r.c.id,
  document: {
    id: r.c.documentId,
    kind: r.kind as DocumentKind,
    number: r.number,
    issuer: r.issuer,
    issuedOn: r.issuedOn,
    status: r.status as DocumentStatus,
  },
  recordType: r.c.recordType,
  recordId: r.c.recordId,
  note: r.c.note,
  createdBy: { id: r.c.createdBy, name: r.byName },
  createdAt: r.c.createdAt.toISOString(),
});

const live = (db: Db) =>
  db
    .select(columns)
    .from(documentCitation)
    .innerJoin(document, eq(document.id, documentCitation.documentId))
    .innerJoin(userAccount, eq(userAccount.id, documentCitation.createdBy));

/** The live citations of one record, oldest first. */
export async function citationsOf(db: Db, target: DocumentCitationTarget): Promise<DocumentCitation[]> {
  const rows = await live(db)
    .where(
      and(
        eq(documentCitation.recordType, target.recordType),
        eq(documentCitation.recordId, target.recordId),
        isNull(documentCitation.removedAt),
      ),
    )
    .orderBy(asc(documentCitation.createdAt), asc(documentCitation.id));
  return (rows as Row[]).map(toCitation);
}

/** One citation, live or removed (a removed one answers a repeated DELETE as done). */
export async function findCitation(db: Db, id: string) {
  const [row] = await live(db).where(eq(documentCitation.id, id));
  return row ? { citation: toCitation(row as Row), removed: row.c.removedAt !== null } : null;
}

/** The live citations of a document (the caller filters by what the reader may see). */
export async function citationsOfDocument(db: Db, documentId: string, limit = 500) {
  return db
    .select({
      citationId: documentCitation.id,
      recordType: documentCitation.recordType,
      recordId: documentCitation.recordId,
      note: documentCitation.note,
      createdAt: documentCitation.createdAt,
    })
    .from(documentCitation)
    .where(and(eq(documentCitation.documentId, documentId), isNull(documentCitation.removedAt)))
    .orderBy(asc(documentCitation.createdAt), asc(documentCitation.id))
    .limit(limit);
}

export async function insertCitation(tx: Db, values: typeof documentCitation.$inferInsert): Promise<string> {
  const [row] = await tx.insert(documentCitation).values(values).returning({ id: documentCitation.id });
  return row!.id;
}

/** Marks a live citation removed; false when it was already removed (a concurrent DELETE). */
export async function removeCitation(tx: Db, id: string, by: string): Promise<boolean> {
  const rows = await tx
    .update(documentCitation)
    .set({ removedAt: new Date(), removedBy: by })
    .where(and(eq(documentCitation.id, id), isNull(documentCitation.removedAt)))
    .returning({ id: documentCitation.id });
  return rows.length > 0;
}

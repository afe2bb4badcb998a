import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/**
 * The portal's token buckets and spent challenges, in the database so every app server shares them. A bucket
 * row is a name, a token count and a time: nothing about who asked.
 */
export type BucketSpec = { capacity: number; perSecond: number };

const refilled = (spec: BucketSpec, now: string) =>
  sql`least(${spec.capacity}::float8, b.tokens
        + greatest(0, extract(epoch from (${now}::timestamptz - b.updated_at))) * ${spec.perSecond}::float8)`;

/** Takes one token if at least `floor + 1` are there after refilling (the floor keeps a reserve). */
export async function takeToken(
  db: Db,
  name: string,
  spec: BucketSpec,
  floor: number,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const rows = await queryRows<{ tokens: number }>(
    db,
    sql`insert into tip_portal_bucket as b (name, tokens, updated_at)
        values (${name}, ${spec.capacity - 1}::float8, ${at}::timestamptz)
        on conflict (name) do update
          set tokens = ${refilled(spec, at)} - 1, updated_at = greatest(b.updated_at, ${at}::timestamptz)
          where ${refilled(spec, at)} >= ${floor + 1}::float8
        returning tokens`,
  );
  return rows.length > 0;
}

/** Tokens available now (a full bucket when it was never used). */
export async function peekTokens(db: Db, name: string, spec: BucketSpec, now: Date): Promise<number> {
  const [row] = await queryRows<{ tokens: number }>(
    db,
    sql`select ${refilled(spec, now.toISOString())} as tokens from tip_portal_bucket b where b.name = ${name}`,
  );
  return row ? Number(row.tokens) : spec.capacity;
}

/** Marks a challenge spent; false if it was spent already. Expired ones are swept now and then. */
export async function spendChallenge(db: Db, id: string, expiresAt: Date, now: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into tip_portal_challenge (id, expires_at) values (${id}, ${expiresAt.toISOString()}::timestamptz)
        on conflict (id) do nothing returning id`,
  );
  if (id.endsWith('0'))
    await db.execute(
      sql`delete from tip_portal_challenge where expires_at < ${now.toISOString()}::timestamptz`,
    );
  return rows.length > 0;
}

/** Files that travel through the portal, oldest first. */
export async function portalFilesOf(db: Db, tipId: string) {
  return queryRows<{
    id: string;
    direction: string;
    name: string;
    mediaType: string;
    sizeBytes: number;
    createdAt: string;
  }>(
    db,
    sql`select a.id, f.direction, a.original_name as name, a.media_type as "mediaType",
               a.size_bytes as "sizeBytes", a.created_at as "createdAt"
          from tip_portal_file f join attachment a on a.id = f.attachment_id
         where f.tip_id = ${tipId} order by a.created_at, a.id`,
  );
}

export async function insertPortalFile(tx: Db, tipId: string, attachmentId: string, direction: string) {
  await tx.execute(
    sql`insert into tip_portal_file (attachment_id, tip_id, direction) values (${attachmentId}, ${tipId}, ${direction})`,
  );
}

export async function reporterFileCount(db: Db, tipId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from tip_portal_file where tip_id = ${tipId} and direction = 'from_reporter'`,
  );
  return row?.n ?? 0;
}

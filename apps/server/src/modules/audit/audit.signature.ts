import { sign, verify } from 'node:crypto';
import { canonicalJson } from '../../platform/crypto/canonical-json.ts';
import type { AuditKeys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { auditCheckpoint } from '../../platform/db/schema/index.ts';

export type CheckpointTrigger = 'upgrade' | 'manual' | 'schedule';

/** A signed statement "the chain's head was row `headId` with hash `headHash` at `createdAt`". */
export type Checkpoint = {
  id: number;
  createdAt: string;
  headId: number;
  headHash: string;
  keyId: string;
  signature: string;
  trigger: string;
};

/** The signed bytes. `trigger` is not signed: every signed head pins the whole prefix, whatever its label. */
const payload = (c: Pick<Checkpoint, 'headId' | 'headHash' | 'createdAt' | 'keyId'>) =>
  Buffer.from(
    canonicalJson({ headId: c.headId, headHash: c.headHash, createdAt: c.createdAt, keyId: c.keyId }),
    'utf8',
  );

export function signatureValid(keys: AuditKeys, c: Checkpoint): boolean {
  if (c.keyId !== keys.keyId) return false;
  try {
    return verify(null, payload(c), keys.publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Signs and stores a checkpoint of `head`; the caller holds the chain lock so the head cannot move meanwhile. */
export async function insertCheckpoint(
  tx: Db,
  keys: AuditKeys,
  head: { headId: number; headHash: string },
  trigger: CheckpointTrigger,
): Promise<Checkpoint> {
  // Millisecond ISO instant: what timestamp(3) stores and gives back, so the signed text survives the round trip.
  const unsigned = { ...head, createdAt: new Date().toISOString(), keyId: keys.keyId };
  const signature = sign(null, payload(unsigned), keys.privateKey).toString('base64');
  const [row] = await tx
    .insert(auditCheckpoint)
    .values({ ...unsigned, signature, trigger })
    .returning({ id: auditCheckpoint.id });
  return { id: row!.id, ...unsigned, signature, trigger };
}

import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type FileStore, shardedPath } from './file-store.ts';

export type S3Options = {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

/**
 * Sealed files in an S3-compatible bucket, under `files/ab/cd/<address>`. Objects are encrypted before they
 * leave the process (the bucket operator sees only ciphertext). Path-style addressing and checksums only
 * when required: what MinIO, Ceph and other on-premises stores accept.
 */
export function createS3FileStore(opts: S3Options, client?: S3Client): FileStore {
  const s3 =
    client ??
    new S3Client({
      region: opts.region,
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      forcePathStyle: true,
      credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  const keyOf = (address: string) => `files/${shardedPath(address)}`;
  return {
    kind: 's3',
    async has(address) {
      try {
        await s3.send(new HeadObjectCommand({ Bucket: opts.bucket, Key: keyOf(address) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async put(address, sealed) {
      if (await this.has(address)) return;
      await s3.send(
        new PutObjectCommand({
          Bucket: opts.bucket,
          Key: keyOf(address),
          Body: sealed,
          ContentLength: sealed.length,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(address) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket: opts.bucket, Key: keyOf(address) }));
        if (!out.Body) return null;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, newAuditKeys } from '../crypto/keys.ts';
import { addressOf } from './file-crypto.ts';
import { createFileVault } from './file-vault.ts';
import { createS3FileStore } from './s3-store.ts';

/**
 * A minimal in-process S3 (path-style HEAD, PUT, GET on one bucket) on the loopback address: enough to check
 * what the store sends and reads back. It is not MinIO or AWS: signatures are not verified, only required.
 */
function fakeS3() {
  const objects = new Map<string, Buffer>();
  const requests: { method: string; path: string; signed: boolean }[] = [];
  const body = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const signed = /^AWS4-HMAC-SHA256 Credential=test-key\//.test(req.headers.authorization ?? '');
    requests.push({ method: req.method ?? '', path, signed });
    const found = objects.get(path);
    if (req.method === 'PUT') {
      objects.set(path, await body(req));
      res.writeHead(200, { etag: '"x"' }).end();
    } else if (!found) {
      res.writeHead(404, { 'content-type': 'application/xml' });
      res.end(
        req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code><Message>none</Message></Error>',
      );
    } else {
      res.writeHead(200, { 'content-length': found.length, 'content-type': 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : found);
    }
  });
  return { server, objects, requests };
}

describe('S3-compatible store (in-process fake)', () => {
  const fake = fakeS3();
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('puts sealed objects once under files/ab/cd/<address>, signed, and reads them back', async () => {
    const keys = createKeyring({
      activeKeyId: 'k1',
      dataKeys: { k1: randomBytes(32).toString('base64') },
      hmacKey: randomBytes(32).toString('base64'),
      ...newAuditKeys(),
    }).files;
    const store = createS3FileStore({
      endpoint,
      bucket: 'pcmt-tep',
      region: 'us-east-1',
      accessKeyId: 'test-key',
      secretAccessKey: 'test-secret',
    });
    const vault = createFileVault(store, keys);
    const plaintext = Buffer.from('Ảnh hiện trường, bằng chứng số 3. '.repeat(40));
    const first = await vault.save(plaintext);
    const again = await vault.save(plaintext);
    expect([first.stored, again.stored]).toEqual([true, false]);
    const address = addressOf(keys, first.sha256);
    const key = `/pcmt-tep/files/${address.slice(0, 2)}/${address.slice(2, 4)}/${address}`;
    expect([...fake.objects.keys()]).toEqual([key]);
    expect(fake.objects.get(key)!.includes(Buffer.from('bằng chứng'))).toBe(false);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.requests.every((r) => r.signed)).toBe(true);
    expect((await vault.load(first.sha256)).equals(plaintext)).toBe(true);
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.has('0'.repeat(64))).toBe(false);
  });
});

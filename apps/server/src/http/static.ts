import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names built files `name-<8+ char hash>.ext` (plus `.br`/`.gz`): content never changes under that name. */
const HASHED = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}(\.[a-z0-9]+)+$/;

/**
 * Serves the built web app. The build writes `.br` and `.gz` next to every text file
 * (`apps/web/precompress.ts`), so nothing is compressed per request: the file matching the browser's
 * `Accept-Encoding` is sent with `Content-Encoding` and `Vary`. Hashed assets are cached for a year
 * (`immutable`: a new release has new names); `index.html` and other unhashed files are revalidated on each
 * load so a release is picked up at once. Returns false when there is no build (API-only run).
 */
export async function serveWebApp(app: FastifyInstance, webDist: string | undefined): Promise<boolean> {
  if (!webDist || !existsSync(path.join(webDist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

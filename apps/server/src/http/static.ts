import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names built files `name-<8+ char hash>.ext` (plus `.br`/`.gz`): content never changes under that name. */
const HASHED = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}(\.[a-z0-9]+)+$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

type Asset = { type: string; immutable: boolean; plain: Buffer; br?: Buffer; gzip?: Buffer };

/**
 * The build's `assets/` folder, read once into memory (a few MB with the precompressed copies). A first load
 * asks for ~80 of these files at once; from disk each cost a stat, an open, a stream and a close on the
 * event loop (~1 ms apiece on a busy 2-core machine), queued with the API calls the page makes at the same
 * time (docs/BENCHMARKS.md, the hotspot map).
 */
function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  const names = new Set(readdirSync(dir));
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz')) continue;
    const file = path.join(dir, name);
    const read = (suffix: string) => (names.has(name + suffix) ? readFileSync(file + suffix) : undefined);
    assets.set(name, {
      type: TYPES[path.extname(name)] ?? 'application/octet-stream',
      immutable: HASHED.test(file),
      plain: readFileSync(file),
      br: read('.br'),
      gzip: read('.gz'),
    });
  }
  return assets;
}

/** The coding the browser accepts (`q=0` refuses one), brotli first. */
function codingFor(accept: string | undefined, asset: Asset): 'br' | 'gzip' | null {
  const accepted = new Set(
    (accept ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([coding]) => coding?.trim().toLowerCase()),
  );
  if (asset.br && accepted.has('br')) return 'br';
  if (asset.gzip && accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Serves the built web app. The build writes `.br` and `.gz` next to every text file
 * (`apps/web/precompress.ts`), so nothing is compressed per request: the file matching the browser's
 * `Accept-Encoding` is sent with `Content-Encoding` and `Vary`. Hashed assets are cached for a year
 * (`immutable`: a new release has new names) and served from memory; `index.html` and other unhashed files
 * are revalidated on each load so a release is picked up at once. A missing asset is a 404, not the app's
 * page (a module script answered with HTML fails obscurely). Returns false when there is no build (API-only
 * run).
 */
export async function serveWebApp(app: FastifyInstance, webDist: string | undefined): Promise<boolean> {
  if (!webDist || !existsSync(path.join(webDist, 'index.html'))) return false;
  const assets = readAssets(path.join(webDist, 'assets'));
  app.get('/assets/*', async (req, reply) => {
    const name = (req.params as { '*': string })['*'];
    const asset = assets.get(name);
    if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('Not Found');
    const coding = codingFor(req.headers['accept-encoding'], asset);
    reply
      .header('content-type', asset.type)
      .header('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('vary', 'accept-encoding');
    if (coding) reply.header('content-encoding', coding);
    return reply.send(coding === 'br' ? asset.br : coding === 'gzip' ? asset.gzip : asset.plain);
  });
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    // Served from memory above.
    globIgnore: ['assets/**'],
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply) => {
      reply.header('cache-control', 'no-cache');
    },
  });
  return true;
}

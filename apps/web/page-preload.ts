import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, transformWithOxc } from 'vite';

/** Chunk fields this plugin reads (Rolldown's output chunk). */
type Chunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
  moduleIds: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type Bundle = Record<string, Chunk | { type: 'asset'; fileName: string; source: string | Uint8Array }>;

/**
 * The page registry's entries as (path, page module): `path: '/x'` followed, in the same entry, by
 * `import('../features/…')`. An entry this does not recognise simply gets no preload (it loads as before).
 */
export function registryPages(source: string, registryFile: string): { path: string; module: string }[] {
  const entry = /\bpath:\s*'([^']+)'(?:(?!\bpath:)[\s\S])*?\bimport\('([^']+)'\)/g;
  return [...source.matchAll(entry)].map(([, route = '', spec = '']) => ({
    path: route,
    module: path.resolve(path.dirname(registryFile), spec),
  }));
}

/**
 * The features' route files in the order the registry spreads them (`...hotspotsRoutes,`), each found by its
 * `import { hotspotsRoutes } from '../features/hotspots/routes.ts'`: the order is the matching order.
 */
export function featureRouteFiles(source: string, registryFile: string): string[] {
  const from = new Map(
    [...source.matchAll(/import \{ (\w+) \} from '([^']+\/routes\.ts)'/g)].map(([, name = '', spec = '']) => [
      name,
      path.resolve(path.dirname(registryFile), spec),
    ]),
  );
  return [...source.matchAll(/^\s*\.\.\.(\w+),$/gm)].flatMap(([, name = '']) => from.get(name) ?? []);
}

/**
 * At a page's address, the browser asks for that page's chunks (and the signed-in shell's) while the main
 * chunk downloads and runs, instead of once it has run (a second round of requests, ~0.3 s on a busy
 * machine). The build writes a small classic script, `assets/page-preload-<hash>.js`, loaded `async` from
 * `index.html`: it matches `location.pathname` against the page registry (`src/kit/routes.tsx` and the features' `routes.ts`, same
 * matching as the kit's `preloadPageAt`: first entry whose segments are equal or `:param`) and adds a
 * `<link rel=modulepreload>` for every chunk of the page, of the shell and of `extra` modules the page asks
 * for at boot, that `index.html` does not already load; their stylesheets as `<link rel=preload as=style>`
 * (fetched, not applied: the page still adds them in its order). A file, not an inline script: the CSP
 * allows scripts from 'self' only. Build only; the dev server loads modules as they are asked for.
 */
export function pagePreload(opts: {
  /** The page registry, relative to the project root. */
  registry: string;
  /** Loaded at every signed-in address (the shell), relative to the project root. */
  shell: string;
  /** Addresses with no shell (the sign-in pages). */
  noShell: string[];
  /** Pages outside the registry (no shell) whose chunks are preloaded at their address: the login page. */
  publicPages?: Record<string, string>;
  /** Further modules asked for at boot by a page's `prefetch`, by registry path. */
  extra?: Record<string, string[]>;
  /**
   * API requests sent by the script itself, before the app's code has downloaded (taken by the app's API
   * client, `src/api/early.ts`): `shell` at every signed-in address (the session check), and by registry
   * path a module with no imports exporting `earlyPaths(params: URLSearchParams, today: string): string[]`
   * (today: `yyyy-mm-dd` in `timeZone`). Paths are under `/api/v1`.
   */
  early?: { shell: string[]; pages: Record<string, string>; timeZone: string };
}): Plugin {
  let root = '';
  return {
    name: 'pcmt-page-preload',
    apply: 'build',
    // After Vite's HTML plugin has written index.html into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, output) {
        const bundle = output as unknown as Bundle;
        const html = bundle['index.html'];
        if (html?.type !== 'asset') throw new Error('page-preload: no index.html in the bundle');
        const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const chunkOf = (module: string) =>
          chunks.find((c) => c.facadeModuleId === module) ?? chunks.find((c) => c.moduleIds.includes(module));
        const closure = (start: Chunk, into: Set<string>) => {
          const stack = [start.fileName];
          while (stack.length) {
            const file = stack.pop() as string;
            if (into.has(file)) continue;
            into.add(file);
            stack.push(...(byFile.get(file)?.imports ?? []));
          }
          return into;
        };
        // What index.html already loads: the entry, its static imports and its stylesheets.
        const inIndex = new Set<string>();
        for (const c of chunks) if (c.isEntry) closure(c, inIndex);
        for (const [, href = ''] of String(html.source).matchAll(/href="\/([^"]+)"/g)) inIndex.add(href);
        const files: string[] = [];
        const indexOf = (file: string) => {
          const at = files.indexOf(file);
          return at >= 0 ? at : files.push(file) - 1;
        };
        const listFor = (modules: string[]) => {
          const set = new Set<string>();
          for (const m of modules) {
            const chunk = chunkOf(path.resolve(root, m));
            if (!chunk) throw new Error(`page-preload: no chunk holds ${m}`);
            closure(chunk, set);
          }
          const out: string[] = [];
          for (const file of set) {
            out.push(file, ...(byFile.get(file)?.viteMetadata?.importedCss ?? []));
          }
          return [...new Set(out)]
            .filter((file) => !inIndex.has(file))
            .sort()
            .map(indexOf);
        };
        const registryFile = path.resolve(root, opts.registry);
        const pages = featureRouteFiles(readFileSync(registryFile, 'utf8'), registryFile).flatMap((file) =>
          registryPages(readFileSync(file, 'utf8'), file),
        );
        if (pages.length === 0) throw new Error(`page-preload: no page found in ${opts.registry}`);
        const routes = pages.map((p) => [
          p.path,
          listFor([p.module, ...(opts.extra?.[p.path] ?? []).map((m) => path.resolve(root, m))]),
        ]);
        const shell = listFor([opts.shell]);
        const publicPages = Object.fromEntries(
          Object.entries(opts.publicPages ?? {}).map(([p, m]) => [p, listFor([path.resolve(root, m)])]),
        );
        const early = await earlyRequests(opts.early, (m) => path.resolve(root, m));
        const code = `(function(){var f=${JSON.stringify(files)},r=${JSON.stringify(routes)},s=${JSON.stringify(shell)},n=${JSON.stringify(opts.noShell)},q=${JSON.stringify(publicPages)};
var p=location.pathname.replace(/\\/+$/,"")||"/";var d={},m=null,h=null;
function add(l){for(var i=0;i<l.length;i++){if(d[l[i]])continue;d[l[i]]=1;var h="/"+f[l[i]],k=document.createElement("link");if(/\\.css$/.test(h)){k.rel="preload";k.as="style"}else k.rel="modulepreload";k.crossOrigin="";k.href=h;document.head.appendChild(k)}}
if(q[p]){add(q[p]);return}if(n.indexOf(p)>=0)return;var b=p.split("/");
for(var i=0;i<r.length;i++){var a=r[i][0].split("/");if(a.length!==b.length)continue;for(var j=0;j<a.length&&(a[j].charAt(0)===":"||a[j]===b[j]);j++);if(j===a.length){h=r[i][1];m=r[i][0];break}}
${early}
if(h)add(h);add(s)})();
`;
        const ref = this.emitFile({ type: 'asset', name: 'page-preload.js', source: code });
        // Before the main chunk's tag: asked for with it, not after it.
        const tag = `<script async src="/${this.getFileName(ref)}"></script>`;
        const source = String(html.source);
        const at = source.indexOf('<script type="module"');
        if (at < 0) throw new Error('page-preload: index.html has no module script');
        html.source = `${source.slice(0, at)}${tag}\n    ${source.slice(at)}`;
      },
    },
  };
}

/**
 * The part of the page-preload script that sends `early`'s requests, with `m` the matched registry path or
 * null: before the preload links are added, and with a high priority, so that they are not queued behind the
 * ~60 chunk downloads on the browser's six connections to the server. Each page module is compiled on its own and must not import:
 * the script runs before any of the app's code.
 */
export async function earlyRequests(
  early: { shell: string[]; pages: Record<string, string>; timeZone: string } | undefined,
  resolve: (module: string) => string,
): Promise<string> {
  if (!early) return '';
  const pages: string[] = [];
  for (const [route, module] of Object.entries(early.pages)) {
    const file = resolve(module);
    const source = readFileSync(file, 'utf8');
    if (/^\s*import\s/m.test(source)) throw new Error(`page-preload: ${module} must not import anything`);
    const { code } = await transformWithOxc(source, file, { lang: 'ts' });
    if (!/export function earlyPaths\(/.test(code))
      throw new Error(`page-preload: ${module} exports no earlyPaths`);
    pages.push(`${JSON.stringify(route)}:function(){${code.replace(/^export /gm, '')};return earlyPaths}()`);
  }
  return `
var e=window.__pcmtEarly||(window.__pcmtEarly={}),x={${pages.join(',')}},l=${JSON.stringify(early.shell)};
if(m&&x[m])try{l=l.concat(x[m](new URLSearchParams(location.search),new Intl.DateTimeFormat("en-CA",{timeZone:${JSON.stringify(early.timeZone)},year:"numeric",month:"2-digit",day:"2-digit"}).format(new Date())))}catch(_){}
for(var t=Date.now(),i=0;i<l.length;i++){var u="/api/v1"+l[i];if(!e[u])e[u]={at:t,response:fetch(u,{headers:{accept:"application/json"},credentials:"same-origin",priority:"high"})}}`;
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule, checked statically: SQL lives in `*.repository.ts` (and the audit trail's and database
 * platform's own infrastructure); a service holds the use case (authorize, rules, one transaction with its
 * audit row) and reaches the database only through repositories. A service that builds a query, or imports
 * drizzle-orm's operators or `sql`, fails here.
 */
const src = fileURLToPath(new URL('../src', import.meta.url));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

/** Every service, plus the other use-case files that act on the database through services and repositories. */
const useCaseFiles = () => {
  const all = walk(src).map((f) => path.relative(src, f));
  return all.filter(
    (f) =>
      (f.startsWith('modules/') && f.endsWith('.service.ts')) ||
      (f.startsWith('cli/') && f.endsWith('.ts')) ||
      [
        'modules/access/bootstrap.ts',
        'modules/access/system-account.ts',
        'modules/audit/audit-names.ts',
        'first-admin-password.ts',
      ].includes(f),
  );
};

/** What a use-case file must not contain: each finding names the line. */
export function layeringViolations(text: string): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  // A value import from drizzle-orm (operators, `sql`); `import type` and `type X` specifiers are fine.
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'(drizzle-orm[^']*)'/g)) {
    const values = m[2]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('type '));
    if (!m[1] && values.length > 0)
      found.push(`${lineOf(m.index)}: imports ${values.join(', ')} from ${m[3]}`);
  }
  for (const m of text.matchAll(/import\s+(?!type\b)[^;]*\bfrom\s*'(drizzle-orm[^']*)'/g))
    if (!/\{/.test(m[0])) found.push(`${lineOf(m.index)}: imports from ${m[1]}`);
  for (const m of text.matchAll(/\bqueryRows\b/g)) found.push(`${lineOf(m.index)}: uses queryRows`);
  // A query built on a database or transaction handle, also across lines (`await tx\n  .insert(…)`).
  for (const m of text.matchAll(
    /\b(db|tx)\s*\.\s*(select|selectDistinct|insert|update|delete|execute)\s*\(/g,
  ))
    found.push(`${lineOf(m.index)}: ${m[1]}.${m[2]}(…)`);
  return found;
}

describe('layering: SQL only in repositories', () => {
  it('the detector catches operators, sql, raw rows and query chains, and lets types through', () => {
    expect(layeringViolations("import { and, eq } from 'drizzle-orm';")).toHaveLength(1);
    expect(layeringViolations("import { type SQL, sql } from 'drizzle-orm';")).toHaveLength(1);
    expect(layeringViolations("import type { SQL } from 'drizzle-orm';")).toEqual([]);
    expect(layeringViolations("import { type SQL } from 'drizzle-orm';")).toEqual([]);
    expect(layeringViolations("import * as d from 'drizzle-orm';")).toHaveLength(1);
    expect(layeringViolations('const rows = await queryRows(db, q);')).toHaveLength(1);
    expect(layeringViolations('await tx\n  .update(userAccount)\n  .set({})')).toHaveLength(1);
    expect(layeringViolations('await db.transaction(async (tx) => repo(tx));')).toEqual([]);
  });

  it('no service (nor the CLI, bootstrap, system account) builds a query or imports drizzle-orm', () => {
    const files = useCaseFiles();
    expect(files).toContain('modules/access/user.service.ts');
    expect(files).toContain('cli/demo-seed.ts');
    const violations = files.flatMap((f) =>
      layeringViolations(readFileSync(path.join(src, f), 'utf8')).map((v) => `${f}:${v}`),
    );
    expect(violations).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasEnglish, toEnglish } from './messages-en.ts';

const src = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'cli' ? [] : files(p); // the CLI speaks Vietnamese only
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

/** Every Vietnamese sentence a service or the HTTP layer can send in an error body. */
function errorMessages(): string[] {
  const found = new Set<string>();
  const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    const calls =
      /(?:new AppError\(\s*'[a-z_]+',\s*|fail\(|field\(\s*'[^']+',\s*|message: |\[\d+, '[a-z_]+', |body\('[a-z_]+', |bodyFor\(request\)\('[a-z_]+', )'([^']+)'/g;
    for (const m of text.matchAll(calls)) if (vietnamese.test(m[1]!)) found.add(m[1]!);
    for (const m of text.matchAll(/notFound\('([^']+)'\)/g))
      if (vietnamese.test(m[1]!)) found.add(`Không tìm thấy ${m[1]}`);
  }
  return [...found];
}

describe('English messages of the API', () => {
  it('has an English form for every Vietnamese error message in the server', () => {
    const messages = errorMessages();
    expect(messages.filter((m) => !hasEnglish(m))).toEqual([]);
  });
  it('translates parameterised messages', () => {
    expect(toEnglish('Không tìm thấy cơ quan')).toBe('Agency not found');
    expect(toEnglish('Tài khoản tạm khóa do nhập sai nhiều lần, thử lại sau 14:05 28/11/2026')).toBe(
      'Account locked after repeated failures; try again after 14:05 28/11/2026',
    );
  });
});

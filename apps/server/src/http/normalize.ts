/**
 * Vietnamese text arrives decomposed (NFD) from some keyboards and files. Every string of a request
 * body, query and params is NFC-normalised before validation, so nothing NFD reaches a service.
 */
export function normalizeStrings(value: unknown, depth = 0): unknown {
  if (depth > 64) return value;
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v, depth + 1));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeStrings(v, depth + 1);
    return out;
  }
  return value;
}

/**
 * Control characters other than tab and line breaks (C0, DEL, C1) and lone UTF-16 surrogates have no place
 * in any field: U+0000 makes PostgreSQL fail, the others hide text or corrupt exports. They are refused,
 * never silently stripped or replaced.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasLoneSurrogate = (s: string) => LONE_SURROGATE.test(s);

export const isForbiddenText = (s: string) => FORBIDDEN.test(s) || hasLoneSurrogate(s);

/** The dotted path of the first string (value or key) holding a forbidden character, or null. */
export function findForbiddenText(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return isForbiddenText(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findForbiddenText(v, [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (isForbiddenText(k)) return [...path, k.replace(/[^\p{L}\p{N}_.-]/gu, '?')];
      const found = findForbiddenText(v, [...path, k], depth + 1);
      if (found) return found;
    }
  }
  return null;
}

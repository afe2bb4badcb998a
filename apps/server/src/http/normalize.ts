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

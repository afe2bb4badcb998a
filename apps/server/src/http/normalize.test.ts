import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeStrings } from './normalize.ts';

describe('normalizeStrings (the NFC edge)', () => {
  it('leaves no NFD string anywhere in a request and is idempotent', () => {
    const vn = fc.string({
      unit: fc.constantFrom(...'aăâeêioôơuưyđĐáàảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự '.split('')),
    });
    fc.assert(
      fc.property(fc.dictionary(vn, fc.oneof(vn, fc.array(vn))), (body) => {
        const decomposed = JSON.parse(JSON.stringify(body).normalize('NFD'));
        const once = normalizeStrings(decomposed);
        expect(JSON.stringify(once)).toBe(JSON.stringify(once).normalize('NFC'));
        expect(normalizeStrings(once)).toEqual(once);
      }),
    );
  });
});

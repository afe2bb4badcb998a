import { describe, expect, it } from 'vitest';
import { parseBirthDate } from './birth-date.ts';
import { foldPairs, sameNameKeyPairs } from './fold-pairs.ts';
import {
  duplicateKey,
  foldSearchText,
  isDuplicateCandidate,
  normalizePersonName,
  personNameKey,
  personNameMatches,
} from './names.ts';

describe('name fold (same as pcmt_fold)', () => {
  it.each(foldPairs)('$input → $folded', ({ input, folded }) => {
    expect(foldSearchText(input)).toBe(folded);
  });

  it('folds decomposed (NFD) input like its NFC form', () => {
    for (const { input } of foldPairs)
      expect(foldSearchText(input.normalize('NFD'))).toBe(foldSearchText(input));
  });

  it.each(sameNameKeyPairs)('%s ≡ %s', (a, b) => {
    expect(personNameKey(a)).toBe(personNameKey(b));
  });
});

describe('names', () => {
  it('stores NFC with single spaces', () => {
    expect(normalizePersonName('  Nguye\u0302\u0303n   Văn\tHoà ')).toBe('Nguyễn Văn Hoà');
    expect(normalizePersonName('Nguyễn Văn Hoà')).toBe('Nguyễn Văn Hoà'.normalize('NFC'));
  });

  it('finds "nguyen van hoa" in every spelling', () => {
    for (const name of ['Nguyễn Văn Hoà', 'NGUYỄN VĂN HÒA', 'Nguyễn Văn Hòa', 'nguyễn văn hoà'])
      expect(personNameMatches(name, 'nguyen van hoa')).toBe(true);
    expect(personNameMatches('Nguyễn Văn Hoà', 'van hoa')).toBe(true);
    expect(personNameMatches('Nguyễn Văn Hoàng', 'van hoa')).toBe(true); // a contains search
    expect(personNameMatches('Nguyễn Văn Hải', 'van hoa')).toBe(false);
    expect(personNameMatches('Trần Thị Thuỷ', 'Thủy')).toBe(true);
  });

  it('makes duplicate candidates of the same folded name and birth date (year-only matches any day of it)', () => {
    const a = { fullName: 'Nguyễn Văn Hoà', birthDate: parseBirthDate('1990-05-12') };
    const b = { fullName: 'NGUYỄN VĂN HÒA', birthDate: parseBirthDate('1990-05-12') };
    const c = { fullName: 'Nguyen Van Hoa', birthDate: parseBirthDate('1990') };
    const d = { fullName: 'Nguyễn Văn Hoà', birthDate: parseBirthDate('1990-05-13') };
    const e = { fullName: 'Nguyễn Văn Hoà', birthDate: parseBirthDate('1991') };
    expect(isDuplicateCandidate(a, b)).toBe(true);
    expect(isDuplicateCandidate(a, c)).toBe(true);
    expect(isDuplicateCandidate(a, d)).toBe(false);
    expect(isDuplicateCandidate(a, e)).toBe(false);
    expect(isDuplicateCandidate(a, { fullName: 'Nguyễn Văn Hoà', birthDate: null })).toBe(false);
    expect(duplicateKey(a.fullName, a.birthDate)).toBe('nguyen van hoa|1990');
    expect(duplicateKey(c.fullName, c.birthDate)).toBe(duplicateKey(b.fullName, b.birthDate));
    expect(duplicateKey('Hoà', null)).toBe('hoa|');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cccdProvinces } from './cccd-provinces.ts';
import { ethnicGroups } from './ethnic-groups.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../data/reference-lists/${name}`, import.meta.url), 'utf8')) as {
    items: Record<string, unknown>[];
  };

describe('embedded reference tables equal data/reference-lists', () => {
  it('CCCD province codes (63)', () => {
    const ref = read('cccd_province_codes.json').items;
    expect(cccdProvinces).toHaveLength(63);
    expect(cccdProvinces).toEqual(
      ref.map((i) => ({ code: i.code, province: i.province, provinceType: i.provinceType })),
    );
    expect(cccdProvinces.find((p) => p.code === '062')?.province).toBe('Kon Tum');
    expect(cccdProvinces.find((p) => p.code === '051')?.province).toBe('Quảng Ngãi');
  });

  it('the 54 ethnic groups (QĐ 1019/QĐ-TCTK order)', () => {
    const ref = read('ethnic_groups.json').items;
    expect(ethnicGroups).toHaveLength(54);
    expect(ethnicGroups).toEqual(
      ref.map((i) => ({
        code: i.code,
        name: i.name,
        code1979: i.code1979,
        spellingVariants: i.spellingVariants ?? [],
      })),
    );
    expect(new Set(ethnicGroups.map((g) => g.code)).size).toBe(54);
    expect(ethnicGroups.every((g) => g.name === g.name.normalize('NFC'))).toBe(true);
    expect(ethnicGroups[0]).toMatchObject({ code: '01', name: 'Kinh' });
    expect(ethnicGroups[53]).toMatchObject({ code: '54', name: 'Ơ Đu' });
  });
});

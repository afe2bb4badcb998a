import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoDataDir } from '../../platform/data-dir.ts';
import { type HistoryEvent, type SnapshotUnit, unitVersions } from './unit-history.ts';

const read = <T>(f: string) =>
  JSON.parse(readFileSync(path.join(repoDataDir, 'admin-units', f), 'utf8')) as T;
const versions = unitVersions(
  read<SnapshotUnit[]>('kontum_units_2023.json'),
  read<{ events: HistoryEvent[] }>('kontum_history.json').events,
  '2025-06-30',
);
const at = (date: string) => versions.filter((v) => v.validFrom <= date && v.validTo >= date);

describe('unit versions rebuilt from the GSO history', () => {
  it('keeps the 113 units of the plan period', () => {
    expect(at('2024-01-01')).toHaveLength(113);
  });
  it('has Thị xã Kon Tum until 10/4/2009 and Thành phố Kon Tum after', () => {
    expect(at('2009-04-10').find((v) => v.code === '608')).toMatchObject({
      name: 'Thị xã Kon Tum',
      type: 'thi_xa',
    });
    expect(at('2009-04-11').find((v) => v.code === '608')).toMatchObject({
      name: 'Thành phố Kon Tum',
      type: 'thanh_pho',
    });
  });
  it('turns Xã Đắk Long into Thị trấn Măng Đen on the legal date 01/9/2019', () => {
    expect(at('2019-08-31').find((v) => v.code === '23473')).toMatchObject({
      name: 'Xã Đắk Long',
      type: 'xa',
      shortName: 'Đắk Long',
    });
    expect(at('2019-09-01').find((v) => v.code === '23473')).toMatchObject({
      name: 'Thị trấn Măng Đen',
      type: 'thi_tran',
    });
  });
  it('moves the Tu Mơ Rông communes out of Đắk Tô on 24/6/2005', () => {
    expect(at('2005-06-23').find((v) => v.code === '23410')?.parentCode).toBe('612');
    expect(at('2005-06-24').find((v) => v.code === '23410')?.parentCode).toBe('617');
  });
  it('gives every unit of every date a parent that exists that day, with no overlapping versions', () => {
    for (const date of ['2004-08-31', '2005-06-24', '2008-01-01', '2014-01-01', '2019-09-01', '2025-06-30']) {
      const units = at(date);
      const codes = new Set(units.map((u) => u.code));
      expect(codes.size, date).toBe(units.length);
      for (const u of units)
        if (u.parentCode) expect(codes.has(u.parentCode), `${date} ${u.code}`).toBe(true);
    }
    expect(at('2008-01-01')).toHaveLength(106);
  });
});

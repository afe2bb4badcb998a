import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoDataDir } from '../../platform/data-dir.ts';
import { absorptionLinks, type HistoryEvent, type SnapshotUnit, unitVersions } from './unit-history.ts';

const read = <T>(f: string) =>
  JSON.parse(readFileSync(path.join(repoDataDir, 'admin-units', f), 'utf8')) as T;
const opts = { snapshotDate: '2023-04-10', lastDay: '2025-06-30' };
const versions = unitVersions(
  read<SnapshotUnit[]>('kontum_units_2023.json'),
  read<{ events: HistoryEvent[] }>('kontum_history.json').events,
  opts,
);
const at = (date: string) => versions.filter((v) => v.validFrom <= date && v.validTo >= date);
const qnEvents = read<{ events: HistoryEvent[] }>('quangngai_history.json').events;
const qn = unitVersions(read<SnapshotUnit[]>('quangngai_units_2023.json'), qnEvents, opts);
const qnAt = (date: string) => qn.filter((v) => v.validFrom <= date && v.validTo >= date);

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

describe('old tỉnh Quảng Ngãi rebuilt from its GSO history', () => {
  const communes = (date: string) => qnAt(date).filter((v) => v.level === 3);
  it('has the 2023 tree of 1 + 13 + 173 units, and 170 communes after 1279/NQ-UBTVQH15', () => {
    expect(qnAt('2023-04-10')).toHaveLength(187);
    expect(qnAt('2023-04-10').filter((v) => v.level === 2)).toHaveLength(13);
    expect(communes('2024-12-31')).toHaveLength(173);
    expect(communes('2025-01-01')).toHaveLength(170);
    expect(communes('2025-06-30')).toHaveLength(170);
  });
  it('dates the 1279/NQ-UBTVQH15 changes by the GSO data (01/01/2025): its legal date is unverified', () => {
    expect(qnAt('2024-12-31').find((v) => v.code === '21262')?.name).toBe('Xã Nghĩa An');
    expect(qnAt('2025-01-01').find((v) => v.code === '21262')).toMatchObject({
      name: 'Xã An Phú',
      shortName: 'An Phú',
    });
    const links = absorptionLinks(qnEvents).filter((l) => l.date === '2025-01-01');
    expect(links.map((l) => `${l.oldCode}→${l.newCode}`)).toEqual([
      '21253→21262',
      '21286→21238',
      '21403→21406',
    ]);
    expect(links.every((l) => l.dateUnverified && l.legalBasis === '1279/NQ-UBTVQH15')).toBe(true);
  });
  it('keeps the units dissolved before 2023: huyện Tây Trà until 31/01/2020, xã Ba Chùa split in two', () => {
    expect(qnAt('2020-01-31').find((v) => v.code === '526')?.name).toBe('Huyện Tây Trà');
    expect(qnAt('2020-02-01').find((v) => v.code === '526')).toBeUndefined();
    expect(qnAt('2020-01-31').find((v) => v.code === '21157')).toMatchObject({
      name: 'Xã Trà Lãnh',
      parentCode: '526',
    });
    expect(qnAt('2020-02-01').find((v) => v.code === '21157')).toMatchObject({
      name: 'Xã Hương Trà',
      parentCode: '525',
    });
    const baChua = absorptionLinks(qnEvents).filter((l) => l.oldCode === '21514');
    expect(baChua.map((l) => [l.newCode, l.partial])).toEqual([
      ['21484', true],
      ['21499', true],
    ]);
  });
  it('gives every unit of every date a parent that exists that day, with no overlapping versions', () => {
    for (const date of ['2004-08-31', '2005-09-10', '2013-12-13', '2020-02-01', '2025-01-01', '2025-06-30']) {
      const units = qnAt(date);
      const codes = new Set(units.map((u) => u.code));
      expect(codes.size, date).toBe(units.length);
      for (const u of units)
        if (u.parentCode) expect(codes.has(u.parentCode), `${date} ${u.code}`).toBe(true);
    }
  });
  it('refuses a history that does not lead to the snapshot', () => {
    const snapshot = read<SnapshotUnit[]>('quangngai_units_2023.json').map((u) =>
      u.code === '21211' ? { ...u, name: 'Xã Khác' } : u,
    );
    expect(() => unitVersions(snapshot, qnEvents, opts)).toThrow('21211');
  });
});

import { describe, expect, it } from 'vitest';
import {
  communeClassCounts,
  defaultProvinceTargets,
  defineTarget,
  growth,
  nationalTargets,
  TargetConfigError,
  type TargetIndicator,
  targetProgress,
} from './targets.ts';

const byId = (id: string): TargetIndicator => {
  const t = [...nationalTargets, ...defaultProvinceTargets].find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe('targets', () => {
  it('carry their legal source and confidence', () => {
    const df = byId('drug_free_communes_2030');
    expect(df).toMatchObject({
      target: 50,
      direction: 'at_least',
      strict: false,
      byYear: 2030,
      confidence: 'likely',
    });
    expect(df.legalSource.documents).toEqual(['KL 132-KL/TW', 'NQ 93/NQ-CP']);
    expect(byId('addict_growth')).toMatchObject({ target: 1, direction: 'at_most', strict: true });
    expect(byId('addict_growth').legalSource.documents).toContain('NQ 163/2024/QH15');
    expect(byId('drug_use_places_eliminated')).toMatchObject({ target: 100, direction: 'at_least' });
    expect(byId('hotspots_eliminated_2025')).toMatchObject({ target: 80, strict: true, byYear: 2025 });
    for (const t of [...nationalTargets, ...defaultProvinceTargets]) {
      expect(t.title.vi && t.title.en && t.measure.vi && t.measure.en).toBeTruthy();
    }
  });

  it('≥ 50 % drug-free communes: 20 of 40 is met exactly, 19 is not', () => {
    const t = byId('drug_free_communes_2030');
    const p = targetProgress(t, { numerator: 20, denominator: 40 });
    expect(p).toMatchObject({ value: 50, target: 50, met: true, ratio: 1, status: 'met' });
    expect(p.statement.vi).toBe('50 %: đạt chỉ tiêu ≥ 50 %');
    const q = targetProgress(t, { numerator: 19, denominator: 40 });
    expect(q).toMatchObject({ met: false, status: 'not_met', ratio: 0.95 });
    expect(q.statement.vi).toBe('47,5 %: chưa đạt chỉ tiêu ≥ 50 %');
  });

  it('> 80 % hotspots eliminated: exactly 80 % is not enough', () => {
    const t = byId('hotspots_eliminated_2025');
    expect(targetProgress(t, { numerator: 8, denominator: 10 }).met).toBe(false);
    expect(targetProgress(t, { numerator: 81, denominator: 100 }).met).toBe(true);
    // Shown truncated: 79,999 % is not written as 80 %.
    expect(targetProgress(t, { numerator: 79_999, denominator: 100_000 }).statement.vi).toBe(
      '79,99 %: chưa đạt chỉ tiêu > 80 %',
    );
  });

  it('addict growth < 1 %/year: 1 % exactly is not met, 0,99 % and a fall are', () => {
    const t = byId('addict_growth');
    expect(targetProgress(t, growth(1000, 1010)).met).toBe(false);
    expect(targetProgress(t, growth(10_000, 10_099)).met).toBe(true);
    const fall = targetProgress(t, growth(1000, 950));
    expect(fall).toMatchObject({ met: true, value: -5 });
    expect(fall.statement.vi).toBe('-5 %: đạt chỉ tiêu < 1 %');
  });

  it('at most 0 new hotspots: a count', () => {
    const t = byId('province_no_new_hotspots');
    expect(targetProgress(t, 0)).toMatchObject({ met: true, ratio: null });
    expect(targetProgress(t, 2)).toMatchObject({ met: false, value: 2 });
  });

  it('handles missing data and a zero denominator', () => {
    const t = byId('drug_free_communes_2030');
    expect(targetProgress(t, null)).toMatchObject({ met: null, value: null, ratio: null, status: 'no_data' });
    expect(targetProgress(t, null).statement.vi).toBe('Chưa có số liệu (chỉ tiêu ≥ 50 %)');
    const z = targetProgress(t, { numerator: 0, denominator: 0 });
    expect(z.status).toBe('no_data');
    expect(z.statement.vi).toContain('Mẫu số bằng 0');
    expect(targetProgress(t, Number.NaN).status).toBe('no_data');
    expect(growth(null, 5)).toBeNull();
  });

  it('defineTarget: a province target from configuration, checked', () => {
    const t = defineTarget({
      id: 'kontum_drug_free_2026',
      levels: ['province'],
      title: { vi: 'Tỷ lệ xã không ma túy năm 2026', en: 'Drug-free communes in 2026' },
      measure: { vi: 'Xã không ma túy / tổng số xã', en: 'Drug-free communes / all communes' },
      unit: 'percent',
      direction: 'at_least',
      strict: false,
      target: 20,
      byYear: 2026,
      legalSource: {
        documents: ['KH 3220/KH-UBND'],
        signedOn: '2023-09-25',
        reference: 'province registration',
      },
      confidence: 'unconfirmed',
    });
    expect(t).toMatchObject({ scope: 'province', configured: true });
    try {
      defineTarget({ ...t, target: 120, byYear: 1999 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TargetConfigError);
      const issues = (e as TargetConfigError).issues;
      expect(issues.map((i) => i.path)).toEqual(['target', 'byYear']);
      expect(issues[0]!.vi).toBe(
        'Chỉ tiêu «Tỷ lệ xã không ma túy năm 2026» là tỷ lệ phần trăm, không vượt quá 100',
      );
    }
  });

  it('counts communes by class and gives the drug-free share for the 50 % target', () => {
    const counts = communeClassCounts([
      { communeClass: 'drug_free' },
      { communeClass: 'drug_free' },
      { communeClass: 'class_1' },
      { communeClass: 'not_classified' },
    ]);
    expect(counts).toMatchObject({ drug_free: 2, class_1: 1, not_classified: 1, total: 4 });
    expect(targetProgress(byId('drug_free_communes_2030'), counts.drugFreeShare).met).toBe(true);
  });
});

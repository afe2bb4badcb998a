import type { CommuneIndicatorCreate } from '@pcmt/contracts';
import type { DemoWorld } from '../../registers/register.ts';
import { hasDemoClassifications } from './classification.repository.ts';
import { communesByCode, unitIdOfCodeOn } from './commune.repository.ts';
import type { KeyAreaModule } from './key-area.module.ts';

type Figures = Omit<CommuneIndicatorCreate, 'unitId' | 'periodFrom' | 'periodTo'>;

/** Figures of a commune of 10 000 residents that QĐ 28/2025 (default thresholds) puts in each class. */
const FIGURES: Record<'class_1' | 'class_2' | 'class_3' | 'none' | 'drug_free', Figures> = {
  class_1: {
    population: 10_000,
    personsWithRecords: 80,
    addicts: 50,
    drugUseVenueCount: 3,
    arrestedOffenders: 15,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: true,
  },
  class_2: {
    population: 10_000,
    personsWithRecords: 40,
    addicts: 25,
    drugUseVenueCount: 1,
    arrestedOffenders: 7,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: false,
  },
  class_3: {
    population: 10_000,
    personsWithRecords: 15,
    addicts: 8,
    drugUseVenueCount: 0,
    arrestedOffenders: 1,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: false,
  },
  none: {
    population: 10_000,
    personsWithRecords: 5,
    addicts: 3,
    drugUseVenueCount: 0,
    arrestedOffenders: 0,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: false,
  },
  drug_free: {
    population: 10_000,
    personsWithRecords: 0,
    addicts: 0,
    drugUseVenueCount: 0,
    arrestedOffenders: 0,
    plantCount: 0,
    plantAreaM2: 0,
    onKeyRoute: false,
  },
};

const unitIdAt = (world: DemoWorld, code: string, on: string) => unitIdOfCodeOn(world.db, code, on);

/**
 * Demo key communes, written by the demo PC04 officer through the services (flagged demo): figures of the
 * first half of 2026 for five communes (one per class) classified on 30/6/2026 under QĐ 28/2025; the 2025 ward
 * Thắng Lợi classified on 30/6/2025 under QĐ 3122/2010 before it merged into Phường Kon Tum; Phường Kon Tum and
 * Xã Đăk Hà designated key areas on 15/7/2026. Once only.
 */
export async function keyAreaDemo(m: KeyAreaModule, world: DemoWorld): Promise<number> {
  if (await hasDemoClassifications(world.db)) return 0;
  const pc04 = await world.actorOf('DEMO-PC04');
  const on = '2026-06-30';
  const kontum = await unitIdAt(world, '23293', on);
  const dakHa = await unitIdAt(world, '23500', on);
  if (!kontum || !dakHa) return 0;
  // Three more communes of the Kon Tum area valid that day, chosen deterministically.
  const others = (
    await communesByCode(world.db, { on, prefix: '23', except: ['23293', '23500'], limit: 3 })
  ).map((id) => ({ id }));
  const plan: [string, keyof typeof FIGURES][] = [
    [kontum, 'class_1'],
    [dakHa, 'class_2'],
    ...others.map(
      (o, i) => [o.id, (['class_3', 'none', 'drug_free'] as const)[i]!] as [string, keyof typeof FIGURES],
    ),
  ];
  let written = 0;
  const basis = new Map<string, string>();
  for (const [unitId, cls] of plan) {
    await m.indicators.create(
      pc04,
      {
        unitId,
        periodFrom: '2026-01-01',
        periodTo: on,
        ...FIGURES[cls],
        sourceNote: 'Báo cáo 6 tháng đầu năm 2026 của Công an xã (số liệu mẫu)',
      },
      { isDemo: true },
    );
    const [run] = await m.classifications.run(pc04, { on, unitId }, { isDemo: true });
    if (run) basis.set(unitId, run.id);
    written += 2;
  }
  // Before the reorganisation: the old ward, the old rule set.
  const thangLoi = await unitIdAt(world, '23293', '2025-06-30');
  if (thangLoi) {
    await m.indicators.create(
      pc04,
      {
        unitId: thangLoi,
        periodFrom: '2025-01-01',
        periodTo: '2025-06-30',
        addicts: 110,
        personsWithRecords: 140,
        population: 12_000,
        plantCount: 0,
        plantAreaM2: 0,
        drugUseVenueCount: 2,
        arrestedOffenders: 9,
        onKeyRoute: true,
        sourceNote: 'Báo cáo 6 tháng đầu năm 2025 của Công an phường Thắng Lợi (số liệu mẫu)',
      },
      { isDemo: true },
    );
    await m.classifications.run(pc04, { on: '2025-06-30', unitId: thangLoi }, { isDemo: true });
    written += 2;
  }
  for (const unitId of [kontum, dakHa]) {
    const id = basis.get(unitId);
    if (!id) continue;
    await m.areas.create(
      pc04,
      {
        basisClassificationId: id,
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2026-07-15',
        decisionIssuer: 'UBND tỉnh Quảng Ngãi',
        note: 'Địa bàn trọng điểm, phức tạp về ma túy năm 2026 (dữ liệu mẫu)',
        citations: ['Kế hoạch 3220/KH-UBND'],
      },
      { isDemo: true },
    );
    written += 1;
  }
  return written;
}

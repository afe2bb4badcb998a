import type { PlantSpecies, PlantTransition } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { PlantService } from './plant.service.ts';

type DemoPlant = {
  agency: string;
  /** A commune code of today. */
  unit: string;
  species: PlantSpecies;
  speciesName?: string;
  daysAgo: number;
  place: string;
  areaM2?: number;
  plantCount?: number;
  stage?: 'seedling' | 'growing' | 'flowering' | 'fruiting';
  detectedBy: string;
  grower?: string;
  /** After detection: destroyed n days later, or handed over n days later. */
  destroyedAfter?: number;
  handedOverAfter?: number;
};

/** Fictitious detections ("(mẫu)") across the demo communes and agencies, in every status. */
const DEMO: DemoPlant[] = [
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    species: 'opium_poppy',
    daysAgo: 75,
    place: 'Nương rẫy giáp biên, cách mốc 736 khoảng 2 km (mẫu)',
    areaM2: 1250.5,
    plantCount: 18000,
    stage: 'flowering',
    detectedBy: 'Tổ tuần tra Đồn Biên phòng Bờ Y (mẫu)',
    grower: 'A Lâm (mẫu)',
    destroyedAfter: 1,
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    species: 'opium_poppy',
    daysAgo: 20,
    place: 'Khe suối thôn Đăk Mế, xen canh ngô (mẫu)',
    areaM2: 320,
    stage: 'growing',
    detectedBy: 'Đồn Biên phòng Bờ Y phối hợp Công an xã (mẫu)',
    handedOverAfter: 2,
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    species: 'cannabis',
    daysAgo: 40,
    place: 'Vườn sau nhà, tổ 5 (mẫu)',
    plantCount: 37,
    stage: 'growing',
    detectedBy: 'Công an phường Kon Tum (mẫu)',
    grower: 'Nguyễn Văn Trồng (mẫu)',
    destroyedAfter: 0,
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    species: 'cannabis',
    daysAgo: 6,
    place: 'Bãi bồi ven sông Đăk Bla (mẫu)',
    areaM2: 45.25,
    plantCount: 120,
    stage: 'seedling',
    detectedBy: 'Tổ tự quản thôn và Công an phường (mẫu)',
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    species: 'kratom',
    daysAgo: 120,
    place: 'Rẫy cà phê thôn 4, trồng xen (mẫu)',
    plantCount: 12,
    detectedBy: 'Công an xã Đăk Hà (mẫu)',
    destroyedAfter: 3,
  },
  {
    agency: 'DEMO-PC04',
    unit: '23500',
    species: 'other',
    speciesName: 'Cây lá khát (nghi vấn, chờ giám định) (mẫu)',
    daysAgo: 10,
    place: 'Nhà kính trồng rau, thôn 7 (mẫu)',
    areaM2: 60,
    detectedBy: 'Phòng PC04 (mẫu)',
  },
];

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export async function plantDemo(service: PlantService, world: DemoWorld): Promise<number> {
  // Once only: running the seed again must not double the register.
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from narcotic_plant where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  const communes = await queryRows<{ id: string; code: string }>(
    world.db,
    sql`select id, code from unit where valid_to is null and type in ('xa', 'phuong', 'thi_tran', 'dac_khu')`,
  );
  let written = 0;
  for (const d of DEMO) {
    const unitId = communes.find((c) => c.code === d.unit)?.id;
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    const detectedOn = addDays(today, -d.daysAgo);
    const p = await service.create(
      actor,
      {
        species: d.species,
        speciesName: d.speciesName ?? null,
        detectedOn,
        place: d.place,
        unitId,
        areaM2: d.areaM2 ?? null,
        plantCount: d.plantCount ?? null,
        growthStage: d.stage ?? null,
        detectedBy: d.detectedBy,
        growerName: d.grower ?? null,
      },
      { isDemo: true },
    );
    let move: PlantTransition | null = null;
    if (d.destroyedAfter !== undefined)
      move = {
        to: 'destroyed',
        on: addDays(detectedOn, d.destroyedAfter),
        method: d.species === 'opium_poppy' ? 'uproot' : 'burn',
        destroyedBy: `${d.detectedBy}, UBND xã (mẫu)`,
        witnesses: 'Trưởng thôn, đại diện Mặt trận xã (mẫu)',
        recordNumber: `${10 + written}/BB-TP`,
        reason: 'Triệt phá toàn bộ diện tích phát hiện (mẫu)',
        version: p.version,
      };
    if (d.handedOverAfter !== undefined)
      move = {
        to: 'handed_over',
        on: addDays(detectedOn, d.handedOverAfter),
        receiver: 'Cơ quan CSĐT Công an tỉnh (mẫu)',
        reason: 'Có dấu hiệu tội trồng cây thuốc phiện (Điều 247 BLHS) (mẫu)',
        version: p.version,
      };
    if (move) await service.transition(actor, p.id, move);
    written += 1;
  }
  return written;
}

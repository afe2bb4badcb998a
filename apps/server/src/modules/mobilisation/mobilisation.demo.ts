import type { EngagementKind, ModelKind, PrestigeRole, Religion } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { PrestigiousPersonService } from './prestigious-person.service.ts';
import type { PreventionModelService } from './prevention-model.service.ts';

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const communeId = async (world: DemoWorld, code: string) =>
  (
    await queryRows<{ id: string }>(
      world.db,
      sql`select id from unit where valid_to is null and code = ${code} limit 1`,
    )
  )[0]?.id;

type DemoPerson = {
  agency: string;
  unit: string;
  fullName: string;
  role: PrestigeRole;
  religion?: Religion;
  title?: string;
  ethnicity: string;
  village: string;
  phone?: string;
  engagements: [daysAgo: number, kind: EngagementKind, content: string, persuaded?: number][];
  inactiveDaysAgo?: number;
};

/** Fictitious persons ("(mẫu)") in the demo communes, with engagements of every kind. */
const PERSONS: DemoPerson[] = [
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    fullName: 'A Thút (mẫu)',
    role: 'village_elder',
    ethnicity: '12',
    village: 'Làng Plei Đôn',
    phone: '0987123456',
    engagements: [
      [50, 'propaganda', 'Nói chuyện về tác hại của ma túy tổng hợp tại nhà rông', 0],
      [20, 'persuade_rehab', 'Vận động 2 thanh niên trong làng tự nguyện cai nghiện', 2],
    ],
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    fullName: 'Nguyễn Văn Phúc (mẫu)',
    role: 'religious_dignitary',
    religion: 'catholicism',
    title: 'Linh mục quản xứ',
    ethnicity: '01',
    village: 'Tổ dân phố 5',
    engagements: [[35, 'propaganda', 'Lồng ghép tuyên truyền phòng, chống ma túy sau thánh lễ', 0]],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    fullName: 'Y Hoa (mẫu)',
    role: 'clan_head',
    ethnicity: '11',
    village: 'Làng Kon Klor',
    engagements: [
      [15, 'mediation', 'Hòa giải mâu thuẫn gia đình có người sử dụng ma túy', 0],
      [5, 'information', 'Cung cấp thông tin về nhóm thanh niên tụ tập sử dụng ma túy ven sông', 0],
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    fullName: 'A Blưu (mẫu)',
    role: 'recognised',
    ethnicity: '16',
    village: 'Thôn Kon Gung',
    phone: '0912345678',
    engagements: [
      [60, 'surrender', 'Vận động người dân giao nộp cây thuốc phiện trồng xen trong rẫy', 0],
      [25, 'persuade_rehab', 'Vận động 1 người nghiện đi cai nghiện tự nguyện tại cơ sở', 1],
    ],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    fullName: 'Đinh Văn Hùng (mẫu)',
    role: 'village_head',
    ethnicity: '12',
    village: 'Thôn 3',
    engagements: [[200, 'propaganda', 'Tuyên truyền qua loa truyền thanh thôn', 0]],
    inactiveDaysAgo: 90,
  },
];

type DemoModel = {
  agency: string;
  unit: string;
  name: string;
  kind: ModelKind;
  startedDaysAgo: number;
  host: string;
  members: number;
  results: [daysAgo: number, content: string, events: number, participants: number, persuaded: number][];
  pausedDaysAgo?: number;
  rating?: 'good' | 'fair' | 'weak';
};
const MODELS: DemoModel[] = [
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    name: 'Làng Plei Đôn không có ma túy (mẫu)',
    kind: 'drug_free_village',
    startedDaysAgo: 400,
    host: 'Ban Công tác Mặt trận làng Plei Đôn',
    members: 15,
    rating: 'good',
    results: [
      [200, 'Sơ kết 6 tháng: không phát sinh người sử dụng ma túy mới', 6, 320, 1],
      [30, 'Sinh hoạt quý: tuyên truyền tại nhà rông', 3, 150, 2],
    ],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    name: 'Câu lạc bộ Thanh niên nói không với ma túy (mẫu)',
    kind: 'club',
    startedDaysAgo: 120,
    host: 'Đoàn Thanh niên phường',
    members: 40,
    results: [[10, 'Tổ chức giao lưu, thi tìm hiểu về ma túy tổng hợp', 2, 180, 0]],
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    name: 'Tổ tự quản Thôn Kon Gung (mẫu)',
    kind: 'self_managed_group',
    startedDaysAgo: 300,
    host: 'Công an xã Đăk Hà',
    members: 9,
    pausedDaysAgo: 40,
    rating: 'fair',
    results: [[100, 'Tuần tra, phát hiện và báo tin 2 vụ tụ tập sử dụng ma túy', 8, 60, 1]],
  },
];

export async function prestigeDemo(service: PrestigiousPersonService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from prestigious_person where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  let written = 0;
  for (const d of PERSONS) {
    const unitId = await communeId(world, d.unit);
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    let p = await service.create(
      actor,
      {
        fullName: d.fullName,
        role: d.role,
        religion: d.religion ?? null,
        title: d.title ?? null,
        ethnicity: d.ethnicity,
        unitId,
        village: d.village,
        decisionNumber: d.role === 'recognised' ? '1234/QĐ-UBND' : null,
        decisionDate: addDays(today, -365),
        phone: d.phone ?? null,
      },
      { isDemo: true },
    );
    for (const [daysAgo, kind, content, persuaded] of d.engagements)
      p = (
        await service.engage(
          actor,
          p.id,
          { on: addDays(today, -daysAgo), kind, content, personsPersuaded: persuaded ?? null },
          { isDemo: true },
        )
      ).person;
    if (d.inactiveDaysAgo)
      await service.transition(actor, p.id, {
        to: 'inactive',
        on: addDays(today, -d.inactiveDaysAgo),
        reason: 'Chuyển nơi cư trú khỏi địa bàn',
        version: p.version,
      });
    written += 1;
  }
  return written;
}

export async function modelDemo(service: PreventionModelService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from prevention_model where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  let written = 0;
  for (const d of MODELS) {
    const unitId = await communeId(world, d.unit);
    if (!unitId) continue;
    const actor = await world.actorOf(d.agency);
    let m = await service.create(
      actor,
      {
        name: d.name,
        kind: d.kind,
        unitId,
        startedOn: addDays(today, -d.startedDaysAgo),
        hostAgency: d.host,
        membersCount: d.members,
        evaluation: d.rating ? 'Sơ kết: mô hình duy trì sinh hoạt đều, được người dân hưởng ứng' : null,
        rating: d.rating ?? null,
      },
      { isDemo: true },
    );
    for (const [daysAgo, content, eventsHeld, participants, personsPersuaded] of d.results)
      m = (
        await service.report(
          actor,
          m.id,
          { on: addDays(today, -daysAgo), content, eventsHeld, participants, personsPersuaded },
          { isDemo: true },
        )
      ).model;
    if (d.pausedDaysAgo)
      await service.transition(actor, m.id, {
        to: 'paused',
        on: addDays(today, -d.pausedDaysAgo),
        reason: 'Tạm dừng do thay đổi tổ trưởng',
        version: m.version,
      });
    written += 1;
  }
  return written;
}

import type { MassEventCreate, PropagandaCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import { addDays } from './activity-rules.ts';
import type { MassEventService } from './mass-event.service.ts';
import type { PropagandaService } from './propaganda.service.ts';

type Demo<T> = { agency: string; unit: string; daysAgo: number; body: Omit<T, 'unitId' | 'dateFrom' | 'on'> };

/** Fictitious sessions ("(mẫu)") by each kind of agency that runs propaganda, one still planned. */
const SESSIONS: Demo<PropagandaCreate>[] = [
  {
    agency: 'DEMO-SO-YTE',
    unit: '23293',
    daysAgo: 160,
    body: {
      title: 'Hội nghị tuyên truyền tác hại của ma túy tổng hợp cho học sinh (mẫu)',
      organizer: 'Sở Y tế phối hợp Sở Giáo dục và Đào tạo (mẫu)',
      place: 'Trường THPT Kon Tum',
      forms: ['conference', 'school', 'leaflet'],
      targetGroups: ['students', 'youth'],
      participants: 420,
      languages: ['01'],
      materials: 500,
      materialsNote: 'Tờ rơi «Nói không với ma túy tổng hợp»',
      topics: ['synthetic_drugs', 'harms'],
    },
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    daysAgo: 45,
    body: {
      title: 'Tuyên truyền trên loa truyền thanh tổ dân phố (mẫu)',
      organizer: 'Công an phường Kon Tum (mẫu)',
      forms: ['loudspeaker', 'community'],
      targetGroups: ['high_risk', 'workers'],
      participants: 150,
      languages: ['01'],
      topics: ['law', 'treatment'],
      reach: 3000,
    },
  },
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 155,
    body: {
      title: 'Sân khấu hóa «Tuổi trẻ nói không với ma túy» (mẫu)',
      organizer: 'UBND phường Kon Tum, Đoàn Thanh niên (mẫu)',
      place: 'Nhà văn hóa phường',
      forms: ['staged'],
      targetGroups: ['youth'],
      participants: 300,
      languages: ['01'],
      topics: ['harms', 'synthetic_drugs'],
    },
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    daysAgo: 20,
    body: {
      title: 'Tuyên truyền tại nhà rông làng bằng tiếng Xơ Đăng và Ba Na (mẫu)',
      organizer: 'Công an xã Đăk Hà (mẫu)',
      place: 'Nhà rông làng Kon Stiu',
      forms: ['community', 'leaflet'],
      targetGroups: ['ethnic_minorities', 'border_remote'],
      participants: 85,
      languages: ['16', '12'],
      materials: 120,
      topics: ['new_plants', 'law'],
      content: 'Nhận biết cây có chứa chất ma túy (cây cần sa, cây thuốc phiện) và nghĩa vụ trình báo.',
    },
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    daysAgo: 60,
    body: {
      title: 'Tuyên truyền cho đồng bào thôn biên giới (mẫu)',
      organizer: 'Đồn Biên phòng Cửa khẩu quốc tế Bờ Y (mẫu)',
      forms: ['community', 'poster'],
      targetGroups: ['border_remote', 'ethnic_minorities'],
      participants: 60,
      languages: ['29', '01'],
      languageOther: 'Tiếng Brâu (người phiên dịch của thôn)',
      materials: 40,
      topics: ['synthetic_drugs', 'law'],
    },
  },
  {
    agency: 'DEMO-PC04',
    unit: '51',
    daysAgo: 10,
    body: {
      title: 'Loạt bài trên trang Công an tỉnh về thủ đoạn mới của tội phạm ma túy (mẫu)',
      organizer: 'Phòng PC04 Công an tỉnh (mẫu)',
      forms: ['social_media', 'press_broadcast'],
      targetGroups: ['youth'],
      participants: 0,
      languages: ['01'],
      topics: ['synthetic_drugs', 'other'],
      topicOther: 'Ma túy trộn trong thực phẩm, nước uống',
      reach: 48000,
    },
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    daysAgo: -14,
    body: {
      title: 'Tuyên truyền tại Trường THCS Nguyễn Huệ — kế hoạch (mẫu)',
      organizer: 'Công an phường Kon Tum (mẫu)',
      forms: ['school'],
      targetGroups: ['students'],
      topics: ['harms'],
      status: 'planned',
    },
  },
];

const EVENTS: Demo<MassEventCreate>[] = [
  {
    agency: 'DEMO-UBND-KONTUM',
    unit: '23293',
    daysAgo: 157,
    body: {
      title: 'Mít tinh hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6 (mẫu)',
      kind: 'drug_day_rally',
      organizer: 'UBND phường Kon Tum (mẫu)',
      place: 'Quảng trường 16/3',
      participants: 700,
      content: 'Diễu hành, ký cam kết gia đình không có ma túy',
      results: '350 hộ ký cam kết',
    },
  },
  {
    agency: 'DEMO-CA-DAKHA',
    unit: '23500',
    daysAgo: 182,
    body: {
      title: 'Mít tinh hưởng ứng Tháng hành động phòng, chống ma túy 6/2026 (mẫu)',
      kind: 'action_month_rally',
      organizer: 'Công an xã Đăk Hà (mẫu)',
      participants: 250,
    },
  },
  {
    agency: 'DEMO-BP-BOY',
    unit: '23377',
    daysAgo: 105,
    body: {
      title: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc thôn biên giới (mẫu)',
      kind: 'festival',
      organizer: 'Đồn Biên phòng Bờ Y và UBND xã (mẫu)',
      participants: 180,
      results: 'Ra mắt tổ tự quản phòng, chống ma túy',
    },
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unit: '23293',
    daysAgo: -20,
    body: {
      title: 'Phát động phong trào toàn dân bảo vệ ANTQ năm 2027 — kế hoạch (mẫu)',
      kind: 'movement_launch',
      organizer: 'Công an phường Kon Tum (mẫu)',
      status: 'planned',
    },
  },
];

async function unitsByCode(world: DemoWorld) {
  const rows = await queryRows<{ id: string; code: string }>(
    world.db,
    sql`select id, code from unit where valid_to is null and (code like '23%' or code = '51')`,
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function propagandaDemo(service: PropagandaService, world: DemoWorld): Promise<number> {
  // Once only: running the seed again must not double the register.
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from propaganda_activity where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const units = await unitsByCode(world);
  let written = 0;
  for (const d of SESSIONS) {
    const unitId = units.get(d.unit);
    if (!unitId) continue;
    const dateFrom = addDays(todayInVietnam(), -d.daysAgo);
    await service.create(await world.actorOf(d.agency), { ...d.body, unitId, dateFrom }, { isDemo: true });
    written += 1;
  }
  return written;
}

export async function massEventDemo(service: MassEventService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from mass_event where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const units = await unitsByCode(world);
  let written = 0;
  for (const d of EVENTS) {
    const unitId = units.get(d.unit);
    if (!unitId) continue;
    const on = addDays(todayInVietnam(), -d.daysAgo);
    await service.create(await world.actorOf(d.agency), { ...d.body, unitId, on }, { isDemo: true });
    written += 1;
  }
  return written;
}

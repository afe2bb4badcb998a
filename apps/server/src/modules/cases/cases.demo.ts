import type { CaseCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/clock.ts';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import { createCampaignService } from './campaign.service.ts';
import type { CaseService } from './case.service.ts';
import { createProjectService } from './project.service.ts';

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

type DemoCase = { agency: string; unit: string; daysAgo: number; inProject?: boolean } & Omit<
  CaseCreate,
  'unitId' | 'openedOn' | 'projectId'
>;

/** Fictitious cases "(mẫu)" in Phường Kon Tum and Xã Đăk Hà, inside and before the demo campaign. */
const demoCases = (today: string): DemoCase[] => {
  const on = (n: number) => addDays(today, -n);
  return [
    {
      agency: 'DEMO-CA-KONTUM',
      unit: '23293',
      daysAgo: 20,
      number: '12/VA-KT (mẫu)',
      summary: 'Bắt quả tang đối tượng tàng trữ heroin tại nhà trọ ven sông Đăk Bla (mẫu)',
      charges: [{ article: '249', clause: 1 }],
      suspects: [
        { name: 'Nguyễn Văn Tâm (mẫu)', birthYear: 1994, arrestedOn: on(20), arrestKind: 'caught_in_act' },
      ],
      seizures: [{ on: on(20), drugType: 'heroin', measure: 'g', quantity: 3.42 }],
    },
    {
      agency: 'DEMO-CA-KONTUM',
      unit: '23293',
      daysAgo: 12,
      number: '15/VA-KT (mẫu)',
      summary: 'Mua bán ma túy tổng hợp tại quán bar (mẫu)',
      charges: [{ article: '251', clause: 2 }],
      suspects: [
        { name: 'Trần Văn Hùng (mẫu)', birthYear: 1990, arrestedOn: on(12), arrestKind: 'caught_in_act' },
        { name: 'Lê Thị Mai (mẫu)', birthYear: 1998, arrestedOn: on(10), arrestKind: 'urgent' },
      ],
      seizures: [
        { on: on(12), drugType: 'mdma', measure: 'vien', quantity: 150 },
        { on: on(12), drugType: 'meth_crystal', measure: 'g', quantity: 25.8 },
      ],
    },
    {
      agency: 'DEMO-PC04',
      unit: '23500',
      daysAgo: 8,
      inProject: true,
      number: '03/VA-PC04 (mẫu)',
      summary: 'Vận chuyển heroin từ biên giới về Xã Đăk Hà — chuyên án (mẫu)',
      charges: [
        { article: '250', clause: 3 },
        { article: '251', clause: 1 },
      ],
      suspects: [
        { name: 'Y Blông (mẫu)', birthYear: 1987, arrestedOn: on(8), arrestKind: 'warrant' },
        { name: 'A Thiết (mẫu)', birthYear: 1992 },
      ],
      seizures: [
        { on: on(8), drugType: 'heroin', measure: 'banh', quantity: 2 },
        { on: on(8), drugType: 'heroin', measure: 'kg', quantity: 0.35 },
      ],
    },
    {
      agency: 'DEMO-CA-DAKHA',
      unit: '23500',
      daysAgo: 70,
      number: '02/VA-DH (mẫu)',
      summary: 'Trồng cây cần sa trong rẫy cà phê (mẫu), trước đợt cao điểm',
      charges: [{ article: '247', clause: 1 }],
      suspects: [
        { name: 'Rơ Châm H’Bia (mẫu)', birthYear: 1979, arrestedOn: on(70), arrestKind: 'caught_in_act' },
      ],
      seizures: [
        { on: on(70), drugType: 'cannabis', measure: 'cay', quantity: 620 },
        { on: on(70), drugType: 'cannabis', measure: 'm2', quantity: 180 },
      ],
    },
  ];
};

/**
 * The demo's cases, a chuyên án of PC04 linked to a demo ring when one exists, and a running peak campaign of
 * the province over both communes with targets (its results come from the cases above). Written once.
 */
export async function caseDemo(service: CaseService, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from criminal_case where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const today = todayInVietnam();
  const units = await queryRows<{ id: string; code: string }>(
    world.db,
    sql`select id, code from unit where valid_to is null and code in ('23293', '23500', '51')`,
  );
  const unitOf = (code: string) => units.find((u) => u.code === code)?.id;
  const province = unitOf('51');
  const pc04 = await world.actorOf('DEMO-PC04');
  const [ring] = await queryRows<{ id: string }>(world.db, sql`select id from ring where is_demo limit 1`);
  const project = province
    ? await createProjectService(world.db).create(
        pc04,
        {
          name: 'Chuyên án QN-25 đường dây heroin biên giới (mẫu)',
          decisionNumber: '25/QĐ-PC04 (mẫu)',
          periodFrom: addDays(today, -30),
          unitId: province,
          ringId: ring?.id ?? null,
          summary: 'Đấu tranh đường dây vận chuyển heroin qua cửa khẩu Bờ Y (mẫu)',
        },
        { isDemo: true },
      )
    : null;
  let written = project ? 1 : 0;
  for (const d of demoCases(today)) {
    const unitId = unitOf(d.unit);
    if (!unitId) continue;
    const { agency, unit: _u, daysAgo, inProject, ...body } = d;
    await service.create(
      await world.actorOf(agency),
      {
        ...body,
        unitId,
        openedOn: addDays(today, -daysAgo),
        projectId: inProject ? (project?.id ?? null) : null,
      },
      { isDemo: true },
    );
    written += 1;
  }
  const communes = ['23293', '23500'].flatMap((c) => unitOf(c) ?? []);
  if (province && communes.length) {
    await createCampaignService(world.db).create(
      pc04,
      {
        name: 'Đợt cao điểm tấn công, trấn áp tội phạm ma túy (mẫu)',
        decisionNumber: 'KH 88/KH-CAT (mẫu)',
        periodFrom: addDays(today, -45),
        periodTo: addDays(today, 15),
        unitId: province,
        unitIds: communes,
        targets: [
          { indicator: 'cases_opened', target: 5 },
          { indicator: 'arrests', target: 6 },
          { indicator: 'seizure', family: 'mass', target: 500 },
          { indicator: 'seizure', drugType: 'mdma', family: 'tablets', target: 100 },
          { indicator: 'hotspots_eliminated', target: 1 },
        ],
      },
      { isDemo: true },
    );
    written += 1;
  }
  return written;
}

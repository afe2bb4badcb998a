import type { TipCategory, TipChannel, TipSource } from '@pcmt/contracts';
import { addDays, minDate, vnDateOf } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { TipModule } from './tip.module.ts';

type Step =
  | 'triage'
  | 'assign'
  | 'verify'
  | 'extend'
  | 'suspend'
  | 'resume'
  | 'prosecute'
  | 'decline'
  | 'pass'
  | 'dismiss'
  | 'reply';
type DemoTip = {
  agency: string;
  unitCode: string;
  daysAgo: number;
  channel: TipChannel;
  source: TipSource;
  externalRef?: string;
  category: TipCategory;
  content: string;
  reporter?: { name: string; phone: string };
  steps: Step[];
};

/**
 * Sample tips in every state, dated back from today so some are inside their windows, some due within days and
 * some past them (fictitious content, flagged as demo data). Written by the demo officers through the services.
 */
const DEMO: DemoTip[] = [
  {
    agency: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    daysAgo: 0,
    channel: 'phone',
    source: 'denunciation',
    category: 'trafficking',
    content:
      'Người gọi điện báo có người lạ giao nhận gói nhỏ trước quán nước đầu hẻm, tối nào cũng có (mẫu 1).',
    steps: [],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    daysAgo: 2,
    channel: 'hotline_zalo',
    source: 'denunciation',
    externalRef: 'ZL-0769-2026-0412',
    category: 'organising_use',
    content:
      'Tin nhắn Zalo đến đường dây nóng: nhà trọ cuối hẻm thường tụ tập thanh niên ban đêm, có mùi lạ (mẫu 2).',
    steps: [],
  },
  {
    agency: 'DEMO-CA-KONTUM',
    unitCode: '23293',
    daysAgo: 5,
    channel: 'vneid',
    source: 'denunciation',
    externalRef: 'VNEID-ANTT-88213',
    category: 'use',
    content: 'Phản ánh qua VNeID: nhóm thanh niên sử dụng ma túy tại bãi đất trống sau chợ (mẫu 3).',
    steps: ['triage'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 10,
    channel: 'letter',
    source: 'denunciation',
    category: 'trafficking',
    content: 'Đơn tố giác viết tay: đối tượng tên H. bán ma túy đá cho học sinh gần trường (mẫu 4).',
    reporter: { name: 'Nguyễn Thị Mẫu', phone: '0912000111' },
    steps: ['triage', 'assign', 'reply'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 18,
    channel: 'in_person',
    source: 'report',
    category: 'storage',
    content:
      'Trưởng thôn trình báo trực tiếp: phát hiện túi ni lông chứa chất bột trắng trong kho bỏ hoang (mẫu 5).',
    steps: ['triage', 'assign', 'verify'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23500',
    daysAgo: 40,
    channel: 'media',
    source: 'report',
    category: 'transport',
    content: 'Báo điện tử đưa tin xe khách tuyến biên giới chở hàng cấm; cần xác minh (mẫu 6).',
    steps: ['triage', 'assign', 'verify'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23500',
    daysAgo: 35,
    channel: 'phone',
    source: 'denunciation',
    category: 'cultivation',
    content: 'Người dân báo có trồng cây thuốc phiện xen trong rẫy sắn (mẫu 7).',
    steps: ['triage', 'assign', 'verify', 'extend'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 25,
    channel: 'qr_box',
    source: 'denunciation',
    category: 'trafficking',
    content: 'Hộp thư QR: nghi vấn mua bán qua mạng xã hội, giao hàng bằng xe ôm công nghệ (mẫu 8).',
    steps: ['triage', 'assign', 'verify', 'suspend'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23500',
    daysAgo: 60,
    channel: 'letter',
    source: 'prosecution_request',
    category: 'trafficking',
    content: 'Kiến nghị khởi tố của cơ quan kiểm lâm kèm biên bản thu giữ (mẫu 9).',
    steps: ['triage', 'assign', 'verify', 'suspend', 'resume'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 50,
    channel: 'phone',
    source: 'denunciation',
    category: 'trafficking',
    content: 'Tố giác điểm bán lẻ tại ki-ốt chợ đêm (mẫu 10).',
    steps: ['triage', 'assign', 'verify', 'prosecute'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23500',
    daysAgo: 45,
    channel: 'hotline_call',
    source: 'denunciation',
    category: 'use',
    content: 'Cuộc gọi đường dây nóng: nghi có người sử dụng ma túy trong quán karaoke (mẫu 11).',
    steps: ['triage', 'assign', 'verify', 'decline'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 12,
    channel: 'hotline_sms',
    source: 'report',
    category: 'other',
    content: 'Tin nhắn SMS về vụ trộm cắp tài sản, không thuộc lĩnh vực ma túy (mẫu 12).',
    steps: ['pass'],
  },
  {
    agency: 'DEMO-PC04',
    unitCode: '23293',
    daysAgo: 3,
    channel: 'zalo_box',
    source: 'denunciation',
    category: 'other',
    content: 'aaaaaaa (tin rác, mẫu 13)',
    steps: ['dismiss'],
  },
];

export async function tipDemo(m: TipModule, world: DemoWorld): Promise<number> {
  const [present] = await queryRows<{ n: number }>(
    world.db,
    sql`select count(*)::int as n from tip where is_demo`,
  );
  if ((present?.n ?? 0) > 0) return 0;
  const { desk, handling } = m;
  let written = 0;
  for (const d of DEMO) {
    const actor = await world.actorOf(d.agency);
    const [u] = await queryRows<{ id: string }>(
      world.db,
      sql`select id from unit where code = ${d.unitCode} and valid_to is null`,
    );
    if (!u) continue;
    const receivedAt = new Date(Date.now() - d.daysAgo * 86_400_000 - 3_600_000);
    const on = vnDateOf(receivedAt);
    const today = vnDateOf(new Date());
    const day = (n: number) => minDate(addDays(on, n), today);
    let t = await desk.create(
      actor,
      {
        channel: d.channel,
        externalRef: d.externalRef ?? null,
        source: d.source,
        form: d.channel === 'letter' ? 'written' : 'oral',
        receivedAt: receivedAt.toISOString(),
        content: d.content,
        place: { kind: 'unit', unitId: u.id },
        category: d.category,
        reporter: d.reporter ?? null,
      },
      { isDemo: true },
    );
    for (const s of d.steps) {
      const v = t.version;
      if (s === 'triage')
        t = await handling.triage(actor, t.id, {
          category: d.category,
          urgency: d.daysAgo > 30 ? 'high' : 'normal',
          version: v,
        });
      if (s === 'assign')
        t = await handling.assign(actor, t.id, {
          agencyId: t.agency.id,
          officer: 'Trinh sát viên (mẫu)',
          version: v,
        });
      if (s === 'verify') t = await handling.verify(actor, t.id, v);
      if (s === 'extend')
        t = await handling.extend(actor, t.id, {
          kind: 'extension',
          months: 2,
          on: day(15),
          reason: 'Vụ việc phức tạp, cần giám định mẫu thực vật',
          version: v,
        });
      if (s === 'suspend')
        t = await handling.suspend(actor, t.id, {
          on: day(8),
          ground: 'awaiting_expertise',
          reason: 'Chờ kết luận giám định chất thu giữ',
          version: v,
        });
      if (s === 'resume')
        t = await handling.resume(actor, t.id, {
          on: day(30),
          reason: 'Đã có kết luận giám định',
          version: v,
        });
      if (s === 'prosecute' || s === 'decline')
        t = await handling.outcome(actor, t.id, {
          outcome: s,
          on: day(s === 'prosecute' ? 15 : 25),
          decisionNumber: `${t.number}/QĐ`,
          reason: s === 'prosecute' ? 'Đủ căn cứ xác định có dấu hiệu tội phạm' : 'Không có sự việc phạm tội',
          version: v,
        });
      if (s === 'pass')
        t = await handling.outcome(actor, t.id, {
          outcome: 'transfer',
          on: day(1),
          reason: 'Không thuộc thẩm quyền',
          transferredTo: 'Đội Cảnh sát hình sự',
          version: v,
        });
      if (s === 'dismiss')
        t = await handling.dismiss(actor, t.id, { reason: 'spam', note: 'Nội dung vô nghĩa', version: v });
      if (s === 'reply')
        await desk.reply(
          actor,
          t.id,
          'Cơ quan Công an đã tiếp nhận và đang xác minh thông tin bạn cung cấp. Cảm ơn bạn.',
        );
    }
    written += 1;
  }
  return written;
}

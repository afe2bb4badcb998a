import type { DocumentCreate } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/rows.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { Actor } from '../access/actor.ts';
import { documentByNumber } from './document.repository.ts';
import type { DocumentService } from './document.service.ts';

/**
 * The real documents of the plan (sources: /work/shared/docs/reference/legal-notes.md and DOMAIN.md). Only
 * dates those sources give are filled; the others stay empty, never guessed:
 * - Chỉ thị 36-CT/TW: issue date 16/8/2019 (legal-notes §1); its effective date is not sourced.
 * - KH 120-KH/TU: 20/12/2019, Ban Thường vụ Tỉnh ủy Kon Tum (legal-notes §1, "Provincial Party Standing
 *   Committee"); effective date not sourced.
 * - KH 402/KH-UBND 14/02/2020 and KH 3959/KH-UBND 03/11/2021 (programme 2021–2025), UBND tỉnh Kon Tum.
 * - KH 3220/KH-UBND 25/9/2023, UBND tỉnh Kon Tum; only its summary is public.
 * - QĐ 1452/QĐ-TTg 31/8/2021, Chương trình PCMT 2021–2025 (Kon Tum implements it through KH 3959).
 * - Luật 73/2021/QH14: passed 30/3/2021, in force 01/01/2022 until 30/6/2026 (replaced by Luật 120/2025).
 * - Luật 120/2025/QH15: passed 10/12/2025, signed Trần Thanh Mẫn, in force 01/7/2026.
 * Signers of the plans are not in the sources: empty.
 */
const DOCUMENTS: DocumentCreate[] = [
  {
    kind: 'directive',
    number: '36-CT/TW',
    issuedOn: '2019-08-16',
    issuer: 'Bộ Chính trị',
    summary: 'Về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy',
  },
  {
    kind: 'plan',
    number: '120-KH/TU',
    issuedOn: '2019-12-20',
    issuer: 'Ban Thường vụ Tỉnh ủy Kon Tum',
    summary: 'Thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị trên địa bàn tỉnh Kon Tum',
  },
  {
    kind: 'plan',
    number: '402/KH-UBND',
    issuedOn: '2020-02-14',
    issuer: 'UBND tỉnh Kon Tum',
    summary:
      'Triển khai thực hiện Chỉ thị 36-CT/TW và Kế hoạch 120-KH/TU về phòng, chống và kiểm soát ma túy',
  },
  {
    kind: 'decision',
    number: '1452/QĐ-TTg',
    issuedOn: '2021-08-31',
    issuer: 'Thủ tướng Chính phủ',
    summary: 'Phê duyệt Chương trình phòng, chống ma túy giai đoạn 2021–2025',
  },
  {
    kind: 'plan',
    number: '3959/KH-UBND',
    issuedOn: '2021-11-03',
    issuer: 'UBND tỉnh Kon Tum',
    summary: 'Thực hiện Chương trình phòng, chống ma túy giai đoạn 2021–2025 trên địa bàn tỉnh',
  },
  {
    kind: 'plan',
    number: '3220/KH-UBND',
    issuedOn: '2023-09-25',
    issuer: 'UBND tỉnh Kon Tum',
    summary:
      'Về triển khai giải quyết điểm, tụ điểm và chuyển hóa địa bàn trọng điểm, phức tạp về ma túy tại các xã, phường, thị trấn trên địa bàn tỉnh',
    notes:
      'Chỉ có bản tóm tắt công khai (sotuphap.kontum.gov.vn); chỉ tiêu, thời hạn báo cáo chưa có toàn văn.',
  },
  {
    kind: 'law',
    number: '73/2021/QH14',
    issuedOn: '2021-03-30',
    issuer: 'Quốc hội',
    summary: 'Luật Phòng, chống ma túy',
    effectiveFrom: '2022-01-01',
  },
  {
    kind: 'law',
    number: '120/2025/QH15',
    issuedOn: '2025-12-10',
    issuer: 'Quốc hội',
    signer: 'Trần Thanh Mẫn',
    summary: 'Luật Phòng, chống ma túy (sửa đổi)',
    effectiveFrom: '2026-07-01',
  },
];

/** The plan's documents, written by the PC04 demo officer; Luật 73/2021 replaced by Luật 120/2025 on 01/7/2026. */
export async function documentDemo(service: DocumentService, world: DemoWorld): Promise<number> {
  const actor = await world.actorOf('DEMO-PC04');
  let written = 0;
  for (const d of DOCUMENTS) {
    // Once only, and never over a real record of the same number.
    if (await documentByNumber(world.db, d.number, d.issuer)) continue;
    await service.create(actor, d, { isDemo: true });
    written++;
  }
  const old = await documentByNumber(world.db, '73/2021/QH14', 'Quốc hội');
  const next = await documentByNumber(world.db, '120/2025/QH15', 'Quốc hội');
  if (old && next) {
    const law = await service.get(actor, old);
    if (law.status === 'in_force')
      await service.transition(actor, old, {
        to: 'replaced',
        on: '2026-07-01',
        replacedById: next,
        reason: 'Luật Phòng, chống ma túy số 120/2025/QH15 có hiệu lực từ 01/7/2026',
        version: law.version,
      });
  }
  await demoCitations(service, world, actor);
  return written;
}

/**
 * KH 3220/KH-UBND cited from a few demo hotspots, businesses and cases (the records the plan's work produces),
 * once: a record already citing it is skipped.
 */
async function demoCitations(service: DocumentService, world: DemoWorld, actor: Actor): Promise<void> {
  const plan = await documentByNumber(world.db, '3220/KH-UBND', 'UBND tỉnh Kon Tum');
  if (!plan) return;
  const records = await queryRows<{ type: string; id: string }>(
    world.db,
    sql`(select 'hotspot' as type, id::text from hotspot where is_demo order by created_at limit 3)
        union all (select 'business', id::text from business where is_demo order by created_at limit 2)
        union all (select 'case', id::text from criminal_case where is_demo order by created_at limit 2)`,
  );
  const cited = new Set(
    (
      await queryRows<{ id: string }>(
        world.db,
        sql`select record_id::text as id from document_citation where document_id = ${plan} and removed_at is null`,
      )
    ).map((r) => r.id),
  );
  // The seed has no register services at hand (no `recordReadable`): it cites only the demo records it has just
  // selected, as PC04, who reads hotspots, businesses and cases province-wide.
  const selected = new Set(records.map((r) => r.id));
  const reader = { readable: async (_: Actor, r: { recordId: string }) => selected.has(r.recordId) };
  for (const r of records) {
    if (cited.has(r.id)) continue;
    await service.cite(
      actor,
      plan,
      { recordType: r.type, recordId: r.id, note: 'Triển khai theo Kế hoạch 3220/KH-UBND (mẫu)' },
      reader,
      { isDemo: true },
    );
  }
}

import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { unit, unitLink } from '../../platform/db/schema/index.ts';
import {
  type AbsorptionLink,
  absorptionLinks,
  dayBefore,
  eventDate,
  type HistoryEvent,
  type SnapshotUnit,
  type UnitVersion,
  unitVersions,
} from './unit-history.ts';
import {
  ensureNewProvince,
  insertBoundaries,
  insertNewCommunes,
  insertVersions,
  LAST_OLD_DAY,
  type MappingRow,
  must,
  type NewUnit,
  REFORM_DATE,
  readData,
} from './unit-seed-support.ts';

/**
 * Former tỉnh Quảng Ngãi (the old 51, until 30/6/2025): its 187 units of 2023 with their versions since 31/8/2004,
 * including the units dissolved before (huyện Tây Trà in 2020…) and the 1279/NQ-UBTVQH15 changes dated 01/01/2025;
 * the 56 communes of the new province that cover it; the 172-row mapping, the history's absorptions and the link
 * old 51 → new 51; the boundaries of the old province, its 13 districts and the 56 communes.
 */
export async function seedQuangNgai(tx: Db): Promise<void> {
  const events = readData<{ events: HistoryEvent[] }>('quangngai_history.json').events;
  const versions = unitVersions(readData<SnapshotUnit[]>('quangngai_units_2023.json'), events, {
    snapshotDate: '2023-04-10',
    lastDay: LAST_OLD_DAY,
  });
  // 1279/NQ-UBTVQH15 gives no verified legal date: its changes are dated by the GSO data (01/01/2025).
  const unverified = new Set(events.filter((e) => e.legalEffectiveDate === null).map(eventDate));
  const old = await insertVersions(tx, versions, (v) =>
    unverified.has(v.validFrom) || unverified.has(dayAfter(v.validTo))
      ? { dateNote: unverifiedDateNote(unverified.has(v.validFrom) ? v.validFrom : dayAfter(v.validTo)) }
      : {},
  );

  const provinceId = await ensureNewProvince(tx);
  // The 40 communes of former Kon Tum come with it (identical rows of units_2025.json): only the others are new.
  const existing = await tx
    .select({ id: unit.id, code: unit.code })
    .from(unit)
    .where(eq(unit.parentId, provinceId));
  const newIds = new Map(existing.map((r) => [r.code, r.id]));
  const added = await insertNewCommunes(
    tx,
    provinceId,
    readData<NewUnit[]>('quangngai_units_2025.json').filter((u) => !newIds.has(u.code)),
  );
  for (const [code, id] of added) newIds.set(code, id);

  const mapping = readData<MappingRow[]>('quangngai_mapping_2025.json');
  const absorbed = absorptionLinks(events);
  await tx.insert(unitLink).values([
    {
      // Same code, back to back: without this link the two provinces would be read as one unit's versions.
      predecessorId: must(old.lastIds, '51'),
      successorId: provinceId,
      mergeType: 'full',
      legalBasis: '202/2025/QH15',
      effectiveDate: REFORM_DATE,
      note: 'Hợp nhất tỉnh Kon Tum và tỉnh Quảng Ngãi thành tỉnh Quảng Ngãi',
    },
    ...mapping.map((m) => ({
      predecessorId: must(old.lastIds, m.oldCode),
      successorId: must(newIds, m.newCode),
      // 'partial' marks a split (Trà Bùi): a record there is placed by its point or the officer, never in both.
      mergeType: m.mergeType,
      legalBasis: m.legalBasis,
      effectiveDate: m.effectiveDate,
      note: mappingNote(m, mapping),
    })),
    ...absorbed.map((l) => ({
      predecessorId: old.idAt(l.oldCode, dayBefore(l.date)),
      successorId: old.idAt(l.newCode, l.date),
      mergeType: l.partial || PARTLY_ABSORBED.has(l.oldCode) ? 'partial' : 'full',
      legalBasis: l.legalBasis,
      effectiveDate: l.date,
      note: absorptionNote(l, versions, absorbed),
    })),
  ]);

  await insertBoundaries(tx, 'quangngai_boundaries.geojson', old.lastIds);
  await insertBoundaries(tx, 'quangngai_communes_2025.geojson', added, { only: (code) => added.has(code) });
}

/** Xã Nghĩa Mỹ: only part of it went to thị trấn Sông Vệ; the unit that took the rest is not in the sources. */
const PARTLY_ABSORBED = new Set(['21286']);

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const unverifiedDateNote = (date: string) =>
  `Ngày ${vnDate(date)} là ngày áp dụng trong dữ liệu của Tổng cục Thống kê; ngày có hiệu lực pháp lý của ` +
  'Nghị quyết số 1279/NQ-UBTVQH15 chưa được xác minh.';

/** Notes shown beside a link (the upstream English remarks stay in PROVENANCE). */
function mappingNote(m: MappingRow, all: readonly MappingRow[]): string | null {
  if (m.mergeType === 'partial') {
    const others = all
      .filter((o) => o.oldCode === m.oldCode && o.newCode !== m.newCode)
      .map((o) => o.newName);
    return (
      `Chia tách: một phần ${m.oldName} nhập vào ${m.newName}, phần còn lại vào ${others.join(', ')}. ` +
      'Hồ sơ ở đây được xếp vào đơn vị mới theo vị trí hoặc do cán bộ chọn, không tính hai lần.'
    );
  }
  if (m.oldCode === '536')
    return 'Huyện Lý Sơn không có đơn vị hành chính cấp xã từ 01/02/2020; toàn huyện trở thành Đặc khu Lý Sơn.';
  return null;
}

function absorptionNote(
  l: AbsorptionLink,
  versions: readonly UnitVersion[],
  all: readonly AbsorptionLink[],
): string | null {
  const nameAt = (code: string, date: string) =>
    versions.find((v) => v.code === code && v.validFrom <= date && v.validTo >= date)?.name ?? code;
  const parts: string[] = [];
  if (l.partial) {
    const others = all.filter((o) => o.oldCode === l.oldCode && o.newCode !== l.newCode);
    parts.push(
      `Chia tách: một phần nhập vào ${nameAt(l.newCode, l.date)}, phần còn lại vào ` +
        `${others.map((o) => nameAt(o.newCode, o.date)).join(', ')}.`,
    );
  }
  if (PARTLY_ABSORBED.has(l.oldCode))
    parts.push(
      `Chỉ một phần nhập vào ${nameAt(l.newCode, l.date)}; đơn vị nhận phần còn lại chưa xác định được từ nguồn dữ liệu.`,
    );
  if (l.oldCode.length === 5 && l.newCode.length === 3)
    parts.push('Bỏ cấp xã: huyện trực tiếp quản lý địa bàn.');
  if (l.dateUnverified) parts.push(unverifiedDateNote(l.date));
  return parts.length > 0 ? parts.join(' ') : null;
}

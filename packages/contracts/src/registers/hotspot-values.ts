// No zod here: the map page and the register's labels import these without the schemas (docs/BENCHMARKS.md).
/**
 * Drug hotspots (điểm, tụ điểm phức tạp về ma túy), plan 3220/KH-UBND. Identifiers from DOMAIN.md's
 * glossary; Vietnamese labels are what officers read.
 */
export const hotspotKinds = ['spot', 'gathering'] as const;
export type HotspotKind = (typeof hotspotKinds)[number];
export const hotspotKindLabel: Record<HotspotKind, string> = {
  spot: 'Điểm',
  gathering: 'Tụ điểm',
};

export const hotspotBehaviours = [
  'selling',
  'organising_use',
  'harbouring_use',
  'group_use',
  'other',
] as const;
export type HotspotBehaviour = (typeof hotspotBehaviours)[number];
export const hotspotBehaviourLabel: Record<HotspotBehaviour, string> = {
  selling: 'Mua bán trái phép chất ma túy',
  organising_use: 'Tổ chức sử dụng trái phép chất ma túy',
  harbouring_use: 'Chứa chấp việc sử dụng trái phép chất ma túy',
  group_use: 'Tụ tập sử dụng trái phép chất ma túy',
  other: 'Hành vi khác',
};

/**
 * The lifecycle (PRODUCT.md §2): phát hiện → đang xác minh → đang hoạt động → đang đấu tranh → đã triệt xóa →
 * theo dõi → ổn định; new activity at an eliminated, watched or stable place is tái hoạt động on the same
 * record. `dismissed`: verification found no hotspot (the report was wrong) — kept, never deleted.
 */
export const hotspotStatuses = [
  'detected',
  'verifying',
  'active',
  'fighting',
  'eliminated',
  'watching',
  'stable',
  'reactivated',
  'dismissed',
] as const;
export type HotspotStatus = (typeof hotspotStatuses)[number];
export const hotspotStatusLabel: Record<HotspotStatus, string> = {
  detected: 'Phát hiện',
  verifying: 'Đang xác minh',
  active: 'Đang hoạt động',
  fighting: 'Đang đấu tranh',
  eliminated: 'Đã triệt xóa',
  watching: 'Theo dõi',
  stable: 'Ổn định',
  reactivated: 'Tái hoạt động',
  dismissed: 'Không xác lập',
};

/** Categories of the Gi* trend over successive periods (emerging hotspot analysis). */
export const hotspotTrendCategories = [
  'insufficient_data',
  'not_significant',
  'new',
  'emerging',
  'intensifying',
  'persistent',
  'cooling',
  'sporadic',
] as const;
export const hotspotTrendLabel: Record<(typeof hotspotTrendCategories)[number], string> = {
  insufficient_data: 'Chưa đủ số kỳ',
  not_significant: 'Không nổi bật',
  new: 'Mới nổi',
  emerging: 'Đang hình thành',
  intensifying: 'Đang gia tăng',
  persistent: 'Kéo dài',
  cooling: 'Đang giảm',
  sporadic: 'Lúc có lúc không',
};

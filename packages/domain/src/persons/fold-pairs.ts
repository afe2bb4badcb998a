/**
 * Inputs and their search fold — the shared test table of `foldSearchText` (TS) and `pcmt_fold()` (SQL,
 * migration 0005: lower(unaccent(x))). Inputs are NFC (the server normalises every string before it is stored or
 * searched). `sameKeyAs` pairs must give the same personNameKey (the duplicate and search key).
 */
export type FoldPair = { input: string; folded: string };

export const foldPairs: readonly FoldPair[] = [
  { input: 'Nguyễn Văn Hoà', folded: 'nguyen van hoa' },
  { input: 'NGUYỄN VĂN HÒA', folded: 'nguyen van hoa' },
  { input: 'Nguyễn Văn Hòa', folded: 'nguyen van hoa' },
  { input: 'nguyen van hoa', folded: 'nguyen van hoa' },
  { input: 'Thủy', folded: 'thuy' },
  { input: 'Thuỷ', folded: 'thuy' },
  { input: 'THUỶ', folded: 'thuy' },
  { input: 'Đặng Thị Huệ', folded: 'dang thi hue' },
  { input: 'đường dây', folded: 'duong day' },
  { input: 'Trương Quốc Khánh', folded: 'truong quoc khanh' },
  { input: 'Lê Thị Ánh Tuyết', folded: 'le thi anh tuyet' },
  { input: 'Phạm Ngọc Ẩn', folded: 'pham ngoc an' },
  { input: 'Hồ Sỹ Quý', folded: 'ho sy quy' },
  { input: 'Vũ Khoẻ', folded: 'vu khoe' },
  { input: 'Vũ Khỏe', folded: 'vu khoe' },
  { input: 'Y Moan Niê', folded: 'y moan nie' },
  { input: "H'Hen Niê", folded: "h'hen nie" },
  { input: 'A Thươr', folded: 'a thuor' },
  { input: 'Đăk Hà', folded: 'dak ha' },
  { input: 'Ngọc Hồi', folded: 'ngoc hoi' },
  { input: 'ỨNG HOÀ', folded: 'ung hoa' },
  { input: 'Ưng Ửng Ừng Ữ Ự', folded: 'ung ung ung u u' },
  { input: 'Ơ Đu', folded: 'o du' },
  { input: 'Rơ Măm', folded: 'ro mam' },
  { input: 'Tòa  án', folded: 'toa  an' },
  { input: 'A-B 12', folded: 'a-b 12' },
];

/** Spellings that must give the same personNameKey (search and duplicate key). */
export const sameNameKeyPairs: readonly (readonly [string, string])[] = [
  ['Nguyễn Văn Hoà', 'nguyen van hoa'],
  ['Nguyễn Văn Hoà', 'NGUYỄN VĂN HÒA'],
  ['Hòa', 'Hoà'],
  ['Thủy', 'Thuỷ'],
  ['Khoẻ', 'Khỏe'],
  ['Nguyễn  Văn   Hoà ', 'Nguyễn Văn Hoà'],
  ["H'Hen Niê", 'Hhen Nie'],
  ['Nguyê\u0303n Văn Hoa\u0300', 'Nguyễn Văn Hoà'],
  ['Đinh Thị Đào', 'dinh thi dao'],
];

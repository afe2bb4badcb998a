/**
 * The 54 ethnic groups of Việt Nam (dân tộc), code + Vietnamese name.
 * Embedded from data/reference-lists/ethnic_groups.json: `code` is the order of Quyết định 1019/QĐ-TCTK
 * (12/11/2008), the list QCVN 109:2017/BTTTT Phụ lục E references for data exchanged with the national population
 * database; `code1979` the older QĐ 121-TCTK/PPCĐ (1979) order still used by some systems. Codes 21–54 of the
 * 2008 list are inferred from the census order (not read row by row) — see data/reference-lists/SOURCES.md.
 * `spellingVariants` help name matching and are not official. ethnic-groups.test.ts checks this table against
 * the JSON.
 */
export type EthnicGroup = {
  code: string;
  name: string;
  code1979: string;
  spellingVariants: readonly string[];
};

export const ethnicGroups: readonly EthnicGroup[] = [
  { code: '01', name: 'Kinh', code1979: '01', spellingVariants: ['Việt'] },
  { code: '02', name: 'Tày', code1979: '02', spellingVariants: [] },
  { code: '03', name: 'Thái', code1979: '03', spellingVariants: [] },
  { code: '04', name: 'Mường', code1979: '06', spellingVariants: [] },
  { code: '05', name: 'Khmer', code1979: '05', spellingVariants: ['Khơ-me', 'Khơ me'] },
  { code: '06', name: 'Hoa', code1979: '04', spellingVariants: ['Hán'] },
  { code: '07', name: 'Nùng', code1979: '07', spellingVariants: [] },
  {
    code: '08',
    name: 'Mông',
    code1979: '08',
    spellingVariants: ["H'Mông", 'Hmông', 'HMông', "H'mông", 'Mèo'],
  },
  { code: '09', name: 'Dao', code1979: '09', spellingVariants: [] },
  { code: '10', name: 'Gia Rai', code1979: '10', spellingVariants: ['Gia-rai', 'Gia - rai', 'Giarai'] },
  { code: '11', name: 'Ê Đê', code1979: '12', spellingVariants: ['Ê-đê', 'Êđê'] },
  { code: '12', name: 'Ba Na', code1979: '13', spellingVariants: ['Ba-na', 'Bana'] },
  { code: '13', name: 'Sán Chay', code1979: '15', spellingVariants: ['Cao Lan-Sán Chỉ'] },
  { code: '14', name: 'Chăm', code1979: '17', spellingVariants: ['Chàm'] },
  { code: '15', name: 'Cơ Ho', code1979: '16', spellingVariants: ['Cơ-ho', 'Cơho'] },
  { code: '16', name: 'Xơ Đăng', code1979: '14', spellingVariants: ['Xơ-đăng'] },
  { code: '17', name: 'Sán Dìu', code1979: '18', spellingVariants: ['Sán Rìu'] },
  { code: '18', name: 'Hrê', code1979: '19', spellingVariants: [] },
  { code: '19', name: 'Ra Glai', code1979: '21', spellingVariants: ['Ra-glai', 'Raglai', 'RaGlay'] },
  { code: '20', name: 'Mnông', code1979: '20', spellingVariants: ["M'Nông", "M'nông"] },
  { code: '21', name: 'Thổ', code1979: '24', spellingVariants: [] },
  { code: '22', name: 'Xtiêng', code1979: '22', spellingVariants: ['Stiêng', "X'Tiêng", 'Xtieng'] },
  { code: '23', name: 'Khơ Mú', code1979: '29', spellingVariants: ['Khơ-mú', 'Khơmú'] },
  { code: '24', name: 'Bru Vân Kiều', code1979: '23', spellingVariants: ['Bru-Vân Kiều', 'Bru - Vân Kiều'] },
  { code: '25', name: 'Cơ Tu', code1979: '26', spellingVariants: ['Cơ-tu', 'Cờ Tu'] },
  { code: '26', name: 'Giáy', code1979: '25', spellingVariants: [] },
  { code: '27', name: 'Tà Ôi', code1979: '31', spellingVariants: ['Ta-ôi', 'Tà-ôi', 'Ta Ôi'] },
  { code: '28', name: 'Mạ', code1979: '28', spellingVariants: [] },
  {
    code: '29',
    name: 'Giẻ Triêng',
    code1979: '27',
    spellingVariants: ['Gié Triêng', 'Gié-Triêng', 'Giẻ-Triêng'],
  },
  { code: '30', name: 'Co', code1979: '30', spellingVariants: [] },
  { code: '31', name: 'Chơ Ro', code1979: '32', spellingVariants: ['Chơ-ro'] },
  { code: '32', name: 'Xinh Mun', code1979: '34', spellingVariants: ['Xinh-mun'] },
  { code: '33', name: 'Hà Nhì', code1979: '35', spellingVariants: ['Hà-nhì'] },
  { code: '34', name: 'Chu Ru', code1979: '36', spellingVariants: ['Chu-ru'] },
  { code: '35', name: 'Lào', code1979: '37', spellingVariants: [] },
  { code: '36', name: 'La Chí', code1979: '38', spellingVariants: ['La Chi'] },
  { code: '37', name: 'Kháng', code1979: '33', spellingVariants: [] },
  { code: '38', name: 'Phù Lá', code1979: '40', spellingVariants: ['Phù-lá'] },
  { code: '39', name: 'La Hủ', code1979: '41', spellingVariants: [] },
  { code: '40', name: 'La Ha', code1979: '39', spellingVariants: [] },
  { code: '41', name: 'Pà Thẻn', code1979: '46', spellingVariants: [] },
  { code: '42', name: 'Lự', code1979: '42', spellingVariants: [] },
  { code: '43', name: 'Ngái', code1979: '11', spellingVariants: [] },
  { code: '44', name: 'Chứt', code1979: '44', spellingVariants: [] },
  { code: '45', name: 'Lô Lô', code1979: '43', spellingVariants: ['Lô-lô'] },
  { code: '46', name: 'Mảng', code1979: '45', spellingVariants: [] },
  { code: '47', name: 'Cơ Lao', code1979: '47', spellingVariants: ['Co Lao', 'Cờ Lao'] },
  { code: '48', name: 'Bố Y', code1979: '49', spellingVariants: [] },
  { code: '49', name: 'Cống', code1979: '48', spellingVariants: [] },
  { code: '50', name: 'Si La', code1979: '50', spellingVariants: [] },
  { code: '51', name: 'Pu Péo', code1979: '51', spellingVariants: [] },
  { code: '52', name: 'Rơ Măm', code1979: '54', spellingVariants: ['Rơ-măm', 'Rơ măm'] },
  { code: '53', name: 'Brâu', code1979: '52', spellingVariants: [] },
  { code: '54', name: 'Ơ Đu', code1979: '53', spellingVariants: ['Ơ-đu'] },
];

import type { BorderCountry, BorderGateKind } from '@pcmt/contracts';

/**
 * Reference data for border work in today's tỉnh Quảng Ngãi (former Kon Tum borders Laos and Cambodia).
 * Provenance and what is unconfirmed: `PROVENANCE.md` beside this file. Both lists are CONFIGURATION: the
 * province's border guard command confirms them before use (DOMAIN.md open question 19).
 */
export type BorderGateInfo = {
  code: string;
  name: string;
  kind: BorderGateKind;
  country: BorderCountry;
  counterpartGate: string;
  /** Today's commune (GSO code, units_2025.json), when known. */
  unitCode: string | null;
  confidence: 'confirmed' | 'likely' | 'unconfirmed';
  source: string;
};

const LEGAL_NOTES = 'docs/reference/legal-notes.md (vietnam.vnanet.vn; chatluongvacuocsong.vn)';

export const borderGates: readonly BorderGateInfo[] = [
  {
    code: 'BO_Y',
    name: 'Cửa khẩu quốc tế Bờ Y',
    kind: 'international',
    country: 'LA',
    counterpartGate: 'Phu Cưa (Attapeu)',
    unitCode: '23377',
    confidence: 'confirmed',
    source: `${LEGAL_NOTES}; QĐ 225/QĐ-TTg 08/2/2007 (Khu kinh tế cửa khẩu quốc tế Bờ Y)`,
  },
  {
    code: 'DAK_KOI',
    name: 'Cửa khẩu phụ Đăk Kôi',
    kind: 'auxiliary',
    country: 'KH',
    counterpartGate: 'Kon Tuy Neak (Ratanakiri)',
    unitCode: null,
    confidence: 'unconfirmed',
    source: LEGAL_NOTES,
  },
  {
    code: 'HO_LE',
    name: 'Cửa khẩu phụ Hồ Lê',
    kind: 'auxiliary',
    country: 'KH',
    counterpartGate: 'Đồn 505 (Ratanakiri)',
    unitCode: null,
    confidence: 'unconfirmed',
    source: LEGAL_NOTES,
  },
  {
    code: 'DAK_LONG',
    name: 'Cửa khẩu phụ Đăk Long',
    kind: 'auxiliary',
    country: 'LA',
    counterpartGate: 'Văn Tắt (Attapeu)',
    unitCode: '23368',
    confidence: 'likely',
    source: `${LEGAL_NOTES} (commune from the gate's name)`,
  },
  {
    code: 'DAK_BLO',
    name: 'Cửa khẩu phụ Đăk Blô',
    kind: 'auxiliary',
    country: 'LA',
    counterpartGate: 'Đăk Bar (Sekong)',
    unitCode: '23344',
    confidence: 'likely',
    source: `${LEGAL_NOTES} (old xã Đắk Blô, merged into xã Đăk Plô)`,
  },
];

export type BorderCommuneInfo = {
  /** Today's commune (GSO code, valid from 01/7/2025). */
  code: string;
  name: string;
  /** The old communes (before 01/7/2025) believed to lie on the border. */
  formerCodes: string[];
  countries: BorderCountry[];
  confidence: 'confirmed' | 'likely' | 'unconfirmed';
};

/**
 * Today's communes holding the old border communes of former Kon Tum (13 in 4 districts per kontumtv.vn; 12 are
 * named here, the 13th is not identified). Which old commune touches the border is NOT confirmed by an
 * official list: each entry is `unconfirmed` until the border guard command confirms it.
 */
export const borderCommunes: readonly BorderCommuneInfo[] = [
  {
    code: '23344',
    name: 'Xã Đăk Plô',
    formerCodes: ['23344', '23350'],
    countries: ['LA'],
    confidence: 'unconfirmed',
  },
  {
    code: '23368',
    name: 'Xã Đăk Long',
    formerCodes: ['23368'],
    countries: ['LA'],
    confidence: 'unconfirmed',
  },
  { code: '23377', name: 'Xã Bờ Y', formerCodes: ['23395'], countries: ['LA'], confidence: 'likely' },
  {
    code: '23392',
    name: 'Xã Sa Loong',
    formerCodes: ['23398'],
    countries: ['LA', 'KH'],
    confidence: 'unconfirmed',
  },
  {
    code: '23383',
    name: 'Xã Dục Nông',
    formerCodes: ['23383', '23386'],
    countries: ['KH'],
    confidence: 'unconfirmed',
  },
  { code: '23536', name: 'Xã Mô Rai', formerCodes: ['23536'], countries: ['KH'], confidence: 'unconfirmed' },
  { code: '23530', name: 'Xã Rờ Kơi', formerCodes: ['23530'], countries: ['KH'], confidence: 'unconfirmed' },
  { code: '23535', name: 'Xã Ia Đal', formerCodes: ['23535'], countries: ['KH'], confidence: 'unconfirmed' },
  {
    code: '23538',
    name: 'Xã Ia Tơi',
    formerCodes: ['23537', '23538'],
    countries: ['KH'],
    confidence: 'unconfirmed',
  },
];

export const borderReferenceSource =
  'packages/domain/src/border/PROVENANCE.md — cấu hình, chưa được Bộ đội Biên phòng tỉnh xác nhận';

export const borderGateByCode = (code: string) => borderGates.find((g) => g.code === code) ?? null;

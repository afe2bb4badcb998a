import type { BusinessLine } from '@pcmt/contracts';

export type ChecklistConfidence = 'confirmed' | 'likely' | 'unconfirmed';

/**
 * One condition an inspection checks, phrased so that "met" is compliant. `drugs`: not met means drugs at
 * the premises (risk high), otherwise a breach of conditions (risk medium). Sources and confidence are those
 * of DOMAIN.md b6 and reference/legal-notes.md §6; items marked `likely` were not read in the decree's text
 * and must be checked before officers rely on them (DOMAIN.md e.15).
 */
export type ChecklistItem = {
  id: string;
  lines: readonly BusinessLine[];
  label: { vi: string; en: string };
  drugs: boolean;
  source: string;
  confidence: ChecklistConfidence;
};

/** The lines NĐ 96/2016 makes conditional (a security-and-order certificate is required). */
const conditional: readonly BusinessLine[] = ['karaoke', 'dance_bar', 'lodging', 'massage', 'pawn'];
const every: readonly BusinessLine[] = [...conditional, 'restaurant', 'other'];

export const checklistItems: readonly ChecklistItem[] = [
  // ---- Every premises: what the plan inspects them for (use, trade, re-formation of hotspots) ----
  {
    id: 'no_drugs_found',
    lines: every,
    label: {
      vi: 'Không phát hiện chất ma túy, dụng cụ sử dụng ma túy tại cơ sở',
      en: 'No drugs or drug paraphernalia found at the premises',
    },
    drugs: true,
    source: 'KH 3220/KH-UBND (kiểm tra nhà hàng, quán bar, karaoke, vũ trường); Luật PCMT 2021',
    confidence: 'confirmed',
  },
  {
    id: 'no_drug_use',
    lines: every,
    label: {
      vi: 'Không có người sử dụng trái phép chất ma túy tại cơ sở',
      en: 'Nobody using drugs at the premises',
    },
    drugs: true,
    source: 'KH 3220/KH-UBND; Luật PCMT 2021',
    confidence: 'confirmed',
  },
  {
    id: 'antt_certificate',
    lines: conditional,
    label: {
      vi: 'Có Giấy chứng nhận đủ điều kiện về an ninh, trật tự còn hiệu lực',
      en: 'Holds a valid security-and-order certificate',
    },
    drugs: false,
    source: 'NĐ 96/2016/NĐ-CP (sửa đổi NĐ 56/2023/NĐ-CP)',
    confidence: 'confirmed',
  },
  {
    id: 'fire_safety',
    lines: conditional,
    label: { vi: 'Đáp ứng điều kiện phòng cháy, chữa cháy', en: 'Meets fire-safety conditions' },
    drugs: false,
    source: 'NĐ 96/2016/NĐ-CP; NĐ 54/2019/NĐ-CP Điều 4',
    confidence: 'confirmed',
  },
  // ---- Karaoke: NĐ 54/2019 Điều 4 ----
  {
    id: 'karaoke_business_form',
    lines: ['karaoke'],
    label: {
      vi: 'Là doanh nghiệp hoặc hộ kinh doanh đã đăng ký',
      en: 'Is a registered enterprise or household business',
    },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 4',
    confidence: 'confirmed',
  },
  {
    id: 'karaoke_room_area',
    lines: ['karaoke'],
    label: {
      vi: 'Phòng hát có diện tích sử dụng từ 20 m² trở lên (không kể công trình phụ)',
      en: 'Each room has at least 20 m² of usable area (ancillary areas excluded)',
    },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 4',
    confidence: 'confirmed',
  },
  {
    id: 'karaoke_no_inner_latch',
    lines: ['karaoke'],
    label: { vi: 'Không đặt chốt cửa bên trong phòng hát', en: 'No door latch inside the rooms' },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 4',
    confidence: 'confirmed',
  },
  {
    id: 'karaoke_no_alarm',
    lines: ['karaoke'],
    label: {
      vi: 'Không lắp thiết bị báo động, báo tín hiệu (trừ thiết bị báo cháy nổ)',
      en: 'No alarm or signalling devices (fire alarms excepted)',
    },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 4',
    confidence: 'confirmed',
  },
  // ---- Vũ trường: NĐ 54/2019 Điều 5 (not read in full here) ----
  {
    id: 'dance_room_area',
    lines: ['dance_bar'],
    label: {
      vi: 'Phòng vũ trường có diện tích sử dụng từ 80 m² trở lên',
      en: 'The dance hall has at least 80 m²',
    },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 5',
    confidence: 'likely',
  },
  {
    id: 'dance_no_inner_latch',
    lines: ['dance_bar'],
    label: { vi: 'Không đặt chốt cửa bên trong phòng vũ trường', en: 'No door latch inside the dance hall' },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 5',
    confidence: 'likely',
  },
  {
    id: 'dance_no_alarm',
    lines: ['dance_bar'],
    label: {
      vi: 'Không lắp thiết bị báo động, báo tín hiệu (trừ thiết bị báo cháy nổ)',
      en: 'No alarm or signalling devices (fire alarms excepted)',
    },
    drugs: false,
    source: 'NĐ 54/2019/NĐ-CP Điều 5',
    confidence: 'likely',
  },
  // ---- Xoa bóp: NĐ 96/2016 ----
  {
    id: 'massage_separate_rooms',
    lines: ['massage'],
    label: { vi: 'Phòng xoa bóp cho nam và nữ riêng biệt', en: 'Separate rooms for men and women' },
    drugs: false,
    source: 'NĐ 96/2016/NĐ-CP',
    confidence: 'confirmed',
  },
  {
    id: 'responsible_not_addict',
    lines: ['massage', 'karaoke', 'dance_bar', 'lodging', 'pawn'],
    label: {
      vi: 'Người chịu trách nhiệm về an ninh, trật tự không phải người nghiện ma túy',
      en: 'The person responsible for security is not a drug addict',
    },
    drugs: true,
    source: 'NĐ 96/2016/NĐ-CP (điều kiện đối với người chịu trách nhiệm)',
    confidence: 'confirmed',
  },
  {
    id: 'massage_valuables_storage',
    lines: ['massage'],
    label: { vi: 'Có nơi cất giữ tư trang an toàn cho khách', en: 'Safe storage for customers’ valuables' },
    drugs: false,
    source: 'NĐ 96/2016/NĐ-CP',
    confidence: 'confirmed',
  },
  // ---- Lưu trú, cầm đồ ----
  {
    id: 'lodging_stay_notice',
    lines: ['lodging'],
    label: {
      vi: 'Thông báo lưu trú cho Công an và có sổ, phần mềm quản lý khách lưu trú',
      en: 'Guests notified to the police and recorded in a register',
    },
    drugs: false,
    source: 'Luật Cư trú 2020 Điều 30; NĐ 96/2016/NĐ-CP',
    confidence: 'likely',
  },
  {
    id: 'pawn_contract_register',
    lines: ['pawn'],
    label: {
      vi: 'Lập hợp đồng, sổ theo dõi cầm đồ; không nhận cầm cố tài sản không rõ nguồn gốc',
      en: 'Pawn contracts and ledger kept; no goods of unknown origin taken',
    },
    drugs: false,
    source: 'NĐ 96/2016/NĐ-CP (điều kiện kinh doanh dịch vụ cầm đồ)',
    confidence: 'likely',
  },
];

const byId = new Map(checklistItems.map((i) => [i.id, i]));
export const checklistItem = (id: string): ChecklistItem | undefined => byId.get(id);

/** The checklist an inspection of a business of this line answers, in display order. */
export const checklistFor = (line: BusinessLine): ChecklistItem[] =>
  checklistItems.filter((i) => i.lines.includes(line));

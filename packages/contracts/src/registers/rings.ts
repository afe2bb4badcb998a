import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { personSummary } from './persons.ts';
import { defineRegisterContract } from './register-contract.ts';

export const ringKinds = ['network', 'group'] as const;
export const ringKind = z.enum(ringKinds);
export type RingKind = z.infer<typeof ringKind>;
export const ringKindLabel: Record<RingKind, { vi: string; en: string }> = {
  network: { vi: 'Đường dây', en: 'Trafficking network' },
  group: { vi: 'Ổ nhóm', en: 'Local group' },
};

/**
 * Rings (đường dây, ổ nhóm) linking persons of the register (issue 9 §1, §6): a record type of their own, held
 * under the person register's permissions (`person.read`, `person.write`) and scoped by the ring's commune.
 * Membership changes are audited on the ring and on the person, so both timelines tell them.
 */
export const ringContract = defineRegisterContract({
  recordType: 'ring',
  label: { vi: 'Đường dây, ổ nhóm', en: 'Ring' },
  permissions: [],
  grants: {},
  auditActions: {
    'ring.create': { vi: 'Lập hồ sơ đường dây, ổ nhóm', en: 'Record a ring' },
    'ring.update': { vi: 'Sửa hồ sơ đường dây, ổ nhóm', en: 'Edit a ring' },
    'ring.read': { vi: 'Xem đường dây, ổ nhóm', en: 'View a ring' },
    'ring.list': { vi: 'Xem danh sách đường dây, ổ nhóm', en: 'List rings' },
    'ring.member.add': { vi: 'Thêm thành viên', en: 'Add a member' },
    'ring.member.remove': { vi: 'Đưa thành viên ra khỏi đường dây, ổ nhóm', en: 'Remove a member' },
  },
  fieldLabels: {
    kind: { vi: 'Loại', en: 'Kind' },
    name: { vi: 'Tên gọi', en: 'Name' },
    description: { vi: 'Mô tả', en: 'Description' },
    detectedOn: { vi: 'Ngày phát hiện', en: 'Detected on' },
    dismantledOn: { vi: 'Ngày triệt phá', en: 'Dismantled on' },
    unitId: { vi: 'Địa bàn (xã, phường)', en: 'Commune' },
    personId: { vi: 'Người', en: 'Person' },
    role: { vi: 'Vai trò', en: 'Role' },
    fromOn: { vi: 'Từ ngày', en: 'From' },
    toOn: { vi: 'Đến ngày', en: 'To' },
  },
  messages: {
    'ring.notFound': { vi: 'Không tìm thấy đường dây, ổ nhóm', en: 'Ring not found' },
    'ring.dismantledBeforeDetected': {
      vi: 'Ngày triệt phá không được trước ngày phát hiện',
      en: 'The dismantling date cannot be before the detection date',
    },
    'ring.alreadyMember': {
      vi: 'Người này đang là thành viên của đường dây, ổ nhóm',
      en: 'This person is already a member of the ring',
    },
    'ring.notMember': {
      vi: 'Người này không phải thành viên hiện tại của đường dây, ổ nhóm',
      en: 'This person is not a current member of the ring',
    },
  },
});

const ringFields = {
  kind: ringKind,
  name: vnText({ max: 200 }),
  description: vnText({ max: 4000 }).nullable().optional(),
  detectedOn: isoDate.nullable().optional(),
  /** The commune the ring is managed from (valid on the detection date, in the actor's jurisdiction). */
  unitId: z.uuid(),
};
export const ringCreate = z.strictObject(ringFields);
export type RingCreate = z.infer<typeof ringCreate>;
export const ringUpdate = z.strictObject({
  ...ringFields,
  dismantledOn: isoDate.nullable().optional(),
  version: z.number().int(),
});
export type RingUpdate = z.infer<typeof ringUpdate>;

export const ringMemberAdd = z.strictObject({
  personId: z.uuid(),
  role: vnText({ max: 100 }),
  fromOn: isoDate.optional(),
  /** The ring's version (409 when it changed meanwhile). */
  version: z.number().int(),
});
export type RingMemberAdd = z.infer<typeof ringMemberAdd>;
export const ringMemberRemove = z.strictObject({
  personId: z.uuid(),
  toOn: isoDate.optional(),
  version: z.number().int(),
});
export type RingMemberRemove = z.infer<typeof ringMemberRemove>;

const named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** A member: the person as lists show it (CCCD masked) when the reader may see them, else only the commune. */
export const ringMember = z.object({
  personId: z.uuid(),
  person: personSummary.nullable(),
  role: z.string().nullable(),
  fromOn: z.string().nullable(),
  toOn: z.string().nullable(),
});
export const ringSummary = z.object({
  id: z.uuid(),
  kind: ringKind,
  name: z.string(),
  detectedOn: z.string().nullable(),
  dismantledOn: z.string().nullable(),
  unit: named,
  agency: named,
  /** Current members (no end date). */
  memberCount: z.number().int(),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RingSummary = z.infer<typeof ringSummary>;
export const ring = ringSummary.extend({
  description: z.string().nullable(),
  members: z.array(ringMember),
  createdAt: z.string(),
});
export type Ring = z.infer<typeof ring>;

export const ringSortKeys = ['name', 'detectedOn', 'updatedAt'] as const;
export const ringListQuery = pagedQuery(ringSortKeys).extend({
  kind: ringKind.optional(),
  unitId: z.uuid().optional(),
  /** Rings with this person among their members (current or past). */
  personId: z.uuid().optional(),
});
export type RingListQuery = z.infer<typeof ringListQuery>;

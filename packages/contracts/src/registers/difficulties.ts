import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { defineMessages } from '../messages/kit.ts';
import { isoDate, vnText } from '../text.ts';
import { defineRegisterContract } from './register-contract.ts';

/** What a difficulty is about (khó khăn, vướng mắc; kiến nghị, đề xuất sửa đổi pháp luật). */
export const difficultyTopics = [
  'law',
  'funding',
  'staffing',
  'coordination',
  'rehabilitation',
  'other',
] as const;
export const difficultyTopic = z.enum(difficultyTopics);
export type DifficultyTopic = z.infer<typeof difficultyTopic>;
export const difficultyTopicLabel: Record<DifficultyTopic, { vi: string; en: string }> = {
  law: { vi: 'Pháp luật', en: 'Law' },
  funding: { vi: 'Kinh phí', en: 'Funding' },
  staffing: { vi: 'Nhân lực', en: 'Staffing' },
  coordination: { vi: 'Phối hợp', en: 'Coordination' },
  rehabilitation: { vi: 'Cai nghiện', en: 'Rehabilitation' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Open → answered → closed; an answer that does not settle it reopens it; an open one may be withdrawn. */
export const difficultyStatuses = ['open', 'answered', 'closed'] as const;
export const difficultyStatus = z.enum(difficultyStatuses);
export type DifficultyStatus = z.infer<typeof difficultyStatus>;
export const difficultyStatusLabel: Record<DifficultyStatus, { vi: string; en: string }> = {
  open: { vi: 'Chưa trả lời', en: 'Open' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const difficultyMessages = defineMessages({
  'difficulty.notFound': { vi: 'Không tìm thấy kiến nghị', en: 'Difficulty not found' },
  'difficulty.answerBeforeRaised': {
    vi: 'Ngày này không được trước ngày nêu kiến nghị ({date})',
    en: 'This date cannot be before the date it was raised ({date})',
  },
  'difficulty.raisedAfterAnswer': {
    vi: 'Ngày nêu kiến nghị không được sau ngày trả lời ({date})',
    en: 'The date raised cannot be after the answer date ({date})',
  },
  'difficulty.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê khó khăn, vướng mắc tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
});
const m = difficultyMessages;

const permissions = [
  'difficulty.read',
  'difficulty.raise',
  'difficulty.answer',
  'difficulty.statistics',
] as const;

/** The log of difficulties and proposals, with their answers (issue 11 item 6, PRODUCT.md §8). */
export const difficultyContract = defineRegisterContract({
  recordType: 'difficulty',
  label: { vi: 'Khó khăn, vướng mắc, kiến nghị', en: 'Difficulties and proposals' },
  permissions,
  // Every agency in the plan reports its difficulties and proposals (commune police and committee from the
  // field, departments, border guards, PC04), each inside its own jurisdiction. The provincial level answers:
  // PC04 as the standing office of the provincial steering committee, and the leadership, province-wide. The
  // leadership and oversight read every agency's log; the others read what lies in their jurisdiction.
  grants: {
    drug_police: [...permissions],
    leadership: [...permissions],
    commune_police: ['difficulty.read', 'difficulty.raise'],
    commune_police_chief: ['difficulty.read', 'difficulty.raise', 'difficulty.statistics'],
    commune_committee: ['difficulty.read', 'difficulty.raise', 'difficulty.statistics'],
    department: ['difficulty.read', 'difficulty.raise', 'difficulty.statistics'],
    border_guard: ['difficulty.read', 'difficulty.raise', 'difficulty.statistics'],
    oversight: ['difficulty.read'],
  },
  unscoped: {
    leadership: ['difficulty.read', 'difficulty.answer', 'difficulty.statistics'],
    oversight: ['difficulty.read'],
  },
  auditActions: {
    'difficulty.create': { vi: 'Nêu khó khăn, kiến nghị', en: 'Raise a difficulty' },
    'difficulty.update': { vi: 'Sửa kiến nghị', en: 'Edit a difficulty' },
    'difficulty.answer': { vi: 'Trả lời kiến nghị', en: 'Answer a difficulty' },
    'difficulty.transition': { vi: 'Đóng hoặc mở lại kiến nghị', en: 'Close or reopen a difficulty' },
    'difficulty.read': { vi: 'Xem kiến nghị', en: 'View a difficulty' },
    'difficulty.list': { vi: 'Xem danh sách kiến nghị', en: 'List difficulties' },
    'difficulty.statistics': { vi: 'Xem số liệu kiến nghị', en: 'View difficulty figures' },
  },
  fieldLabels: {
    unitId: { vi: 'Địa bàn', en: 'Area' },
    raisedOn: { vi: 'Ngày nêu', en: 'Raised on' },
    topic: { vi: 'Lĩnh vực', en: 'Topic' },
    content: { vi: 'Nội dung khó khăn, vướng mắc', en: 'Difficulty' },
    proposal: { vi: 'Kiến nghị, đề xuất', en: 'Proposal' },
    addressedTo: { vi: 'Kiến nghị đến', en: 'Addressed to' },
    answer: { vi: 'Nội dung trả lời', en: 'Answer' },
    answeredBy: { vi: 'Cơ quan trả lời', en: 'Answered by' },
    answeredOn: { vi: 'Ngày trả lời', en: 'Answered on' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    reason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: m,
});

const fields = {
  /** The raising agency's area; default its first unit (a commune officer's commune). */
  unitId: z.uuid().optional(),
  raisedOn: isoDate,
  topic: difficultyTopic,
  content: vnText({ max: 4000 }),
  proposal: vnText({ max: 4000 }).nullable().optional(),
  addressedTo: vnText({ max: 300 }).nullable().optional(),
};
export const difficultyCreate = z.strictObject(fields);
export type DifficultyCreate = z.infer<typeof difficultyCreate>;
export const difficultyUpdate = z.strictObject({ ...fields, version: z.number().int() });
export type DifficultyUpdate = z.infer<typeof difficultyUpdate>;

/** The provincial answer: on an open difficulty, or replacing an earlier answer (the trail keeps each). */
export const difficultyAnswer = z.strictObject({
  on: isoDate,
  answer: vnText({ max: 4000 }),
  answeredBy: vnText({ max: 300 }),
  version: z.number().int(),
});
export type DifficultyAnswer = z.infer<typeof difficultyAnswer>;

/** Close (settled, or withdrawn) or reopen. */
export const difficultyTransition = z.strictObject({
  to: z.enum(['closed', 'open']),
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type DifficultyTransition = z.infer<typeof difficultyTransition>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const difficulty = z.object({
  id: z.uuid(),
  unit: ref,
  raisedOn: z.string(),
  topic: difficultyTopic,
  content: z.string(),
  proposal: z.string().nullable(),
  addressedTo: z.string().nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredOn: z.string().nullable(),
  status: difficultyStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(difficultyStatus),
  /** Open longer than the answer period (configurable, default 30 days). */
  overdue: z.boolean(),
  /** The day it becomes overdue while open. */
  answerDueOn: z.string(),
  /** The raising agency. */
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Difficulty = z.infer<typeof difficulty>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const difficultySortKeys = ['raisedOn', 'answeredOn', 'updatedAt'] as const;
export const difficultyListQuery = pagedQuery(difficultySortKeys).extend({
  status: oneOrMany(difficultyStatus),
  topic: oneOrMany(difficultyTopic),
  unitId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DifficultyListQuery = z.infer<typeof difficultyListQuery>;

export const difficultyStatisticsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type DifficultyStatisticsQuery = z.infer<typeof difficultyStatisticsQuery>;

const figures = {
  raised: z.number().int(),
  answered: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
};
/** Raised in the period; of those, answered (or closed after an answer), still open today, overdue today. */
export const difficultyStatistics = z.object({
  from: z.string(),
  to: z.string(),
  answerDays: z.number().int(),
  totals: z.object(figures),
  byTopic: z.array(z.object({ topic: difficultyTopic, ...figures })),
});
export type DifficultyStatistics = z.infer<typeof difficultyStatistics>;

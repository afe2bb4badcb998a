import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agency, userAccount } from './access.ts';
import { attachment } from './files.ts';
import { keyArea } from './key-areas.ts';
import { recordColumns } from './record-columns.ts';

/**
 * A transformation programme (chương trình / kế hoạch chuyển hóa địa bàn) of one commune (`unit_id`, the commune
 * as of the programme's start): the decision that approves it, its period (default 12 months), the indicators
 * at the start (`baseline`) and at success (`at_success`, what relapse is measured against), and its status in
 * the transition table of `packages/domain/src/programmes`. Status changes are dated in `programme_event`.
 */
export const programme = pgTable(
  'programme',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    /** The designation (key_area, areas register) the programme transforms; null for a commune not designated. */
    keyAreaId: uuid('key_area_id').references(() => keyArea.id),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionIssuer: text('decision_issuer'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    objectives: text('objectives'),
    status: text('status').notNull().default('draft'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    /** End of the watch against relapse (set on success). */
    watchUntil: date('watch_until', { mode: 'string' }),
    /** Indicators at the start: `{source, asOf, classificationId?, indicatorId?, communeClass?, indicators}`. */
    baseline: jsonb('baseline').notNull(),
    /** Indicators on the day of success (same shape), compared with later figures to detect relapse. */
    atSuccess: jsonb('at_success'),
    /** Why the programme was flagged tái phức tạp: `[{vi, en}]`. */
    relapseReasons: jsonb('relapse_reasons'),
    /** The programme this one follows (after a programme closed không đạt, or a relapse). */
    previousProgrammeId: uuid('previous_programme_id').references((): AnyPgColumn => programme.id),
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(name)`),
  },
  (t) => [
    index('programme_unit_idx').on(t.unitId),
    index('programme_status_idx').on(t.status, t.statusSince),
    index('programme_key_area_idx').on(t.keyAreaId),
    index('programme_watch_idx').on(t.watchUntil).where(sql`${t.status} = 'succeeded'`),
    check('programme_period_order', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/** Every status change of a programme, dated: counted by date in the scorecards (đạt, không đạt, tái phức tạp). */
export const programmeEvent = pgTable(
  'programme_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    /** Null when the system moved it (relapse detected by `checkRelapses`). */
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('programme_event_programme_idx').on(t.programmeId, t.on),
    index('programme_event_to_idx').on(t.toStatus, t.on),
  ],
);

/**
 * The programme's steering committee (ban chỉ đạo): members from agencies (`agency_id` when the agency has an
 * account here, else `organisation`), mass organisations and prestigious persons, each with a committee role.
 * The list is replaced as a whole under the programme's version.
 */
export const programmeMember = pgTable(
  'programme_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    agencyId: uuid('agency_id').references(() => agency.id),
    organisation: text('organisation'),
    title: text('title'),
    role: text('role').notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('programme_member_programme_idx').on(t.programmeId, t.position)],
);

/** A monthly progress report of the programme (`month` = first day of the month reported on). */
export const programmeReport = pgTable(
  'programme_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    month: date('month', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    figures: jsonb('figures').notNull().default(sql`'{}'::jsonb`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('programme_report_programme_idx').on(t.programmeId, t.month)],
);

/**
 * The evaluation checklist as answered, one row per criterion and evaluation round (a programme extended after
 * không đạt is evaluated again: round 2). A criterion not met carries its evidence (enforced by the service).
 */
export const programmeCriterion = pgTable(
  'programme_criterion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programme.id),
    round: integer('round').notNull(),
    criterionId: text('criterion_id').notNull(),
    met: boolean('met').notNull(),
    evidence: text('evidence'),
    attachmentId: uuid('attachment_id').references(() => attachment.id),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programme_criterion_round_key').on(t.programmeId, t.round, t.criterionId)],
);

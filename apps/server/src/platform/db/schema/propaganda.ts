import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './record-columns.ts';

/**
 * Propaganda sessions on drug prevention (issue 11 item 6). `unit_id` is where it took place (a commune, or the
 * province for a province-wide activity); `unit_ids` the further communes it reached. Forms, target groups and
 * topics are text arrays so the statistics count them with `unnest` in SQL.
 */
export const propagandaActivity = pgTable(
  'propaganda_activity',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    dateFrom: date('date_from', { mode: 'string' }).notNull(),
    dateTo: date('date_to', { mode: 'string' }).notNull(),
    organizer: text('organizer').notNull(),
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    place: text('place'),
    forms: text('forms').array().notNull(),
    formOther: text('form_other'),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    targetOther: text('target_other'),
    participants: integer('participants'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    languageOther: text('language_other'),
    materials: integer('materials'),
    materialsNote: text('materials_note'),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    topicOther: text('topic_other'),
    reach: integer('reach'),
    content: text('content'),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('propaganda_activity_unit_date_idx').on(t.unitId, t.dateFrom),
    index('propaganda_activity_date_idx').on(t.dateFrom),
  ],
);

/** Mass-movement events (ngày hội, mít tinh, phát động phong trào), scoped by the commune where held. */
export const massEvent = pgTable(
  'mass_event',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    organizer: text('organizer').notNull(),
    place: text('place'),
    participants: integer('participants'),
    content: text('content'),
    results: text('results'),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
  },
  (t) => [index('mass_event_unit_on_idx').on(t.unitId, t.on), index('mass_event_on_idx').on(t.on)],
);

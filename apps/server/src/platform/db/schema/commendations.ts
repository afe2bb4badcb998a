import { sql } from 'drizzle-orm';
import { bigint, date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './record-columns.ts';

/**
 * Commendations (issue 11 item 6). `unit_id` is the area the commendation belongs to (a commune, or the
 * province for provincial decisions); the achievement is a record of another register by type and id.
 */
export const commendation = pgTable(
  'commendation',
  {
    ...recordColumns(),
    recipientKind: text('recipient_kind').notNull(),
    collectiveName: text('collective_name'),
    personName: text('person_name'),
    position: text('position'),
    recipientAgency: text('recipient_agency'),
    level: text('level').notNull(),
    form: text('form').notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionIssuer: text('decision_issuer'),
    reason: text('reason').notNull(),
    achievementType: text('achievement_type'),
    achievementId: uuid('achievement_id'),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    note: text('note'),
    status: text('status').notNull().default('proposed'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    /** The collective or the person, folded for accent-free search (`pcmt_fold`, migration 0005). */
    recipientFold: text('recipient_fold').generatedAlwaysAs(
      sql`pcmt_fold(coalesce(collective_name, '') || ' ' || coalesce(person_name, '') || ' ' || coalesce(decision_number, ''))`,
    ),
  },
  (t) => [
    index('commendation_unit_idx').on(t.unitId),
    index('commendation_decision_date_idx').on(t.decisionDate),
    index('commendation_proposed_on_idx').on(t.proposedOn),
    index('commendation_achievement_idx').on(t.achievementType, t.achievementId),
  ],
);

/** Support to a commune's police (funds, vehicles, equipment, rapid tests): one delivery a row. */
export const policeSupport = pgTable(
  'police_support',
  {
    ...recordColumns(),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }),
    quantityUnit: text('quantity_unit'),
    valueVnd: bigint('value_vnd', { mode: 'number' }),
    source: text('source').notNull(),
    decisionRef: text('decision_ref'),
    descriptionFold: text('description_fold').generatedAlwaysAs(
      sql`pcmt_fold(description || ' ' || coalesce(decision_ref, ''))`,
    ),
  },
  (t) => [index('police_support_unit_on_idx').on(t.unitId, t.on), index('police_support_on_idx').on(t.on)],
);

/** Difficulties and proposals raised by an agency (`agency_id`), with the provincial answer. */
export const difficulty = pgTable(
  'difficulty',
  {
    ...recordColumns(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    content: text('content').notNull(),
    proposal: text('proposal'),
    addressedTo: text('addressed_to'),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredOn: date('answered_on', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    contentFold: text('content_fold').generatedAlwaysAs(
      sql`pcmt_fold(content || ' ' || coalesce(proposal, ''))`,
    ),
  },
  (t) => [
    index('difficulty_unit_idx').on(t.unitId),
    index('difficulty_raised_on_idx').on(t.raisedOn),
    index('difficulty_status_idx').on(t.status, t.raisedOn),
  ],
);

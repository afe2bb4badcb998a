import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { userAccount } from './access.ts';
import { attachment } from './files.ts';
import { recordColumns } from './record-columns.ts';
import { unit } from './units.ts';

/**
 * A person of the drug register (người sử dụng trái phép, người nghiện, đối tượng…). `unit_id` is the commune of
 * the current residence (its history is `person_residence`), `agency_id` the agency managing the file.
 *
 * Sealed columns (`*_sealed`) hold AES-256-GCM ciphertexts of the keyring bound to the row (`keyring.seal(v,
 * 'person.<field>:<id>')`): the CCCD and the health details are never stored in clear. `cccd_index` is a blind
 * index (HMAC-SHA256 of the normalised 12 digits under the keyring's HMAC key, domain-separated) for exact
 * lookups and duplicate checks; `cccd_mask` (`0**********5`) is what roles without need-to-know are shown.
 */
export const person = pgTable(
  'person',
  {
    ...recordColumns(),
    /** NFC (the HTTP layer normalises every string). */
    fullName: text('full_name').notNull(),
    /** Folded for search (`pcmt_fold`: unaccent + lower): "nguyen van hoa" finds "Nguyễn Văn Hoà" and "NGUYỄN VĂN HÒA". */
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(full_name)`),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** The aliases joined and folded, written with the row (array_to_string is not immutable, so not generated). */
    aliasesFold: text('aliases_fold').notNull().default(''),
    /** A full date, or 1 January of the year when only the year is known (`birth_precision = 'year'`). */
    birthDate: date('birth_date', { mode: 'string' }),
    birthPrecision: text('birth_precision'),
    sex: text('sex').notNull(),
    /** One of the 54 official ethnic groups (code of the reference list). */
    ethnicity: text('ethnicity'),
    cccdSealed: text('cccd_sealed'),
    cccdIndex: text('cccd_index'),
    cccdMask: text('cccd_mask'),
    /** Sealed JSON: health and rehab details (need-to-know, every view audited with a reason). */
    healthSealed: text('health_sealed'),
    residenceAddress: text('residence_address'),
    residenceSince: date('residence_since', { mode: 'string' }),
    education: text('education'),
    occupation: text('occupation'),
    substances: text('substances').array().notNull().default(sql`'{}'::text[]`),
    firstUseYear: integer('first_use_year'),
    firstSubstance: text('first_substance'),
    photoAttachmentId: uuid('photo_attachment_id').references(() => attachment.id),
    // National statistical regime (QĐ 127/2009 amended by QĐ 13/2019): what the headcounts break down by.
    managementFile: boolean('management_file').notNull().default(false),
    criminalRecord: boolean('criminal_record').notNull().default(false),
    administrativeRecord: boolean('administrative_record').notNull().default(false),
    mobility: text('mobility'),
    /** The drug status of the person now: none → illicit_user (positive test) → addicted (determination). */
    drugStatus: text('drug_status').notNull().default('none'),
    drugStatusSince: date('drug_status_since', { mode: 'string' }),
    notes: text('notes'),
    /**
     * The duplicate key of the domain (`duplicateKey`: the name's matching key + birth year), written with the
     * row: equal keys are duplicate candidates (exact), beside the trigram similarity of `name_fold` (fuzzy).
     */
    dupKey: text('dup_key').notNull(),
    /** Set when this record was merged into another (it stays readable with its history). */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => person.id),
  },
  (t) => [
    index('person_unit_idx').on(t.unitId),
    index('person_status_idx').on(t.drugStatus),
    index('person_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
    index('person_aliases_fold_trgm_idx').using('gin', t.aliasesFold.op('gin_trgm_ops')),
    // The name search: every prefix of every word of the folded name and aliases (`pcmt_word_prefixes`, migration
    // 0015), so each typed word is one exact GIN key and a common name costs its rarest word, not a third of the
    // register's trigrams.
    index('person_name_words_idx').using(
      'gin',
      sql`pcmt_word_prefixes((${t.nameFold} || ' ' || ${t.aliasesFold}))`,
    ),
    index('person_birth_idx').on(t.birthDate),
    index('person_dup_key_idx').on(t.dupKey),
    // One live record per CCCD: the duplicate check answers first; this guards two saves racing.
    uniqueIndex('person_cccd_index_uq')
      .on(t.cccdIndex)
      .where(sql`${t.cccdIndex} is not null and ${t.mergedIntoId} is null`),
    check('person_birth_precision', sql`${t.birthPrecision} in ('day', 'year')`),
    check('person_sex', sql`${t.sex} in ('male', 'female')`),
  ],
);

/** Where the person lived, by date (the commune of that date, with the address). The open row is the current one. */
export const personResidence = pgTable(
  'person_residence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    address: text('address'),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('person_residence_person_idx').on(t.personId, t.fromOn),
    index('person_residence_unit_idx').on(t.unitId),
  ],
);

/**
 * Dated statuses of a person (người sử dụng trái phép, người nghiện, đối tượng, truy nã, đầu thú, đang cai nghiện,
 * sau cai nghiện, lưu động / ngoại tỉnh / xuyên quốc gia): from, to (open while null), the basis, and the record
 * that caused it (a test, a determination, a measure) when the system set it.
 */
export const personStatus = pgTable(
  'person_status',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    status: text('status').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    basis: text('basis').notNull(),
    sourceKind: text('source_kind'),
    sourceId: uuid('source_id'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('person_status_person_idx').on(t.personId, t.fromOn),
    index('person_status_open_idx').on(t.status).where(sql`${t.toOn} is null`),
    check('person_status_order', sql`${t.toOn} is null or ${t.toOn} >= ${t.fromOn}`),
  ],
);

/** A trafficking chain (đường dây, `network`) or a local gang (ổ nhóm, `group`) linking persons. */
export const ring = pgTable(
  'ring',
  {
    ...recordColumns(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameFold: text('name_fold').generatedAlwaysAs(sql`pcmt_fold(name)`),
    description: text('description'),
    detectedOn: date('detected_on', { mode: 'string' }),
    dismantledOn: date('dismantled_on', { mode: 'string' }),
  },
  (t) => [
    index('ring_unit_idx').on(t.unitId),
    index('ring_name_fold_trgm_idx').using('gin', t.nameFold.op('gin_trgm_ops')),
    check('ring_kind', sql`${t.kind} in ('network', 'group')`),
  ],
);

export const ringMember = pgTable(
  'ring_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ringId: uuid('ring_id')
      .notNull()
      .references(() => ring.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    /** Leader, member, seller, courier… (free text until a catalogue exists). */
    role: text('role'),
    fromOn: date('from_on', { mode: 'string' }),
    toOn: date('to_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('ring_member_ring_idx').on(t.ringId), index('ring_member_person_idx').on(t.personId)],
);

/** A drug test (xét nghiệm chất ma túy): a person becomes người sử dụng trái phép only on a positive one. */
export const drugTest = pgTable(
  'drug_test',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    testedOn: date('tested_on', { mode: 'string' }).notNull(),
    method: text('method').notNull(),
    substances: text('substances').array().notNull().default(sql`'{}'::text[]`),
    result: text('result').notNull(),
    performedBy: text('performed_by'),
    /** Why the person was tested (signs of use, NĐ 105/2021 Chương IV). */
    reason: text('reason'),
    /** The measure in force on the test date, if any (a positive test then makes a determination due). */
    duringMeasureId: uuid('during_measure_id'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('drug_test_person_idx').on(t.personId, t.testedOn),
    check('drug_test_result', sql`${t.result} in ('positive', 'negative')`),
  ],
);

/** An addiction determination (xác định tình trạng nghiện, Luật 73/2021 Điều 27 and 28). */
export const addictionDetermination = pgTable(
  'addiction_determination',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    determinedOn: date('determined_on', { mode: 'string' }).notNull(),
    /** The Điều 27 khoản 1 trigger. */
    trigger: text('trigger').notNull(),
    performedBy: text('performed_by').notNull(),
    result: text('result').notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('addiction_determination_person_idx').on(t.personId, t.determinedOn),
    check('addiction_determination_result', sql`${t.result} in ('addicted', 'not_addicted')`),
  ],
);

/**
 * A measure applied to a person (quản lý người SDTP, cai nghiện tự nguyện / bắt buộc, quản lý sau cai nghiện,
 * methadone, giáo dục tại xã, giám sát điện tử, chờ đưa vào cơ sở): its decision, the law regime and rule set
 * chosen by the decision date (stored, never recomputed), start, computed end, reviews, early end and the
 * completion certificate. Versioned: transitions and edits answer 409 on a stale version.
 */
export const measure = pgTable(
  'measure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    type: text('type').notNull(),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    /** The law regime in force on the decision date (Luật 73/2021 until 30/6/2026, Luật 120/2025 from 01/7/2026). */
    regime: text('regime').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    /** Which time this type of measure applies to the person (1 = first): the 2025 law's term depends on it. */
    occurrence: integer('occurrence').notNull().default(1),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    /** Who decided (title and name), and the authority level the rule set names for that date. */
    decider: text('decider'),
    deciderLevel: text('decider_level'),
    /** The rehab facility or the managing unit. */
    facility: text('facility'),
    startOn: date('start_on', { mode: 'string' }),
    durationMonths: integer('duration_months'),
    /** Computed from the start and the duration by the month arithmetic of the rule set. */
    endOn: date('end_on', { mode: 'string' }),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    /** Months taken off the term (NĐ 116/2021 reduction). */
    reductionMonths: integer('reduction_months'),
    /** Days not counted while suspended (absconding, custody), added to the end; the open suspension's start. */
    suspendedDays: integer('suspended_days').notNull().default(0),
    suspendedSince: date('suspended_since', { mode: 'string' }),
    earlyEndOn: date('early_end_on', { mode: 'string' }),
    /** Why it ended before its term (`quit`, `replaced`, `exempted`…), and the officer's explanation. */
    endReason: text('end_reason'),
    earlyEndReason: text('early_end_reason'),
    completionCertificate: text('completion_certificate'),
    completionOn: date('completion_on', { mode: 'string' }),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
    updatedBy: uuid('updated_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('measure_person_idx').on(t.personId, t.startOn),
    index('measure_status_end_idx').on(t.status, t.endOn),
    check(
      'measure_period_order',
      sql`${t.endOn} is null or ${t.startOn} is null or ${t.endOn} >= ${t.startOn}`,
    ),
  ],
);

/** A periodic review of a measure (đánh giá, kiểm điểm): date, outcome, notes; sets the next review date. */
export const measureReview = pgTable(
  'measure_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measure.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('measure_review_measure_idx').on(t.measureId, t.reviewedOn)],
);

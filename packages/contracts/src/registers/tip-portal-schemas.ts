import { z } from 'zod';
import { isoDate, vnText } from '../text.ts';
import { geoPoint } from './hotspots.ts';
import { tipCategory, tipReporterStatus } from './tip-enums.ts';

// The tip register's shared pieces (place, reporter details, receipt code) and the public portal's schemas
// (no account: proof of work, submit, access with the receipt code, messages). Re-exported by `tips.ts`.

// ---------------------------------------------------------------------------------------------------------
// Shared pieces

/** Where: a map point, a commune, or "không rõ". The commune of the date comes from the units module. */
export const tipPlace = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('point'), point: geoPoint }),
  z.strictObject({ kind: z.literal('unit'), unitId: z.uuid() }),
  z.strictObject({ kind: z.literal('unknown') }),
]);
export type TipPlace = z.infer<typeof tipPlace>;

/** The reporter's identity and contact, every part optional; sealed at rest, masked everywhere else. */
export const tipReporterDetails = z.strictObject({
  name: vnText({ max: 200 }).nullable().optional(),
  phone: vnText({ max: 50 }).nullable().optional(),
  email: vnText({ max: 200 }).nullable().optional(),
  address: vnText({ max: 300 }).nullable().optional(),
  idNumber: vnText({ max: 30 }).nullable().optional(),
  note: vnText({ max: 1000 }).nullable().optional(),
});
export type TipReporterDetails = z.infer<typeof tipReporterDetails>;

/** A 16-digit receipt code as typed: digits with any spaces, dots or dashes (normalised by the server). */
export const receiptCodeInput = z.string().trim().min(1).max(40);

// ---------------------------------------------------------------------------------------------------------
// Public portal (no account)

export const tipPowPurposes = ['submit', 'access'] as const;
export const tipChallengeRequest = z.strictObject({ purpose: z.enum(tipPowPurposes) });
export const tipChallenge = z.object({
  challenge: z.string(),
  /** Leading zero bits SHA-256(`challenge:nonce`) must have (see `solvePow`). */
  difficulty: z.number().int(),
  expiresAt: z.string(),
});
export type TipChallenge = z.infer<typeof tipChallenge>;
const solved = { challenge: z.string().min(1).max(400), nonce: z.string().regex(/^\d{1,15}$/) };

export const tipPortalSubmit = z.strictObject({
  ...solved,
  content: vnText({ max: 8000 }),
  category: tipCategory.nullable().optional(),
  occurredOn: isoDate.nullable().optional(),
  occurredTime: vnText({ max: 100 }).nullable().optional(),
  place: tipPlace,
  address: vnText({ max: 300 }).nullable().optional(),
  /** The QR poster the portal was opened from (its place label), if any. */
  placeRef: vnText({ max: 100 }).nullable().optional(),
  reporter: tipReporterDetails.nullable().optional(),
});
export type TipPortalSubmit = z.infer<typeof tipPortalSubmit>;
export const tipPortalReceipt = z.object({
  /** Shown ONCE: stored only as a keyed slow hash; formatted in groups of four. */
  receiptCode: z.string(),
  receivedAt: z.string(),
});
export type TipPortalReceipt = z.infer<typeof tipPortalReceipt>;

/** Opening one's tip with the receipt code (POST: the code never travels in a URL). */
export const tipPortalAccess = z.strictObject({ ...solved, code: receiptCodeInput });
export type TipPortalAccess = z.infer<typeof tipPortalAccess>;

export const tipPortalMessage = z.object({
  id: z.uuid(),
  from: z.enum(['reporter', 'officer']),
  /** Plain text as written: clients render it as text, never as HTML. */
  text: z.string(),
  at: z.string(),
});
export const tipPortalFile = z.object({
  id: z.uuid(),
  from: z.enum(['reporter', 'officer']),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  at: z.string(),
});
export const tipPortalView = z.object({
  status: tipReporterStatus,
  receivedOn: z.string(),
  messages: z.array(tipPortalMessage),
  files: z.array(tipPortalFile),
});
export type TipPortalView = z.infer<typeof tipPortalView>;
/** `token` (header `x-tip-token`) opens the conversation for 30 minutes without the code again. */
export const tipPortalSession = z.object({ token: z.string(), expiresAt: z.string(), tip: tipPortalView });
export type TipPortalSession = z.infer<typeof tipPortalSession>;
export const tipPortalMessageCreate = z.strictObject({ text: vnText({ max: 4000 }) });

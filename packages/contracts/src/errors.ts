import { z } from 'zod';

/** One error vocabulary for server and web; the HTTP status of each code is fixed here. */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  mfa_required: 401,
  password_change_required: 403,
  csrf_failed: 403,
  /** A sensitive action needs the password or a TOTP code again (POST /auth/reauth), then a retry. */
  reauth_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * One problem of a field. `message` is in the client's language (Vietnamese unless it asks for English);
 * `messageId` (a catalogue id, see `messages/`) and `params` let a client word it itself. zod's generic
 * checks (a wrong type, an unknown field) carry zod's own message and no id.
 */
export const errorIssue = z.object({
  path: z.string(),
  message: z.string(),
  messageId: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});
export type ErrorIssue = z.infer<typeof errorIssue>;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageId: z.string(),
    params: z.record(z.string(), z.string()).optional(),
    details: z.array(errorIssue).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

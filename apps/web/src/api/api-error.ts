import type { ErrorIssue } from '@pcmt/contracts';

/**
 * Every failed call becomes one ApiError. `status` 0 means the request never got an HTTP answer
 * (network down, server restarting); `message` is the server's Vietnamese text, or '' when it gave none.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorIssue[];
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: ErrorIssue[];
    requestId?: string | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/**
 * Someone else's edit won (stale version): the web owns this wording and offers a reload. A 409 that names
 * fields is a uniqueness clash (code already used) and keeps the server's message on the field.
 */
export const isConflict = (e: unknown): boolean =>
  isApiError(e) && (e.code === 'conflict' || e.status === 409) && e.details.length === 0;

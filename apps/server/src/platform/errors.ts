import { type ErrorCode, type ErrorIssue, errorStatus } from '@pcmt/contracts';

/** The one error type services throw; the HTTP layer maps `code` to a status through `errorStatus`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorIssue[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { details?: ErrorIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.code = code;
    this.details = opts.details;
    this.headers = opts.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = 'bản ghi') => new AppError('not_found', `Không tìm thấy ${what}`);
export const conflict = () =>
  new AppError('conflict', 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.');

import {
  type ErrorCode,
  errorStatus,
  type MessageArgs,
  type MessageId,
  type MessageParams,
  renderMessage,
} from '@pcmt/contracts';

/** One problem of a request, on one field: the message id and its parameters (rendered per client). */
export type Issue = { path: string; messageId: MessageId; params?: MessageParams | undefined };
type Options = { details?: Issue[]; headers?: Record<string, string> };

/**
 * The one error type services throw: a code (the HTTP layer maps it to a status through `errorStatus`) and a
 * message id from the catalogue with its parameters; the HTTP layer renders it in the client's language.
 * `message` is the Vietnamese text, for logs, tests and the (Vietnamese) CLI.
 */
class AppErrorClass extends Error {
  readonly code: ErrorCode;
  readonly messageId: MessageId;
  readonly params: MessageParams | undefined;
  readonly details: Issue[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, messageId: MessageId, params?: MessageParams, opts: Options = {}) {
    super(renderMessage(messageId, params, 'vi'));
    this.code = code;
    this.messageId = messageId;
    this.params = params;
    this.details = opts.details;
    this.headers = opts.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

type AppErrorConstructor = {
  new <I extends MessageId>(
    code: ErrorCode,
    messageId: I,
    ...rest: [...MessageArgs<I>, opts?: Options]
  ): AppErrorClass;
  readonly prototype: AppErrorClass;
};

/** `new AppError('conflict', 'user.usernameTaken')`: an id no table defines, or a missing parameter, fails the typecheck. */
export const AppError = AppErrorClass as AppErrorConstructor;
export type AppError = AppErrorClass;

/** One issue of a field, checked like an AppError's message. */
export const issue = <I extends MessageId>(path: string, messageId: I, ...params: MessageArgs<I>): Issue => ({
  path,
  messageId,
  ...(params[0] ? { params: params[0] } : {}),
});

/** A refusal naming the offending field, its message the same as the field's. */
export const fieldError = <I extends MessageId>(
  code: ErrorCode,
  path: string,
  messageId: I,
  ...params: MessageArgs<I>
): AppError =>
  new AppErrorClass(code, messageId, params[0], { details: [issue(path, messageId, ...params)] });

/** A refusal of several fields at once; the first one's message is the error's. */
export const issuesError = (code: ErrorCode, details: readonly [Issue, ...Issue[]]): AppError =>
  new AppErrorClass(code, details[0].messageId, details[0].params, { details: [...details] });

/** A 400 naming the offending field. */
export const invalid = <I extends MessageId>(path: string, messageId: I, ...params: MessageArgs<I>) =>
  fieldError('validation_failed', path, messageId, ...params);

/** The not-found ids: "Không tìm thấy …" of each record type. */
type NotFoundId = Extract<MessageId, `${string}.notFound`>;
export const notFound = (id: NotFoundId = 'common.notFound') => new AppErrorClass('not_found', id);
export const conflict = () => new AppErrorClass('conflict', 'common.staleVersion');

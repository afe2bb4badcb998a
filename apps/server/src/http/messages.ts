import {
  type Locale,
  type MessageId,
  type MessageParams,
  messageIdOfText,
  paramText,
  renderMessage,
} from '@pcmt/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/**
 * The client's language: English when its first preference is English (`Accept-Language: en…`), Vietnamese
 * otherwise. Messages are rendered from the catalogue (`@pcmt/contracts` messages) by id.
 */
export function prefersEnglish(request: FastifyRequest): boolean {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header);
}
export const localeOf = (request: FastifyRequest): Locale => (prefersEnglish(request) ? 'en' : 'vi');

/** A message in the client's language, with its parameters. */
export const render = (id: MessageId, params: MessageParams | undefined, locale: Locale): string =>
  renderMessage(id, params, locale);

/** Parameters as they go on the wire: each in the client's language. */
export const wireParams = (params: MessageParams | undefined, locale: Locale) =>
  params && Object.keys(params).length
    ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, paramText(v, locale)]))
    : undefined;

const englishZod = z.locales.en().localeError;

/** A zod issue (as fastify-type-provider-zod hands it over) rendered with zod's English locale. */
function zodIssueInEnglish(code: string, params: Record<string, unknown>): string {
  const out = englishZod({ ...params, code, path: [], input: params.input } as Parameters<
    typeof englishZod
  >[0]);
  return typeof out === 'string' ? out : (out?.message ?? 'Invalid value');
}

/**
 * One zod issue of a request in the client's language. A contract's own message (a refinement's Vietnamese
 * text) is found in the catalogue by its text and rendered from there, with its id; zod's generic ones come
 * from zod's locales (Vietnamese is configured globally in `app.ts`) and have no id.
 */
export function zodIssue(
  issue: { keyword: string; message?: string | undefined; params: Record<string, unknown> },
  input: unknown,
  locale: Locale,
): { message: string; messageId?: MessageId } {
  const id = issue.message ? messageIdOfText(issue.message) : undefined;
  if (id) return { message: render(id, undefined, locale), messageId: id };
  if (locale === 'en') return { message: zodIssueInEnglish(issue.keyword, { ...issue.params, input }) };
  return issue.message
    ? { message: issue.message }
    : { message: render('request.invalidValue', undefined, 'vi'), messageId: 'request.invalidValue' };
}

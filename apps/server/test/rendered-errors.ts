import { isMessageId, type Locale, renderMessage } from '@pcmt/contracts';
import type { FastifyInstance } from 'fastify';

/**
 * Every error the API tests provoke is checked as it leaves the server: it carries a catalogue message id,
 * its message is that id rendered in the client's language, and the id renders in both languages with
 * every placeholder filled (so an id sent without its parameters, or a sentence sent where an id belongs,
 * is caught by whichever test provokes it). Details carry ids too, except zod's generic ones.
 */
const problems: string[] = [];

type WireIssue = { path?: unknown; message?: unknown; messageId?: unknown; params?: unknown };

function check(where: string, locale: Locale, item: WireIssue, idRequired: boolean): void {
  const { message, messageId } = item;
  const params = (item.params ?? undefined) as Record<string, string> | undefined;
  if (typeof message !== 'string' || !message.trim()) return void problems.push(`${where}: no message`);
  if (messageId === undefined) {
    if (idRequired) problems.push(`${where}: no messageId for «${message}»`);
    return;
  }
  if (typeof messageId !== 'string' || !isMessageId(messageId))
    return void problems.push(`${where}: unknown messageId ${String(messageId)}`);
  if (message === messageId) problems.push(`${where}: the message is its id (${messageId})`);
  if (message !== renderMessage(messageId, params, locale))
    problems.push(`${where}: «${message}» is not ${messageId} rendered in ${locale}`);
  for (const l of ['vi', 'en'] as const) {
    const text = renderMessage(messageId, params, l);
    if (/\{\w+\}/.test(text)) problems.push(`${where}: ${messageId} lacks parameters in ${l}: «${text}»`);
  }
}

/** Watches an app's error answers (installed by `createTestApp`). */
export function checkRenderedErrors(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || typeof payload !== 'string' || !payload.startsWith('{"error"'))
      return payload;
    const body = JSON.parse(payload) as { error?: WireIssue & { details?: WireIssue[] } };
    if (!body.error) return payload;
    const locale: Locale = /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'vi';
    const where = `${request.method} ${request.url.split('?')[0]} → ${reply.statusCode}`;
    check(where, locale, body.error, true);
    for (const d of body.error.details ?? [])
      check(`${where} [${String(d.path)}]`, locale, d, body.error.messageId !== 'request.invalidFields');
    return payload;
  });
}

// Each test file that builds an app through the fixtures ends with this check. Imported only under vitest:
// the benchmarks in bench/ build their apps with these fixtures too, and vitest refuses to load outside a test.
if (process.env.VITEST) {
  const { afterAll, expect } = await import('vitest');
  afterAll(() => {
    expect(problems).toEqual([]);
  });
}

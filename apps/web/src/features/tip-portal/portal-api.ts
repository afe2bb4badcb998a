import type {
  ErrorIssue,
  TipChallenge,
  TipPortalReceipt,
  TipPortalSession,
  TipPortalSubmit,
  TipPortalView,
} from '@pcmt/contracts';
import { ApiError } from '../../api/api-error.ts';
import { i18n } from '../../i18n/index.ts';

/**
 * The anonymous portal's calls (`/api/v1/public/tips…`). Not the app's client: no cookie goes out
 * (`credentials: 'omit'`, so an officer's session in the same browser never rides along), no CSRF token, and the
 * conversation's token travels in the `x-tip-token` header, never in an address.
 */
const BASE = '/api/v1/public/tips';
export const portalPaths = {
  challenge: `${BASE}/challenges`,
  submit: BASE,
  access: `${BASE}/access`,
  view: `${BASE}/conversation`,
  messages: `${BASE}/messages`,
  files: `${BASE}/files`,
} as const;

type Body = { json: unknown } | { form: FormData } | undefined;

async function call<T>(method: 'GET' | 'POST', path: string, body?: Body, token?: string): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language === 'en' ? 'en' : 'vi',
  };
  if (token) headers['x-tip-token'] = token;
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) payload = body.form;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError({ status: 0, code: 'network', message: '' });
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (res.ok) return parsed as T;
  const e = (parsed as { error?: { code?: string; message?: string; details?: ErrorIssue[] } })?.error;
  throw new ApiError({
    status: res.status,
    code: typeof e?.code === 'string' ? e.code : res.status >= 500 ? 'unavailable' : 'bad_request',
    message: typeof e?.message === 'string' ? e.message : '',
    details: Array.isArray(e?.details) ? e.details : [],
    requestId: res.headers.get('x-request-id'),
  });
}

export const portalApi = {
  challenge: (purpose: 'submit' | 'access') =>
    call<TipChallenge>('POST', portalPaths.challenge, { json: { purpose } }),
  submit: (body: TipPortalSubmit) => call<TipPortalReceipt>('POST', portalPaths.submit, { json: body }),
  access: (body: { challenge: string; nonce: string; code: string }) =>
    call<TipPortalSession>('POST', portalPaths.access, { json: body }),
  view: (token: string) => call<TipPortalView>('GET', portalPaths.view, undefined, token),
  message: (token: string, text: string) =>
    call<TipPortalView>('POST', portalPaths.messages, { json: { text } }, token),
  file: (token: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return call<TipPortalView>('POST', portalPaths.files, { form }, token);
  },
};

/**
 * A file of the conversation (an officer's, usually) as a Blob: the token goes in a header, so a plain link cannot
 * fetch it; the page saves the Blob through an object URL.
 */
export async function downloadPortalFile(token: string, id: string): Promise<Blob> {
  const res = await fetch(`${BASE}/files/${encodeURIComponent(id)}`, {
    headers: { 'x-tip-token': token },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!res.ok)
    throw new ApiError({
      status: res.status,
      code: res.status === 401 ? 'unauthenticated' : 'not_found',
      message: '',
    });
  return res.blob();
}

/** `1234567890123456` → `1234 5678 9012 3456` (the server may already group it). */
export const groupedCode = (code: string): string =>
  code
    .replace(/\D/g, '')
    .replace(/(\d{4})(?=\d)/g, '$1 ')
    .trim();

import type { ErrorBody } from '@pcmt/contracts';
import { ApiError } from './api-error.ts';
import { takeEarlyResponse } from './early.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sign-in steps handle 401 themselves (wrong password, wrong code); everything else is sent to /login. */
  handleUnauthorized?: boolean;
  /** Set on the retry after a re-authentication. */
  reauthenticated?: boolean;
  /** Resolve with the response itself (a file to download), not its JSON; errors are handled as usual. */
  raw?: boolean;
}

interface ClientConfig {
  onUnauthorized: (error: ApiError) => void;
  /**
   * The server wants the user to confirm who they are before a sensitive action (403 `reauth_required`):
   * resolves true once they did (the request is then sent again), false if they cancelled.
   */
  reauthenticate: () => Promise<boolean>;
  language: () => string;
}

let config: ClientConfig = {
  onUnauthorized: () => {},
  reauthenticate: async () => false,
  language: () => 'vi',
};
/** The server issues the CSRF token with each Me; every cookie-authenticated write echoes the latest one. */
let csrfToken: string | null = null;

export const configureApi = (next: Partial<ClientConfig>): void => {
  config = { ...config, ...next };
};
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const BASE = '/api/v1';
const NO_CSRF = new Set(['/auth/login']);

export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': config.language(),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && !NO_CSRF.has(path) && csrfToken) headers['x-csrf-token'] = csrfToken;

  // Already asked for by the page-preload script (early.ts): its successful answer, else asked now.
  const early = method === 'GET' ? takeEarlyResponse(BASE + path) : undefined;
  let res = early && (await early);
  if (!res) {
    try {
      res = await fetch(BASE + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ status: 0, code: 'network', message: '' });
    }
  }

  if (res.ok) {
    if (opts.raw) return res as T;
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = await toApiError(res);
  if (res.status === 401 && opts.handleUnauthorized !== false) config.onUnauthorized(error);
  // Once only: a second refusal right after confirming is a real refusal, shown as such.
  if (error.code === 'reauth_required' && !opts.reauthenticated && (await config.reauthenticate()))
    return request<T>(method, path, body, { ...opts, reauthenticated: true });
  throw error;
}

const isErrorBody = (v: unknown): v is ErrorBody => {
  const e = (v as { error?: Record<string, unknown> } | null)?.error;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.code === 'string' &&
    typeof e.message === 'string' &&
    typeof e.requestId === 'string' &&
    (e.details === undefined ||
      (Array.isArray(e.details) &&
        e.details.every((d) => typeof d?.path === 'string' && typeof d?.message === 'string')))
  );
};

async function toApiError(res: Response): Promise<ApiError> {
  const fallback = {
    status: res.status,
    code: res.status >= 500 ? 'unavailable' : 'bad_request',
    message: '',
  };
  try {
    const body = (await res.json()) as unknown;
    // A hand check of the error envelope: zod (and the contracts) stay out of the first download.
    if (!isErrorBody(body)) return new ApiError(fallback);
    const { code, message, details, requestId } = body.error;
    return new ApiError({ status: res.status, code, message, details, requestId });
  } catch {
    // Not JSON: a proxy page (502 from the dev proxy, a gateway timeout…).
    return new ApiError({ ...fallback, requestId: res.headers.get('x-request-id') });
  }
}

/** Builds `?a=1&b=2`, dropping empty values so that the server's defaults apply. */
export const query = (params: Record<string, string | number | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
};

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  delete: <T = undefined>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};

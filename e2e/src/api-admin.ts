import { generate } from 'otplib';

/**
 * A small API client for journeys that set data up without clicking: an administrator's (or officer's)
 * browser session over plain fetch, with the CSRF token and the re-authentication sensitive actions need.
 */
export class ApiUser {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    private csrf: string,
    private readonly password: string,
  ) {}

  /** Signs in with a finished account (2FA already passed in `code`, when the account has it). */
  /** `secondFactor`: a recovery code (a TOTP code could be refused as a replay within the enrolment's 30 s). */
  static async signIn(baseUrl: string, username: string, password: string, secondFactor?: string) {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => /^(__Host-)?pcmt_session=/.test(c))!;
    const me = (await res.json()) as { csrfToken: string; stage: string };
    const user = new ApiUser(baseUrl, cookie, me.csrfToken, password);
    if (me.stage === 'mfa_verify' && secondFactor)
      await user.call('POST', '/auth/mfa/verify', { code: secondFactor });
    return user;
  }

  /** Wraps a session already signed in elsewhere (e.g. `adminSession`), reading its CSRF token. */
  static async fromSession(baseUrl: string, sessionToken: string, password: string) {
    const cookie = `pcmt_session=${sessionToken}`;
    const res = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } });
    if (!res.ok) throw new Error(`me: ${res.status}`);
    const me = (await res.json()) as { csrfToken: string };
    return new ApiUser(baseUrl, cookie, me.csrfToken, password);
  }

  get sessionToken(): string {
    return this.cookie.slice(this.cookie.indexOf('=') + 1);
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const send = () =>
      fetch(`${this.baseUrl}/api/v1${path}`, {
        method,
        headers: {
          cookie: this.cookie,
          'x-csrf-token': this.csrf,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    let res = await send();
    if (res.status === 403) {
      const refusal = (await res.clone().json()) as { error?: { code?: string } };
      if (refusal.error?.code === 'reauth_required') {
        await this.call('POST', '/auth/reauth', { password: this.password });
        res = await send();
      }
    }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    const json = text ? (JSON.parse(text) as T) : (undefined as T);
    if (json && typeof json === 'object' && 'csrfToken' in json)
      this.csrf = String((json as { csrfToken: string }).csrfToken);
    return json;
  }
}

/**
 * Creates an officer and completes their first sign-in over the API (2FA enrolment when the role needs it,
 * then their own password), as the officer would in the browser. Returns their password and TOTP secret.
 */
export async function readyOfficer(
  admin: ApiUser,
  body: { username: string; displayName: string; agencyId: string; roles: string[] },
): Promise<{ id: string; password: string; totpSecret: string | null; recoveryCodes: string[] }> {
  const initial = 'Mật khẩu ban đầu 2026!';
  const created = await admin.call<{ id: string }>('POST', '/users', { ...body, password: initial });
  const officer = await ApiUser.signIn(admin.baseUrl, body.username, initial);
  let me = await officer.call<{ stage: string }>('GET', '/auth/me');
  let totpSecret: string | null = null;
  let recoveryCodes: string[] = [];
  if (me.stage === 'mfa_enrol') {
    const { secret } = await officer.call<{ secret: string }>('POST', '/auth/mfa/enrol/start', {});
    totpSecret = secret;
    ({ recoveryCodes } = await officer.call<{ recoveryCodes: string[] }>('POST', '/auth/mfa/enrol/confirm', {
      code: await generate({ secret }),
    }));
    me = await officer.call<{ stage: string }>('GET', '/auth/me');
  }
  const password = `Cụm từ riêng của ${body.displayName} năm 2026`;
  if (me.stage === 'password_change')
    await officer.call('POST', '/auth/password', { currentPassword: initial, newPassword: password });
  return { id: created.id, password, totpSecret, recoveryCodes };
}

import { generate } from 'otplib';

/**
 * Completes the administrator's first sign-in over the API (enrol 2FA, change the one-time password) and
 * returns the session cookie, so a journey can start where the first-sign-in journey ends.
 */
export async function adminSession(
  baseUrl: string,
  oneTimePassword: string,
  newPassword: string,
): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: oneTimePassword }),
  });
  if (!login.ok) throw new Error(`login ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('pcmt_session='))!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path} ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const { secret } = (await post('/auth/mfa/enrol/start', {})) as { secret: string };
  await post('/auth/mfa/enrol/confirm', { code: await generate({ secret }) });
  await post('/auth/password', { currentPassword: oneTimePassword, newPassword });
  return cookie.slice('pcmt_session='.length);
}

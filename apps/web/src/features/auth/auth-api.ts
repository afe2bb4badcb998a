import type { Me } from '@pcmt/contracts';
import { isApiError } from '../../api/api-error.ts';
import { api, setCsrfToken } from '../../api/client.ts';

export const meKey = ['me'] as const;

export interface EnrolStart {
  secret: string;
  otpauthUrl: string;
}
export interface EnrolConfirm {
  recoveryCodes: string[];
  me: Me;
}

// Sign-in steps answer 401 for a wrong password or code: the step shows it instead of leaving the page.
const own = { handleUnauthorized: false } as const;

export const authApi = {
  /** The current session, or null when there is none (401 is an answer here, not an error). */
  async me(signal?: AbortSignal): Promise<Me | null> {
    try {
      const me = await api.get<Me>('/auth/me', { signal, ...own });
      setCsrfToken(me.csrfToken);
      return me;
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw e;
    }
  },
  login: (body: { username: string; password: string }) => api.post<Me>('/auth/login', body, own),
  verifyMfa: (code: string) => api.post<Me>('/auth/mfa/verify', { code }, own),
  startEnrol: () => api.post<EnrolStart>('/auth/mfa/enrol/start', {}, own),
  confirmEnrol: (code: string) => api.post<EnrolConfirm>('/auth/mfa/enrol/confirm', { code }, own),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    api.post<Me>('/auth/password', body, own),
  logout: () => api.post<undefined>('/auth/logout', {}, own),
};

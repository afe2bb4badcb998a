import type { SessionView } from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const sessionsKey = ['auth-sessions'] as const;

/** The signed-in user's live sessions, newest activity first. */
export const useSessions = () =>
  useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) =>
      api.get<{ data: SessionView[] }>('/auth/sessions', { signal }).then((r) => r.data),
    staleTime: 0,
  });

export const sessionsApi = {
  revoke: (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`),
};

/** A short, readable name for a browser from its user-agent string (no library: only the common ones). */
export function browserName(userAgent: string | null): string {
  if (!userAgent) return '—';
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : '';
  return [browser, os].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}

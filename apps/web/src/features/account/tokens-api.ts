import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** One of the user's own API tokens; instants are ISO strings, the secret itself is never listed. */
export interface ApiToken {
  id: string;
  name: string;
  /** The first characters of the secret (`pcmt_AbCde`), to tell tokens apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface ApiTokenCreateBody {
  name: string;
  /** 1–366; the server gives 90 when absent. */
  days?: number;
}

/** The answer to a creation: the only time the secret `token` leaves the server. */
export interface ApiTokenCreated {
  id: string;
  token: string;
  expiresAt: string | null;
}

export const tokensKey = ['api-tokens'] as const;

export const useApiTokens = () =>
  useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => api.get<{ data: ApiToken[] }>('/auth/tokens', { signal }).then((r) => r.data),
    // Last use changes while the page is open; a revisit should show it.
    staleTime: 0,
  });

export const tokensApi = {
  create: (body: ApiTokenCreateBody) => api.post<ApiTokenCreated>('/auth/tokens', body),
  revoke: (id: string) => api.delete(`/auth/tokens/${encodeURIComponent(id)}`),
};

export type ApiTokenStatus = 'active' | 'revoked' | 'expired';

/** Revocation wins over expiry: a revoked token stays revoked whatever its date. */
export function tokenStatus(token: ApiToken, now: number = Date.now()): ApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

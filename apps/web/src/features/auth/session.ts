import type { Me, Role } from '@pcmt/contracts';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { setCsrfToken } from '../../api/client.ts';
import { dropEarlyResponses } from '../../api/early.ts';
import { authApi, meKey } from './auth-api.ts';

/** The session is server state: one query, replaced by every sign-in step's answer. */
export const useMe = () =>
  useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => authApi.me(signal),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

export function acceptMe(queryClient: QueryClient, me: Me | null): void {
  // A sign-in step or a sign-out: answers asked for at the page's load belong to the session before it.
  dropEarlyResponses();
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.setQueryData(meKey, me);
}

export function useAcceptMe(): (me: Me) => void {
  const queryClient = useQueryClient();
  return useCallback((me: Me) => acceptMe(queryClient, me), [queryClient]);
}

/** Forgets everything cached for the previous user, so nothing of theirs flashes for the next one. */
export function dropSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  acceptMe(queryClient, null);
}

/**
 * Any 401 outside the sign-in steps: the session expired or was revoked. Dropping it makes the route
 * guard send the user to /login; refetching tells the login page which step (if any) is still open.
 */
export function onUnauthorized(queryClient: QueryClient, _error: ApiError): void {
  dropSession(queryClient);
  void queryClient.invalidateQueries({ queryKey: meKey });
}

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Even if the call failed (server gone), the browser must stop showing the session.
      dropSession(queryClient);
    }
  }, [queryClient]);
}

export const SessionContext = createContext<Me | null>(null);

/** The signed-in user, inside the guarded part of the app. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession outside <RequireAuth>');
  return me;
}

export const hasAnyRole = (me: Me, roles: readonly Role[]): boolean =>
  me.user.roles.some((r) => roles.includes(r));

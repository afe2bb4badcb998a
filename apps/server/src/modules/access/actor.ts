import type { Role } from '@pcmt/contracts';

/** The signed-in person a request acts for, as resolved by the HTTP layer from a session or an API token. */
export type Actor = {
  userId: string;
  username: string;
  agencyId: string;
  roles: readonly Role[];
  via: 'session' | 'token';
  requestId: string;
  ip: string | null;
};

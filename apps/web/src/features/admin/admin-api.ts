import type { Agency, AgencyKind, Paged, Role, User } from '@pcmt/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';

export const agenciesKey = ['agencies'] as const;
export const usersKey = ['users'] as const;

export interface AgencyBody {
  code: string;
  name: string;
  kind: AgencyKind;
  unitIds: string[];
}
export interface UserCreateBody {
  username: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  password: string;
}
export interface UserUpdateBody {
  displayName: string;
  agencyId: string;
  roles: Role[];
  status: User['status'];
  version: number;
}

const id = (s: string) => encodeURIComponent(s);

type Params = Record<string, string | number | undefined>;

/** One page of agencies as the server sorts and filters them (`packages/contracts/src/list.ts`). */
export const fetchAgencies = (params: Params, signal?: AbortSignal) =>
  api.get<Paged<Agency>>(`/agencies${query(params)}`, { signal });
export const fetchUsers = (params: Params, signal?: AbortSignal) =>
  api.get<Paged<User>>(`/users${query(params)}`, { signal });

// The previous page stays on screen while the next one loads, so the table does not flash empty.
export const useAgencies = (params: Params) =>
  useQuery({
    queryKey: [...agenciesKey, params],
    queryFn: ({ signal }) => fetchAgencies(params, signal),
    placeholderData: keepPreviousData,
  });
export const useUsers = (params: Params) =>
  useQuery({
    queryKey: [...usersKey, params],
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
  });

/** Agencies matching what the user types in a picker: the server searches, 50 at a time. */
export const useAgencyOptions = (search: string) =>
  useQuery({
    queryKey: [...agenciesKey, 'options', search],
    queryFn: ({ signal }) => fetchAgencies({ q: search || undefined, pageSize: 50, sort: 'name' }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const adminApi = {
  createAgency: (body: AgencyBody) => api.post<Agency>('/agencies', body),
  updateAgency: (agencyId: string, body: AgencyBody & { version: number }) =>
    api.put<Agency>(`/agencies/${id(agencyId)}`, body),
  createUser: (body: UserCreateBody) => api.post<User>('/users', body),
  updateUser: (userId: string, body: UserUpdateBody) => api.put<User>(`/users/${id(userId)}`, body),
  unlockUser: (userId: string) => api.post<unknown>(`/users/${id(userId)}/unlock`),
  resetMfa: (userId: string) => api.post<unknown>(`/users/${id(userId)}/reset-mfa`),
  resetPassword: (userId: string) => api.post<{ password: string }>(`/users/${id(userId)}/reset-password`),
};

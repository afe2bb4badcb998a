import type { Agency, AgencyKind, Role, User } from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

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

export const fetchAgencies = (signal?: AbortSignal) =>
  api.get<{ data: Agency[] }>('/agencies', { signal }).then((r) => r.data);
export const fetchUsers = (signal?: AbortSignal) =>
  api.get<{ data: User[] }>('/users', { signal }).then((r) => r.data);

export const useAgencies = () =>
  useQuery({ queryKey: agenciesKey, queryFn: ({ signal }) => fetchAgencies(signal) });
export const useUsers = () => useQuery({ queryKey: usersKey, queryFn: ({ signal }) => fetchUsers(signal) });

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

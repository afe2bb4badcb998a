import type {
  Paged,
  Ring,
  RingCreate,
  RingMemberAdd,
  RingMemberRemove,
  RingSummary,
  RingUpdate,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { api, query } from '../../api/client.ts';

export const ringsKey = ['rings'] as const;
type Params = Record<string, string | number | undefined | null>;
const id$ = (id: string) => encodeURIComponent(id);

/** `enabled: false` for a form that offers rings only to those who may read them (no request, no 403). */
export const useRings = (params: Params, enabled = true) =>
  useQuery({
    queryKey: [...ringsKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<RingSummary>>(`/rings${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useRing = (id: string) =>
  useQuery({
    queryKey: [...ringsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Ring>(`/rings/${id$(id)}`, { signal }),
    enabled: id !== '',
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });

/** After a write: the ring, the lists, its members' profiles (their rings) and its timeline are read again. */
function useRefresh() {
  const client = useQueryClient();
  return (ring: Ring) => {
    client.setQueryData([...ringsKey, 'one', ring.id], ring);
    void client.invalidateQueries({ queryKey: ringsKey });
    void client.invalidateQueries({ queryKey: ['persons'] });
    void client.invalidateQueries({ queryKey: ['timeline', '/rings', ring.id] });
  };
}

export function useSaveRing(id: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RingCreate | RingUpdate) =>
      id ? api.put<Ring>(`/rings/${id$(id)}`, body) : api.post<Ring>('/rings', body),
    onSuccess: refresh,
  });
}

export function useAddMember(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RingMemberAdd) => api.post<Ring>(`/rings/${id$(id)}/members`, body),
    onSuccess: refresh,
  });
}

export function useRemoveMember(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RingMemberRemove) => api.post<Ring>(`/rings/${id$(id)}/members/remove`, body),
    onSuccess: refresh,
  });
}

/** The member picker: persons of the officer's jurisdiction, searched by name like the register's list. */

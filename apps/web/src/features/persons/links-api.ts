import type {
  Hotspot,
  Paged,
  Person,
  PersonHotspotLinkCreate,
  PersonHotspotUnlink,
  PersonTransfer,
  TransferAcknowledge,
} from '@pcmt/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import { personsKey } from './persons-api.ts';

const id$ = (id: string) => encodeURIComponent(id);

/** After a link or an acknowledgement: the person (its links, its pending notice) and its timeline again. */
function useRefresh() {
  const client = useQueryClient();
  return (person: Person) => {
    client.setQueryData([...personsKey, 'one', person.id], person);
    void client.invalidateQueries({ queryKey: personsKey });
    void client.invalidateQueries({ queryKey: ['hotspots'] });
    void client.invalidateQueries({ queryKey: ['timeline', '/persons', person.id] });
  };
}

/** Hand-overs into the jurisdiction (`incoming`) or out of it; `overdue` keeps the pending ones past due. */
export const useTransfers = (params: { direction: string; status?: string; overdue?: string }) =>
  useQuery({
    queryKey: [...personsKey, 'transfers', params],
    queryFn: ({ signal }) =>
      api.get<{ data: PersonTransfer[] }>(`/persons/transfers${query(params)}`, { signal }),
    placeholderData: keepPreviousData,
  });

export function useAcknowledgeTransfer(person: Person) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferAcknowledge) =>
      api.post<PersonTransfer>(`/persons/${id$(person.id)}/transfer/acknowledge`, body),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: personsKey });
      void client.invalidateQueries({ queryKey: ['timeline', '/persons', person.id] });
    },
  });
}

export function useLinkHotspot(personId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PersonHotspotLinkCreate) =>
      api.post<Person>(`/persons/${id$(personId)}/hotspots`, body),
    onSuccess: refresh,
  });
}

export function useUnlinkHotspot(personId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PersonHotspotUnlink) =>
      api.post<Person>(`/persons/${id$(personId)}/hotspots/remove`, body),
    onSuccess: refresh,
  });
}

/** The hotspot picker: the officer's own hotspots (the server scopes the list), searched by name. */
export const useHotspotChoices = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['hotspots', 'list', 'picker', q],
    queryFn: ({ signal }) =>
      api.get<Paged<Hotspot>>(`/hotspots${query({ q: q || undefined, pageSize: 20, sort: 'name' })}`, {
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Caseload,
  ClientBoard,
  ClientDebriefs,
  ClientInsights,
  ClientOverview,
  CoachNote,
  CoachSuggestion,
  SuggestionInput,
} from '../../../contracts/coach.js';
import type { Journal } from '../../../contracts/debrief.js';
import type { Plan } from '../../../contracts/plan.js';
import { api, isApiError } from '../../api/client';

const enc = encodeURIComponent;
export const caseloadKey = ['coach', 'clients'] as const;
const clientKey = (id: string) => ['coach', 'client', id] as const;

/** A 404 means the client stopped sharing (or never did): not worth asking again. */
const noRetryOn404 = (count: number, e: unknown) => !(isApiError(e) && e.status === 404) && count < 2;

export function useCaseload() {
  return useQuery({ queryKey: caseloadKey, queryFn: () => api.get<Caseload>('/coach/clients') });
}

export function useAcceptInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<{ clientId: string; name: string }>('/coach/invitations/accept', { token }),
    onSuccess: () => qc.invalidateQueries({ queryKey: caseloadKey }),
  });
}

export function useClientOverview(id: string) {
  return useQuery({ queryKey: clientKey(id), queryFn: () => api.get<ClientOverview>(`/coach/clients/${enc(id)}`), retry: noRetryOn404 });
}

type SectionData = { board: ClientBoard; insights: ClientInsights; debriefs: ClientDebriefs; plan: Plan; journal: Journal };

export function useClientSection<S extends keyof SectionData>(id: string, section: S, enabled: boolean) {
  return useQuery({
    queryKey: [...clientKey(id), section],
    queryFn: () => api.get<SectionData[S]>(`/coach/clients/${enc(id)}/${section}`),
    enabled,
    retry: noRetryOn404,
  });
}

export function useCoachNotes(id: string) {
  return useQuery({ queryKey: [...clientKey(id), 'notes'], queryFn: () => api.get<{ notes: CoachNote[] }>(`/coach/clients/${enc(id)}/notes`), retry: noRetryOn404 });
}

export function useAddCoachNote(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<CoachNote>(`/coach/clients/${enc(id)}/notes`, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...clientKey(id), 'notes'] }),
  });
}

export function useDeleteCoachNote(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) => api.del(`/coach/clients/${enc(id)}/notes/${enc(noteId)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...clientKey(id), 'notes'] }),
  });
}

export function useCoachSuggestions(id: string) {
  return useQuery({
    queryKey: [...clientKey(id), 'suggestions'],
    queryFn: () => api.get<{ suggestions: CoachSuggestion[] }>(`/coach/clients/${enc(id)}/suggestions`),
    retry: noRetryOn404,
  });
}

export function useSuggest(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SuggestionInput) => api.post<CoachSuggestion>(`/coach/clients/${enc(id)}/suggestions`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...clientKey(id), 'suggestions'] }),
  });
}

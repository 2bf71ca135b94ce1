import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInInput, CheckInResult, Journal } from '../../../contracts/debrief.js';
import { api } from '../../api/client';
import { debriefKeys } from '../debrief/api';

export function useJournal() {
  return useQuery({ queryKey: debriefKeys.journal, queryFn: () => api.get<Journal>('/journal') });
}

export function useAddJournalEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => api.post<CheckInResult>('/journal', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: debriefKeys.journal }),
  });
}

export function useDeleteJournalEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(`/journal/${encodeURIComponent(id)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: debriefKeys.journal }),
  });
}

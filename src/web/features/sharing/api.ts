import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoachSuggestion, Share, ShareInput, SharesOverview } from '../../../contracts/coach.js';
import type { Scope } from '../../../domain/coach/scope.js';
import { api } from '../../api/client';

const enc = encodeURIComponent;
export const sharesKey = ['shares'] as const;
export const coachSuggestionsKey = ['shares', 'suggestions'] as const;

export function useShares(enabled = true) {
  return useQuery({ queryKey: sharesKey, queryFn: () => api.get<SharesOverview>('/shares'), enabled });
}

function useShareMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: sharesKey }) });
}

export const useInviteCoach = () => useShareMutation((input: ShareInput) => api.post<Share>('/shares', input));
export const useChangeScope = () => useShareMutation(({ id, scopes }: { id: string; scopes: Scope[] }) => api.patch<Share>(`/shares/${enc(id)}`, { scopes }));
export const useRevokeShare = () => useShareMutation((id: string) => api.del(`/shares/${enc(id)}`));

/** Suggestions from coaches, waiting for an answer (hosted mode only). */
export function useCoachSuggestionsForMe(enabled: boolean) {
  return useQuery({ queryKey: coachSuggestionsKey, queryFn: () => api.get<{ suggestions: CoachSuggestion[] }>('/shares/suggestions'), enabled });
}

export function useAnswerSuggestion(refresh: readonly unknown[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'dismiss' }) => api.post<CoachSuggestion>(`/shares/suggestions/${enc(id)}/${answer}`, {}),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: coachSuggestionsKey });
      await qc.invalidateQueries({ queryKey: refresh });
    },
  });
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Goals, GoalsInput, Home, Review, Win, WinInput } from '../../../contracts/momentum.js';
import { api } from '../../api/client';

export const momentumKeys = {
  all: ['momentum'] as const,
  home: ['momentum', 'home'] as const,
  goals: ['momentum', 'goals'] as const,
  review: (week: string) => ['momentum', 'review', week] as const,
};

export const homeQuery = queryOptions({ queryKey: momentumKeys.home, queryFn: () => api.get<Home>('/home') });

export function useHome() {
  return useQuery(homeQuery);
}

export function useReview(week: string) {
  return useQuery({ queryKey: momentumKeys.review(week), queryFn: () => api.get<Review>(`/review/${encodeURIComponent(week)}`) });
}

function useMomentumMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: momentumKeys.all }) });
}

export const useSetGoals = () => useMomentumMutation((input: GoalsInput) => api.put<Goals>('/goals', input));
export const useAddWin = () => useMomentumMutation((input: WinInput) => api.post<Win>('/wins', input));
export const useDeleteWin = () => useMomentumMutation((id: string) => api.del(`/wins/${encodeURIComponent(id)}`));

/** Marks wins as celebrated without refreshing the page under the celebration. */
export function useMarkCelebrated() {
  return useMutation({ mutationFn: (ids: string[]) => api.post<void>('/wins/celebrated', { ids }) });
}

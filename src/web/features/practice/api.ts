import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PracticeQueue, PracticeRate, PracticeResult } from '../../../contracts/practice.js';
import { api } from '../../api/client';

const queueKey = ['practice'] as const;

export function usePracticeQueue() {
  return useQuery({ queryKey: queueKey, queryFn: () => api.get<PracticeQueue>('/practice', { limit: 50 }), refetchOnWindowFocus: false });
}

export function useRatePractice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PracticeRate }) => api.post<PracticeResult>(`/practice/${encodeURIComponent(id)}/rate`, input),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['question-bank'] }),
  });
}

export function useRefreshPractice(): () => Promise<void> {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queueKey });
}

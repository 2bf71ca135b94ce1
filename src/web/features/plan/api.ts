import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionNoteInput, GrowthAction, GrowthActionInput, GrowthActionUpdate, Plan, PlanSuggestion, SuggestionInput, SuggestionUpdate } from '../../../contracts/plan.js';
import { api } from '../../api/client';

export const planKey = ['plan'] as const;

export function usePlan() {
  return useQuery({ queryKey: planKey, queryFn: () => api.get<Plan>('/plan') });
}

function usePlanMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: planKey }) });
}

export const useCreateAction = () => usePlanMutation((input: GrowthActionInput) => api.post<GrowthAction>('/plan/actions', input));
export const useUpdateAction = () =>
  usePlanMutation(({ id, input }: { id: string; input: GrowthActionUpdate }) => api.patch<GrowthAction>(`/plan/actions/${encodeURIComponent(id)}`, input));
export const useDeleteAction = () => usePlanMutation((id: string) => api.del(`/plan/actions/${encodeURIComponent(id)}`));
export const useAddNote = () =>
  usePlanMutation(({ id, input }: { id: string; input: ActionNoteInput }) => api.post<GrowthAction>(`/plan/actions/${encodeURIComponent(id)}/notes`, input));
export const useAddSuggestion = () => usePlanMutation((input: SuggestionInput) => api.post<PlanSuggestion>('/plan/suggestions', input));
export const useUpdateSuggestion = () =>
  usePlanMutation(({ id, input }: { id: string; input: SuggestionUpdate }) => api.patch<PlanSuggestion>(`/plan/suggestions/${encodeURIComponent(id)}`, input));
export const useRemoveSuggestion = () => usePlanMutation((id: string) => api.del(`/plan/suggestions/${encodeURIComponent(id)}`));

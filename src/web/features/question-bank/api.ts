import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionBankInput, QuestionBankItem, QuestionBankUpdate, QuestionPracticeInput } from '../../../contracts/debrief.js';
import { api } from '../../api/client';

export const questionKeys = {
  bank: ['question-bank'] as const,
};

export function useQuestionBank() {
  return useQuery({ queryKey: questionKeys.bank, queryFn: () => api.get<QuestionBankItem[]>('/question-bank') });
}

/** Puts the saved item into the cached list at once, then refreshes it from the server. */
function useSaved() {
  const qc = useQueryClient();
  return (saved: QuestionBankItem) => {
    qc.setQueryData<QuestionBankItem[]>(questionKeys.bank, (list) => list?.map((q) => (q.id === saved.id ? saved : q)));
    void qc.invalidateQueries({ queryKey: questionKeys.bank });
  };
}

const path = (id: string) => `/question-bank/${encodeURIComponent(id)}`;

export function useUpdateQuestion() {
  const onSaved = useSaved();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: QuestionBankUpdate }) => api.patch<QuestionBankItem>(path(id), input),
    onSuccess: onSaved,
  });
}

export function usePractiseQuestion() {
  const onSaved = useSaved();
  return useMutation({
    mutationFn: ({ id, input = {} }: { id: string; input?: QuestionPracticeInput }) => api.post<QuestionBankItem>(`${path(id)}/practice`, input),
    onSuccess: onSaved,
  });
}

export function useAddQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionBankInput) => api.post<QuestionBankItem>('/question-bank', input),
    onSuccess: (added) => {
      qc.setQueryData<QuestionBankItem[]>(questionKeys.bank, (list) => (list ? [added, ...list] : [added]));
      void qc.invalidateQueries({ queryKey: questionKeys.bank });
      void qc.invalidateQueries({ queryKey: ['practice'] });
    },
  });
}

export function useDeleteQuestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(path(id)),
    onSuccess: (_r, id) => {
      qc.setQueryData<QuestionBankItem[]>(questionKeys.bank, (list) => list?.filter((q) => q.id !== id));
      void qc.invalidateQueries({ queryKey: questionKeys.bank });
      void qc.invalidateQueries({ queryKey: ['practice'] });
    },
  });
}

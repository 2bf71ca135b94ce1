import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SampleRemovedOut, SampleStatusOut } from '../../../contracts/demo.js';
import { api, errorMessage } from '../../api/client';

export const sampleKey = ['sample'] as const;

/** Whether the sample job search is loaded (for the banner and the settings). */
export function useSampleStatus() {
  return useQuery({ queryKey: sampleKey, queryFn: () => api.get<SampleStatusOut>('/demo'), staleTime: 30_000 });
}

/** Loads the sample; everything may change, so every query is refreshed. */
export function useLoadSample() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ created: number }>('/demo'),
    onSuccess: (result) =>
      notifications.show({
        title: 'Sample job search loaded',
        message: `${result.created} applications, with debriefs, a journal and practised questions. Remove it in one click whenever you like.`,
        color: 'sage',
      }),
    onError: (e) => notifications.show({ title: 'Could not load the sample', message: errorMessage(e), color: 'red' }),
    onSettled: () => qc.invalidateQueries(),
  });
}

/** Removes the sample; the user's own data stays. */
export function useRemoveSample() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.del<SampleRemovedOut>('/demo'),
    onSuccess: () =>
      notifications.show({ title: 'Sample removed', message: 'The sample job search is gone. Your own applications and entries are as you left them.', color: 'sage' }),
    onError: (e) => notifications.show({ title: 'Could not remove the sample', message: errorMessage(e), color: 'red' }),
    onSettled: () => qc.invalidateQueries(),
  });
}

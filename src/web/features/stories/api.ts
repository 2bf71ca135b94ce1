import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ThemeOut } from '../../../contracts/debrief.js';
import type { Story, StoryInput, StoryUpdate } from '../../../contracts/stories.js';
import { api } from '../../api/client';

const storiesKey = ['stories'] as const;

export const useStories = () => useQuery({ queryKey: storiesKey, queryFn: () => api.get<Story[]>('/stories') });
export const useThemes = () => useQuery({ queryKey: ['themes'], queryFn: () => api.get<ThemeOut[]>('/themes') });

function useStoryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: storiesKey });
      await qc.invalidateQueries({ queryKey: ['practice'] });
    },
  });
}

export const useCreateStory = () => useStoryMutation((input: StoryInput) => api.post<Story>('/stories', input));
export const useUpdateStory = () => useStoryMutation(({ id, input }: { id: string; input: StoryUpdate }) => api.patch<Story>(`/stories/${encodeURIComponent(id)}`, input));
export const useDeleteStory = () => useStoryMutation((id: string) => api.del(`/stories/${encodeURIComponent(id)}`));

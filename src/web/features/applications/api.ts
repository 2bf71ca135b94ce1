import { queryOptions, useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import type {
  Application,
  ApplicationCreateInput,
  ApplicationDetail,
  ApplicationListQueryInput,
  ApplicationSummaryPage,
  ApplicationUpdate,
  Note,
} from '../../../contracts/applications.js';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export interface TagCount {
  tag: string;
  count: number;
}

/** Refreshes everything that shows applications after a change. */
export function useRefreshApplications(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: keys.board }),
      qc.invalidateQueries({ queryKey: keys.applications }),
      qc.invalidateQueries({ queryKey: keys.tags }),
      qc.invalidateQueries({ queryKey: keys.companies }),
    ]);
  };
}

export const applicationListQuery = (query: ApplicationListQueryInput) =>
  queryOptions({
    queryKey: keys.applicationList(query),
    // The list shows no job description or notes: it asks for the summaries, a fraction of the size.
    queryFn: () => api.get<ApplicationSummaryPage>('/applications', { ...query, fields: 'summary' }),
  });

export function useApplicationList(query: ApplicationListQueryInput) {
  return useQuery({ ...applicationListQuery(query), placeholderData: keepPreviousData });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: keys.application(id),
    queryFn: () => api.get<ApplicationDetail>(`/applications/${encodeURIComponent(id)}`),
  });
}

export function useTags() {
  return useQuery({ queryKey: keys.tags, queryFn: () => api.get<TagCount[]>('/tags') });
}

export function useCreateApplication() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (input: ApplicationCreateInput) => api.post<Application>('/applications', input),
    onSuccess: () => refresh(),
  });
}

export function useUpdateApplication(id: string) {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (input: ApplicationUpdate) =>
      api.patch<Application>(`/applications/${encodeURIComponent(id)}`, input),
    onSuccess: () => refresh(),
  });
}

/** Deletes an application; the caller leaves its page first, then refreshes (no "does not exist" flash). */
export function useDeleteApplication() {
  return useMutation({
    mutationFn: (id: string) => api.del(`/applications/${encodeURIComponent(id)}`),
  });
}

/** Takes back a deletion made in the last day: the application returns with its whole history. */
export function restoreApplication(id: string): Promise<Application> {
  return api.post<Application>(`/applications/${encodeURIComponent(id)}/restore`);
}

export function useAddNote(applicationId: string) {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<Note>(`/applications/${encodeURIComponent(applicationId)}/notes`, { body }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteNote() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (noteId: string) => api.del(`/notes/${encodeURIComponent(noteId)}`),
    onSuccess: () => refresh(),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckInInput,
  CheckInResult,
  Debrief,
  DebriefList,
  FeedbackOutcome,
  FeedbackOutcomeInput,
  FeedbackRequest,
  FeedbackRequestInput,
  Lessons,
  LessonsInput,
  MessageStepInput,
  ReaderPrefill,
  ReflectionInput,
  ReflectionResult,
  RejectionInput,
  ThemeOut,
} from '../../../contracts/debrief.js';
import type { DebriefStep } from '../../../domain/debrief/progress.js';
import { api, request } from '../../api/client';
import { keys } from '../../api/keys';

/** Query keys of the debrief and journal features. */
export const debriefKeys = {
  all: ['debrief'] as const,
  one: (applicationId: string) => ['debrief', 'one', applicationId] as const,
  list: ['debrief', 'list'] as const,
  themes: ['debrief', 'themes'] as const,
  journal: ['journal'] as const,
};

/** The shared client has no `put` helper; the step endpoints are PUTs. */
const put = <T,>(path: string, body: unknown) => request<T>('PUT', path, body);

const base = (id: string) => `/applications/${encodeURIComponent(id)}/debrief`;

export function useDebrief(applicationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: debriefKeys.one(applicationId),
    queryFn: () => api.get<Debrief>(base(applicationId)),
    enabled: options.enabled ?? true,
  });
}

export function useDebriefList() {
  return useQuery({ queryKey: debriefKeys.list, queryFn: () => api.get<DebriefList>('/debriefs') });
}

export function useThemes() {
  return useQuery({ queryKey: debriefKeys.themes, queryFn: () => api.get<ThemeOut[]>('/themes') });
}

/** After any debrief change: the debrief, the dashboard list, the journal and the application views. */
function useRefresh(applicationId: string) {
  const qc = useQueryClient();
  return async (debrief?: Debrief) => {
    if (debrief) qc.setQueryData(debriefKeys.one(applicationId), debrief);
    await Promise.all([
      debrief ? Promise.resolve() : qc.invalidateQueries({ queryKey: debriefKeys.one(applicationId) }),
      qc.invalidateQueries({ queryKey: debriefKeys.list }),
      qc.invalidateQueries({ queryKey: debriefKeys.journal }),
      qc.invalidateQueries({ queryKey: keys.board }),
      qc.invalidateQueries({ queryKey: keys.applications }),
    ]);
  };
}

export function useRecordRejection(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: RejectionInput) => api.post<Debrief>(`/applications/${encodeURIComponent(applicationId)}/rejection`, input),
    onSuccess: (d) => refresh(d),
  });
}

export function useSaveCheckIn(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: CheckInInput) => put<CheckInResult>(`${base(applicationId)}/checkin`, input),
    onSuccess: () => refresh(),
  });
}

export function useSaveMessage(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: MessageStepInput) => put<Debrief>(`${base(applicationId)}/message`, input),
    onSuccess: (d) => refresh(d),
  });
}

export function useReadMessage() {
  return useMutation({
    mutationFn: (input: { text: string; subject?: string }) => api.post<ReaderPrefill>('/reader/prefill', input),
  });
}

export function useSaveFeedbackRequest(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: FeedbackRequestInput) => put<FeedbackRequest>(`${base(applicationId)}/feedback-request`, input),
    onSuccess: () => refresh(),
  });
}

export function useMarkSent(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (on: string | undefined) => api.post<FeedbackRequest>(`${base(applicationId)}/feedback-request/sent`, { on }),
    onSuccess: () => refresh(),
  });
}

export function useRecordOutcome(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: FeedbackOutcomeInput) => api.post<FeedbackOutcome>(`${base(applicationId)}/feedback-request/outcome`, input),
    onSuccess: () => refresh(),
  });
}

export function useSaveReflection(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: ReflectionInput) => put<ReflectionResult>(`${base(applicationId)}/reflection`, input),
    onSuccess: () => refresh(),
  });
}

export function useSaveLessons(applicationId: string) {
  const refresh = useRefresh(applicationId);
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LessonsInput) => put<Lessons>(`${base(applicationId)}/lessons`, input),
    onSuccess: async () => {
      await refresh();
      await qc.invalidateQueries({ queryKey: debriefKeys.themes });
    },
  });
}

export function useSkipStep(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (input: { step: DebriefStep; skip?: boolean }) => api.post<Debrief>(`${base(applicationId)}/skip`, input),
    onSuccess: (d) => refresh(d),
  });
}

export function useCreateTheme() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => api.post<ThemeOut>('/themes', { label }),
    onSuccess: () => qc.invalidateQueries({ queryKey: debriefKeys.themes }),
  });
}

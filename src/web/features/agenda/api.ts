import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agenda, AgendaActionResult, AgendaRulesBody, CalendarFeedCreated } from '../../../contracts/agenda.js';
import { api } from '../../api/client';

const agendaKey = ['agenda'] as const;

export function useAgenda() {
  return useQuery({ queryKey: [...agendaKey, 'week'], queryFn: () => api.get<Agenda>('/agenda') });
}

export function useAgendaRules() {
  return useQuery({ queryKey: [...agendaKey, 'rules'], queryFn: () => api.get<AgendaRulesBody>('/agenda/rules') });
}

function useRefresh(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([qc.invalidateQueries({ queryKey: agendaKey }), qc.invalidateQueries({ queryKey: ['contacts'] })]);
  };
}

export function useSaveAgendaRules() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (rules: AgendaRulesBody) => api.put<AgendaRulesBody>('/agenda/rules', rules), onSuccess: refresh });
}

type Action = { key: string; action: 'done' | 'dismiss' } | { key: string; action: 'snooze'; until: string };

export function useAgendaAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (a: Action) => {
      const path = `/agenda/items/${encodeURIComponent(a.key)}/${a.action}`;
      return a.action === 'snooze' ? api.post<AgendaActionResult>(path, { until: a.until }) : api.post<AgendaActionResult>(path);
    },
    onSuccess: refresh,
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: ['calendar-feed'], queryFn: () => api.get<{ active: boolean; createdAt: string | null }>('/calendar/feed') });
}

export function useCreateFeed() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => api.post<CalendarFeedCreated>('/calendar/feed'), onSuccess: () => qc.invalidateQueries({ queryKey: ['calendar-feed'] }) });
}

export function useDeleteFeed() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => api.del('/calendar/feed'), onSuccess: () => qc.invalidateQueries({ queryKey: ['calendar-feed'] }) });
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings, SettingsUpdate } from '../../../contracts/settings.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../domain/time.js';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export const settingsQuery = queryOptions({ queryKey: keys.settings, queryFn: () => api.get<Settings>('/settings') });

export function useSettings() {
  return useQuery(settingsQuery);
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsUpdate) => api.patch<Settings>('/settings', input),
    onSuccess: (settings) => {
      qc.setQueryData(keys.settings, settings);
      void qc.invalidateQueries({ queryKey: keys.board });
      void qc.invalidateQueries({ queryKey: keys.applications });
    },
  });
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
}

/** Today as YYYY-MM-DD in the seeker's time zone (the browser's until settings load). */
export function useToday(): string {
  const { data } = useSettings();
  return todayIn(data?.timezone ?? browserTimeZone());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InsightApplications, InsightFilterInput, Insights } from '../../../contracts/insights.js';
import { api } from '../../api/client';

/** Insights depend on every application: they live under the shared key so any change refreshes them. */
const insightsKey = ['applications', 'insights'] as const;

/** The report with the comparisons the page shows at first (INSIGHTS_FIRST in src/contracts/first-pages.ts). */
export const insightsQuery = queryOptions({ queryKey: insightsKey, queryFn: () => api.get<Insights>('/insights', { segments: 'top' }) });

export function useInsights() {
  return useQuery(insightsQuery);
}

/** Every comparison, asked for only once "Show all" is pressed. */
export function useAllSegments(enabled: boolean) {
  return useQuery({
    queryKey: [...insightsKey, 'all-segments'],
    queryFn: async () => (await api.get<Insights>('/insights', { segments: 'all' })).segments,
    enabled,
  });
}

/** The applications behind one figure (null: nothing asked yet). */
export function useApplicationsBehind(filter: InsightFilterInput | null) {
  return useQuery({
    queryKey: [...insightsKey, 'behind', filter],
    queryFn: () => api.get<InsightApplications>('/insights/applications', { ...filter }),
    enabled: filter !== null,
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InsightApplications, InsightFilterInput, Insights } from '../../../contracts/insights.js';
import { api } from '../../api/client';

/** Insights depend on every application: they live under the shared key so any change refreshes them. */
const insightsKey = ['applications', 'insights'] as const;

export const insightsQuery = queryOptions({ queryKey: insightsKey, queryFn: () => api.get<Insights>('/insights') });

export function useInsights() {
  return useQuery(insightsQuery);
}

/** The applications behind one figure (null: nothing asked yet). */
export function useApplicationsBehind(filter: InsightFilterInput | null) {
  return useQuery({
    queryKey: [...insightsKey, 'behind', filter],
    queryFn: () => api.get<InsightApplications>('/insights/applications', { ...filter }),
    enabled: filter !== null,
  });
}

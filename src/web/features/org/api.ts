import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Cohort, CohortInsights, Employers, Member, Membership, OrgInvitation, Organisation, Outcomes } from '../../../contracts/org.js';
import { api, toQueryString } from '../../api/client';

export interface Filters {
  cohort?: string;
  program?: string;
  location?: string;
  status?: string;
  from?: string;
  to?: string;
}

const keys = {
  mine: ['org', 'mine'] as const,
  org: (id: string) => ['org', id] as const,
};

export const useMemberships = () => useQuery({ queryKey: keys.mine, queryFn: () => api.get<Membership[]>('/org') });
export const useOrganisation = (id: string) => useQuery({ queryKey: keys.org(id), queryFn: () => api.get<Organisation>(`/org/${id}`) });
export const useMembers = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['org', id, 'members'], queryFn: () => api.get<Member[]>(`/org/${id}/members`), enabled });
export const useInvitations = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ['org', id, 'invitations'], queryFn: () => api.get<OrgInvitation[]>(`/org/${id}/invitations`), enabled });
export const useCohort = (id: string) => useQuery({ queryKey: ['org', 'cohort', id], queryFn: () => api.get<Cohort>(`/org/cohorts/${id}`) });

export const useOrgInsights = (orgId: string, f: Filters) =>
  useQuery({ queryKey: ['org', orgId, 'insights', f], queryFn: () => api.get<CohortInsights>(`/org/${orgId}/insights`, { ...f }) });
export const useCohortInsights = (cohortId: string, f: Pick<Filters, 'status' | 'from' | 'to'>) =>
  useQuery({ queryKey: ['org', 'cohort', cohortId, 'insights', f], queryFn: () => api.get<CohortInsights>(`/org/cohorts/${cohortId}/insights`, { ...f }) });
export const useEmployers = (orgId: string, f: Filters) =>
  useQuery({ queryKey: ['org', orgId, 'employers', f], queryFn: () => api.get<Employers>(`/org/${orgId}/employers`, { ...f }) });
export const useOutcomes = (orgId: string, f: Filters) =>
  useQuery({ queryKey: ['org', orgId, 'outcomes', f], queryFn: () => api.get<Outcomes>(`/org/${orgId}/outcomes`, { ...f }) });
export const useComparison = (a: string | null, b: string | null) =>
  useQuery({
    queryKey: ['org', 'compare', a, b],
    queryFn: () => api.get<{ a: CohortInsights; b: CohortInsights; cohorts: [{ id: string; name: string }, { id: string; name: string }] }>('/org/cohorts/compare', { a, b }),
    enabled: Boolean(a && b && a !== b),
  });

export const csvHref = (orgId: string, f: Filters) => `/api/org/${orgId}/outcomes.csv${toQueryString({ ...f })}`;

/** Every change to an organisation refreshes what is shown of it. */
function useOrgMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: ['org'] }) });
}

export const useCreateOrganisation = () => useOrgMutation((name: string) => api.post<Organisation>('/org', { name }));
export const useCreateCohort = () =>
  useOrgMutation((input: { organisationId: string; name: string; program: string; location: string }) => api.post<Cohort>('/org/cohorts', input));
export const useDeleteCohort = () => useOrgMutation((id: string) => api.del(`/org/cohorts/${id}`));
export const useUpdateMember = (orgId: string) =>
  useOrgMutation(({ id, ...patch }: { id: string; role?: string; cohortId?: string | null; status?: string }) => api.patch<Member>(`/org/${orgId}/members/${id}`, patch));
export const useRemoveMember = (orgId: string) => useOrgMutation((id: string) => api.del(`/org/${orgId}/members/${id}`));
export const useInvite = (orgId: string) =>
  useOrgMutation((input: { email?: string; role: string; cohortId?: string | null }) => api.post<OrgInvitation>(`/org/${orgId}/invitations`, input));
export const useInviteCsv = (orgId: string) =>
  useOrgMutation((input: { csv: string; role: string; cohortId?: string | null }) =>
    api.post<{ invitations: OrgInvitation[]; skipped: { value: string; reason: string }[]; mailed: number }>(`/org/${orgId}/invitations/csv`, input));
export const useWithdrawInvitation = (orgId: string) => useOrgMutation((id: string) => api.del(`/org/${orgId}/invitations/${id}`));
export const useAssignCoach = () =>
  useOrgMutation(({ cohortId, memberId, on }: { cohortId: string; memberId: string; on: boolean }) =>
    on ? api.put<Cohort>(`/org/cohorts/${cohortId}/coaches/${memberId}`, {}) : api.del<Cohort>(`/org/cohorts/${cohortId}/coaches/${memberId}`));
export const useConsent = () =>
  useOrgMutation(({ id, counts }: { id: string; counts: boolean }) => api.patch<Membership>(`/org/memberships/${id}`, { countInAggregates: counts }));
export const useLeave = () => useOrgMutation((id: string) => api.del(`/org/memberships/${id}`));
export const usePreviewJoin = (token: string) =>
  useQuery({
    queryKey: ['org', 'join', token],
    queryFn: () => api.post<{ organisationName: string; role: string; cohortName: string | null; alreadyMember: boolean }>('/org/join/preview', { token }),
    enabled: token.length > 0,
    retry: false,
  });
export const useJoin = () => useOrgMutation((input: { token: string; countInAggregates: boolean }) => api.post<Membership>('/org/join', input));

import { useMutation, useQuery } from '@tanstack/react-query';
import type { Company, CompanyUpdate } from '../../../contracts/companies.js';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useRefreshApplications } from '../applications/api';

/** The list endpoint answers an array (or a page of items); both are accepted. */
function itemsOf(body: Company[] | { items: Company[] }): Company[] {
  return Array.isArray(body) ? body : body.items;
}

export function useCompanies() {
  return useQuery({
    queryKey: keys.companies,
    queryFn: async () => itemsOf(await api.get<Company[] | { items: Company[] }>('/companies')),
  });
}

export function useUpdateCompany() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CompanyUpdate }) =>
      api.patch<Company>(`/companies/${encodeURIComponent(id)}`, input),
    onSuccess: () => refresh(),
  });
}

export function useDeleteCompany() {
  const refresh = useRefreshApplications();
  return useMutation({
    mutationFn: (id: string) => api.del(`/companies/${encodeURIComponent(id)}`),
    onSuccess: () => refresh(),
  });
}

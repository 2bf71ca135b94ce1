import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationPeople, Contact, ContactDetail, ContactInput, ContactListQuery, ContactUpdate, InteractionInput, LinkedInImport } from '../../../contracts/contacts.js';
import { api, ApiError } from '../../api/client';

const all = ['contacts'] as const;

export function useContacts(query: ContactListQuery) {
  return useQuery({ queryKey: [...all, 'list', query], queryFn: () => api.get<Contact[]>('/contacts', query) });
}

export function useContact(id: string) {
  return useQuery({ queryKey: [...all, 'detail', id], queryFn: () => api.get<ContactDetail>(`/contacts/${encodeURIComponent(id)}`) });
}

export function useApplicationPeople(applicationId: string) {
  return useQuery({ queryKey: [...all, 'application', applicationId], queryFn: () => api.get<ApplicationPeople>(`/applications/${encodeURIComponent(applicationId)}/people`) });
}

function useRefresh(): () => Promise<void> {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([qc.invalidateQueries({ queryKey: all }), qc.invalidateQueries({ queryKey: ['agenda'] })]);
  };
}

export function useCreateContact() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ContactInput) => api.post<ContactDetail>('/contacts', input), onSuccess: refresh });
}

export function useUpdateContact(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ContactUpdate) => api.patch<ContactDetail>(`/contacts/${encodeURIComponent(id)}`, input), onSuccess: refresh });
}

export function useDeleteContact() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.del(`/contacts/${encodeURIComponent(id)}`), onSuccess: refresh });
}

export function useLogInteraction(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: InteractionInput) => api.post<ContactDetail>(`/contacts/${encodeURIComponent(id)}/interactions`, input), onSuccess: refresh });
}

export function useDeleteInteraction(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (interactionId: string) => api.del(`/contacts/${encodeURIComponent(id)}/interactions/${encodeURIComponent(interactionId)}`), onSuccess: refresh });
}

/** Sends the Connections.csv file as it is; `apply` false asks for a preview only. */
async function uploadConnections(file: File, apply: boolean): Promise<LinkedInImport> {
  let res: Response;
  try {
    res = await fetch(`/api/contacts/import/linkedin?apply=${apply ? 'true' : 'false'}`, { method: 'POST', headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }, body: file });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the Debrief server. Is it still running?');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null)?.error;
    throw new ApiError(res.status, error?.code ?? `http_${res.status}`, error?.message ?? 'The file could not be imported.', error?.fields ?? {});
  }
  return body as LinkedInImport;
}

export function useImportConnections() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ file, apply }: { file: File; apply: boolean }) => uploadConnections(file, apply),
    onSuccess: async (r) => {
      if (r.applied) await refresh();
    },
  });
}

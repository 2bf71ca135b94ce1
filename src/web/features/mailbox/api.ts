import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailAccount, MailAccountConnect, MailAccountUpdate, MailConnectResult } from '../../../contracts/mail-accounts.js';
import { api } from '../../api/client';
import { useRefreshApplications } from '../applications/api';

const accountKey = ['mail', 'account'] as const;

/** The connected mailbox; polled every second while a sync runs, so its progress moves. */
export function useMailAccount() {
  return useQuery({
    queryKey: accountKey,
    queryFn: async () => (await api.get<{ account: MailAccount | null }>('/mail/account')).account,
    refetchInterval: (query) => (query.state.data?.sync.running ? 1000 : false),
  });
}

export function useConnectMailbox() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MailAccountConnect) => api.put<MailConnectResult>('/mail/account', input),
    onSuccess: (result) => qc.setQueryData(accountKey, result.account),
  });
}

export function useChangeMailbox() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MailAccountUpdate) => api.patch<MailAccount>('/mail/account', input),
    onSuccess: (account) => qc.setQueryData(accountKey, account),
  });
}

export function useDisconnectMailbox() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.del<{ disconnected: boolean }>('/mail/account'),
    onSuccess: () => qc.setQueryData(accountKey, null),
  });
}

export function useStartSync() {
  const qc = useQueryClient();
  const refreshApps = useRefreshApplications();
  return useMutation({
    mutationFn: (password?: string) => api.post<MailAccount>('/mail/account/sync', password ? { password } : {}),
    onSuccess: (account) => {
      qc.setQueryData(accountKey, account);
      void qc.invalidateQueries({ queryKey: ['mail', 'proposals'] });
      void refreshApps();
    },
  });
}

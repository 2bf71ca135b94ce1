import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../contracts/accounts.js';
import { api, ApiError } from '../../api/client';

export const sessionKey = ['session'] as const;

export interface AdminAccount {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  role: 'admin' | 'user';
  disabled: boolean;
  createdAt: string;
}

export interface AdminInvitation {
  id: string;
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  url?: string;
}

export interface AdminLink {
  accountId: string;
  email: string;
  kind: 'reset' | 'verify';
  url: string;
  createdAt: string;
  expiresAt: string;
}

/** Local or hosted, and who is signed in: asked once, before anything else is drawn. */
export const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: () => api.get<SessionInfo>('/session'), staleTime: 60_000 });

export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * Calls better-auth at /api/auth. Its errors are `{ message, code }`; they become ApiErrors
 * with the same plain message the rest of the app shows.
 */
export async function authCall<T>(path: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/auth${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the Debrief server. Please try again in a moment.');
  }
  const text = await res.text();
  const data = (text ? JSON.parse(text) : {}) as { message?: string; code?: string };
  if (!res.ok) throw new ApiError(res.status, data.code ?? `http_${res.status}`, authMessage(res.status, data.code, data.message));
  return data as T;
}

function authMessage(status: number, code: string | undefined, message: string | undefined): string {
  if (status === 429) return 'Too many tries in a short time. Please wait a minute, then try again.';
  if (code === 'INVALID_EMAIL_OR_PASSWORD') return 'That email and password do not match an account here. Check them and try again.';
  if (code === 'EMAIL_NOT_VERIFIED') return 'Please confirm your address first: open the link in the message we sent you.';
  if (code === 'BANNED_USER') return 'This account is disabled. Ask the person who runs this Debrief about it.';
  if (code === 'INVALID_TOKEN') return 'This link has expired or was already used. Ask for a new one.';
  if (code === 'PASSWORD_TOO_SHORT') return 'Choose a longer password.';
  return message ?? 'Something went wrong. Please try again.';
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean) => authCall(everywhere ? '/revoke-sessions' : '/sign-out', {}).then(() => (everywhere ? authCall('/sign-out', {}) : null)),
    onSettled: () => forgetEverything(qc),
  });
}

/** After signing out or deleting the account: nothing of it stays in memory, and the sign-in page shows. */
async function forgetEverything(qc: QueryClient): Promise<void> {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  await qc.resetQueries({ queryKey: sessionKey });
}

export function useDeleteMyAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => forgetEverything(qc),
  });
}

async function deleteAccount(email: string): Promise<void> {
  const res = await fetch('/api/account', { method: 'DELETE', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ email }) });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(res.status, 'delete', body?.error?.message ?? 'Your account could not be deleted. Please try again.');
  }
}

const adminKeys = { accounts: ['admin', 'accounts'] as const, invitations: ['admin', 'invitations'] as const, links: ['admin', 'links'] as const };

export const useAdminAccounts = () => useQuery({ queryKey: adminKeys.accounts, queryFn: () => api.get<AdminAccount[]>('/admin/accounts') });
export const useAdminInvitations = () => useQuery({ queryKey: adminKeys.invitations, queryFn: () => api.get<AdminInvitation[]>('/admin/invitations') });
export const useAdminLinks = () => useQuery({ queryKey: adminKeys.links, queryFn: () => api.get<AdminLink[]>('/admin/links') });

export function useAdminAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'disable' | 'enable' | 'delete' }) =>
      action === 'delete' ? api.del(`/admin/accounts/${id}`).then(() => null) : api.post<AdminAccount>(`/admin/accounts/${id}/${action}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => api.post<AdminInvitation>('/admin/invitations', email ? { email } : {}),
    onSuccess: () => void qc.invalidateQueries({ queryKey: adminKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del(`/admin/invitations/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: adminKeys.invitations }),
  });
}

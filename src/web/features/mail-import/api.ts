import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailImportSummary, MailProposal, ProposalAccept, ProposalDecision } from '../../../contracts/mail.js';
import { api, ApiError } from '../../api/client';
import { useRefreshApplications } from '../applications/api';

const proposalsKey = ['mail', 'proposals'] as const;

export function useProposals() {
  return useQuery({ queryKey: proposalsKey, queryFn: () => api.get<MailProposal[]>('/mail/proposals') });
}

function useRefreshQueue(): () => Promise<void> {
  const qc = useQueryClient();
  const refreshApps = useRefreshApplications();
  return async () => {
    await Promise.all([qc.invalidateQueries({ queryKey: proposalsKey }), refreshApps()]);
  };
}

export function useAcceptProposal() {
  const refresh = useRefreshQueue();
  return useMutation({
    mutationFn: ({ id, edits }: { id: string; edits?: ProposalAccept }) =>
      api.post<ProposalDecision>(`/mail/proposals/${encodeURIComponent(id)}/accept`, edits ?? {}),
    onSettled: () => refresh(),
  });
}

export function useDismissProposal() {
  const refresh = useRefreshQueue();
  return useMutation({
    mutationFn: (id: string) => api.post<ProposalDecision>(`/mail/proposals/${encodeURIComponent(id)}/dismiss`),
    onSettled: () => refresh(),
  });
}

export type UploadPhase = { phase: 'idle' } | { phase: 'uploading'; sent: number; total: number } | { phase: 'reading' };

/**
 * Uploads a mailbox as the raw request body with XMLHttpRequest, the one
 * browser API that reports upload progress. Once every byte is sent, the
 * server is still reading messages: the phase becomes "reading".
 */
export function uploadMailbox(file: File, onPhase: (p: UploadPhase) => void): Promise<MailImportSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/mail/import');
    xhr.setRequestHeader('Content-Type', file.name.toLowerCase().endsWith('.eml') ? 'message/rfc822' : 'application/mbox');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      onPhase(e.loaded >= (e.total || file.size) ? { phase: 'reading' } : { phase: 'uploading', sent: e.loaded, total: e.total || file.size });
    };
    xhr.upload.onload = () => onPhase({ phase: 'reading' });
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Cannot reach the Debrief server. Is it still running?'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as MailImportSummary);
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new ApiError(xhr.status, error?.code ?? `http_${xhr.status}`, error?.message ?? 'The import failed. Please try again.'));
    };
    onPhase({ phase: 'uploading', sent: 0, total: file.size });
    xhr.send(file);
  });
}

export function useImportMailbox(onPhase: (p: UploadPhase) => void) {
  const refresh = useRefreshQueue();
  return useMutation({
    mutationFn: (file: File) => uploadMailbox(file, onPhase),
    onSettled: () => {
      onPhase({ phase: 'idle' });
      return refresh();
    },
  });
}

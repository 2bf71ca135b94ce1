import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../contracts/jobs.js';
import type { MailImportEvent, MailImportSummary, MailProposal, ProposalAccept, ProposalDecision } from '../../../contracts/mail.js';
import { api, ApiError } from '../../api/client';
import { useRefreshApplications } from '../applications/api';

const proposalsKey = ['mail', 'proposals'] as const;

export function useProposals() {
  return useQuery({ queryKey: proposalsKey, queryFn: () => api.get<MailProposal[]>('/mail/proposals') });
}

export function useRefreshQueue(): () => Promise<void> {
  const qc = useQueryClient();
  const refreshApps = useRefreshApplications();
  return async () => {
    // an accepted rejection starts a debrief: "Debriefs to finish" changes too
    await Promise.all([qc.invalidateQueries({ queryKey: proposalsKey }), qc.invalidateQueries({ queryKey: ['debrief'] }), refreshApps()]);
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

export type UploadPhase =
  | { phase: 'idle' }
  | { phase: 'uploading'; sent: number; total: number }
  | { phase: 'waiting' }
  | { phase: 'reading'; read: number; bytes: number; totalBytes: number }
  | { phase: 'done'; read: number };

const ERROR_STATUS: Record<string, number> = { validation: 400, too_large: 413, not_found: 404, conflict: 409 };

/**
 * Uploads a mailbox as the raw request body with XMLHttpRequest, the one
 * browser API that reports upload progress. The server answers with
 * newline-delimited JSON (`Accept: application/x-ndjson`): progress lines while
 * it reads messages, then a summary or an error line; they are parsed as the
 * response text grows, so once every byte is sent the phase becomes "reading"
 * with a percentage. In hosted mode the server stores the file and answers 202 with a
 * background job instead; the page then follows the job (features/jobs).
 */
export type UploadOutcome = { summary: MailImportSummary } | { job: Job };

export function uploadMailbox(file: File, onPhase: (p: UploadPhase) => void): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let uploaded = false;
    let reading = { read: 0, bytes: 0, totalBytes: file.size };
    let parsed = 0;
    let final: MailImportEvent | null = null;
    const showReading = () => onPhase({ phase: 'reading', ...reading });
    /** Reads the complete lines that arrived since the last call. */
    const consume = () => {
      const text = xhr.responseText;
      let newline = text.indexOf('\n', parsed);
      let moved = false;
      while (newline !== -1) {
        const line = text.slice(parsed, newline).trim();
        parsed = newline + 1;
        newline = text.indexOf('\n', parsed);
        if (!line) continue;
        let event: MailImportEvent;
        try {
          event = JSON.parse(line) as MailImportEvent;
        } catch {
          continue;
        }
        if (event.type === 'progress') {
          reading = { read: event.read, bytes: event.bytes, totalBytes: event.totalBytes ?? file.size };
          moved = true;
        } else {
          final = event;
        }
      }
      if (moved && uploaded) showReading();
    };
    xhr.open('POST', '/api/mail/import');
    xhr.setRequestHeader('Content-Type', file.name.toLowerCase().endsWith('.eml') ? 'message/rfc822' : 'application/mbox');
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    xhr.upload.onprogress = (e) => {
      const total = e.total || file.size;
      if (e.loaded < total) onPhase({ phase: 'uploading', sent: e.loaded, total });
    };
    xhr.upload.onload = () => {
      uploaded = true;
      showReading();
    };
    xhr.onprogress = () => {
      if (xhr.status >= 200 && xhr.status < 300) consume();
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Cannot reach the Debrief server. Is it still running?'));
    xhr.onload = () => {
      if (xhr.status === 202) {
        onPhase({ phase: 'idle' });
        return resolve({ job: JSON.parse(xhr.responseText) as Job });
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        consume();
        const last = final as MailImportEvent | null;
        if (last?.type === 'summary') {
          onPhase({ phase: 'done', read: last.summary.read });
          return resolve({ summary: last.summary });
        }
        if (last?.type === 'error') return reject(new ApiError(ERROR_STATUS[last.error.code] ?? 500, last.error.code, last.error.message));
        return reject(new ApiError(0, 'interrupted', 'The import stopped before it finished. Messages read so far are kept; import the file again to add the rest.'));
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
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
    onError: () => onPhase({ phase: 'idle' }),
    onSettled: () => refresh(),
  });
}

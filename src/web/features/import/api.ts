import { useMutation } from '@tanstack/react-query';
import type { ImportEvent, ImportPreview, ImportRequest, ImportResult } from '../../../contracts/import.js';
import type { Job } from '../../../contracts/jobs.js';
import { api, ApiError } from '../../api/client';
import { followJob } from '../jobs/api';

/** The file's bytes as base64, so its encoding reaches the server untouched. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type ImportOptions = Omit<ImportRequest, 'file' | 'dryRun' | 'mode'> & { mode?: ImportRequest['mode'] };

export function usePreview() {
  return useMutation({ mutationFn: (body: { file: string } & ImportOptions) => api.post<ImportPreview>('/import/preview', body) });
}

export function useDryRun() {
  return useMutation({ mutationFn: (body: { file: string } & ImportOptions) => api.post<ImportResult>('/import', { ...body, dryRun: true }) });
}

/** Runs the import, reading the streamed progress lines as they arrive. */
export async function runImport(body: { file: string } & ImportOptions, onRows: (rows: number) => void): Promise<ImportResult> {
  let res: Response;
  try {
    res = await fetch('/api/import', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' }, body: JSON.stringify({ ...body, dryRun: false }) });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the Debrief server. Is it still running?');
  }
  if (!res.ok || !res.body) {
    const err = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, err?.error?.code ?? 'http', err?.error?.message ?? 'The import failed. Nothing was changed.');
  }
  if (res.status === 202) {
    // hosted mode, a large file: a worker imports it; follow the job
    const queued = (await res.json()) as Job;
    const done = await followJob(queued.id, (job) => onRows(job.progress?.rows ?? 0));
    if (done.result?.kind !== 'csv_import') throw new ApiError(500, 'job', 'The import ended without a result. Please look at your applications, then try again.');
    return done.result.result;
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let nl = buffer.indexOf('\n');
    while (nl !== -1) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
      if (!line) continue;
      const event = JSON.parse(line) as ImportEvent;
      if (event.type === 'progress') onRows(event.rows);
      else if (event.type === 'result') return event.result;
      else throw new ApiError(400, event.error.code, event.error.message);
    }
    if (done) break;
  }
  throw new ApiError(0, 'network', 'The import stopped before it finished. Nothing was changed.');
}

import { useQuery } from '@tanstack/react-query';
import type { Job, JobKind } from '../../../contracts/jobs.js';
import { api, ApiError } from '../../api/client';

/** How often a page asks how a background job is doing. */
export const JOB_POLL_MS = 1000;

export const isActive = (job: Job | null | undefined): boolean => job?.state === 'queued' || job?.state === 'running';

/** The latest job of a kind: a page that started one finds it again after a reload, and follows it while it runs. */
export function useLatestJob(kind: JobKind) {
  return useQuery({
    queryKey: ['jobs', kind, 'latest'],
    queryFn: async () => (await api.get<Job[]>('/jobs', { kind, limit: 1 }))[0] ?? null,
    refetchInterval: (q) => (isActive(q.state.data) ? JOB_POLL_MS : false),
  });
}

/** Follows one job until it ends; resolves with it when done, rejects with its message when it failed. */
export async function followJob(id: string, onJob: (job: Job) => void): Promise<Job> {
  for (;;) {
    const job = await api.get<Job>(`/jobs/${encodeURIComponent(id)}`);
    onJob(job);
    if (job.state === 'done') return job;
    if (job.state === 'failed') throw new ApiError(400, 'job_failed', job.error ?? 'The import did not finish. Please try again.');
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
  }
}

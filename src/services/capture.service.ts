import type { CaptureRequest, CaptureResult, SimilarApplication } from '../contracts/capture.js';
import { applicationsLike } from '../db/repos/capture.repo.js';
import { isStage } from '../domain/applications/stages.js';
import type { CapturedJob } from '../domain/capture/job-posting.js';
import { postingUrlKey, similarTitles } from '../domain/capture/similar.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { fetchPage, type FetchOptions } from './page-fetch.js';

/**
 * Capturing a job: a link (fetched by the server), a page, its JSON-LD or
 * its text becomes a filled form to review, with the applications already
 * in the tracker for the same posting or role.
 */
export async function captureJob(ctx: ServiceContext, input: CaptureRequest, fetchOptions: FetchOptions = {}): Promise<CaptureResult> {
  // The page reader (an HTML parser) is loaded on the first capture: adding an application by hand never needs it.
  const { readJobJsonLd, readJobPage, readJobText, splitTitle } = await import('../domain/capture/job-posting.js');
  let job: CapturedJob | null = null;
  const url = input.url?.trim() || null;
  if (input.jsonLd) {
    job = readJobJsonLd(input.jsonLd, url);
    if (!job) throw new ServiceError('validation', 'That JSON-LD holds no JobPosting. Paste the whole page or the text of the posting instead.', { jsonLd: 'No JobPosting found' });
  } else if (input.html) job = readJobPage(input.html, url);
  else if (input.text) job = readJobText(input.text);
  else if (url) {
    const page = await fetchPage(url, fetchOptions);
    job = readJobPage(page.html, page.url);
    job.jobUrl ??= page.url;
  }
  if (!job) throw new ServiceError('validation', 'Paste a link, the page, its JSON-LD or the text of the posting.', { url: 'Nothing to read' });
  if (url && !job.jobUrl) job.jobUrl = url;
  if (input.title && (!job.title || !job.company)) {
    const named = splitTitle(input.title);
    job.title ??= named.title;
    job.company ??= named.company;
  }
  return { job, similar: await findSimilar(ctx, job.company, job.title, job.jobUrl) };
}

/** Applications with the same posting URL, or at the same company with a similar title. */
export async function findSimilar(ctx: ServiceContext, company: string | null | undefined, title: string | null | undefined, url: string | null | undefined): Promise<SimilarApplication[]> {
  const rows = await applicationsLike(ctx.db, ctx.ownerId, company ?? null, url ?? null);
  const key = url ? postingUrlKey(url) : null;
  const out: SimilarApplication[] = [];
  for (const r of rows) {
    const sameUrl = key !== null && r.job_url !== null && postingUrlKey(r.job_url) === key;
    const sameRole = Boolean(company && title) && similarTitles(r.title, title ?? '');
    if (!sameUrl && !sameRole) continue;
    out.push({ id: r.id, company: r.company, title: r.title, status: r.status && isStage(r.status) ? r.status : 'applied', appliedOn: r.applied_on, reason: sameUrl ? 'same_url' : 'same_role' });
  }
  return out;
}

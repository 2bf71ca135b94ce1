import type {
  Application,
  ApplicationCreate,
  ApplicationDetail,
  ApplicationListQuery,
  ApplicationPage,
  ApplicationSummary,
  ApplicationSummaryPage,
  ApplicationUpdate,
} from '../contracts/applications.js';
import {
  deleteApplication as deleteRow,
  findApplication,
  insertApplication,
  replaceTags,
  tagsFor,
  updateApplicationIfVersion,
  type ApplicationPatch,
} from '../db/repos/applications.repo.js';
import {
  dropSnapshot,
  findSnapshot,
  pruneSnapshots,
  restoreSnapshot,
  saveSnapshot,
  snapshotApplication,
} from '../db/repos/deleted-applications.repo.js';
import { applicationViewById, listApplicationViews, type ViewCursor, type ViewFilter, type ViewPage } from '../db/repos/application-views.repo.js';
import { decodeListCursor, encodeListCursor } from './list-cursor.js';
import { eventsFor, insertEvent } from '../db/repos/events.repo.js';
import { catchUpStates, refreshApplicationState, refreshDueStates } from '../db/repos/derived-state.js';
import { notesFor } from '../db/repos/notes.repo.js';
import { AWAITING_REPLY, noResponseCutoff } from '../domain/applications/no-response.js';
import { classifyRole } from '../domain/applications/role-family.js';
import { newId } from '../domain/ids.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { toApplication, toApplicationSummary, toNote, toStageEvent, type MappingRules } from './application-mapper.js';
import { ensureCompanyId } from './companies.service.js';
import type { ServiceContext } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { checkEventDate } from './event-rules.js';
import { getSettings } from './settings.service.js';
import type { Settings } from '../contracts/settings.js';
import { todayIn } from '../domain/time.js';
import { transact } from '../db/transact.js';

/**
 * The user's rules for reading applications, after bringing up to date the
 * applications whose booked step (an interview) has come since the last write.
 */
export async function readingRules(ctx: ServiceContext): Promise<MappingRules> {
  const s = await getSettings(ctx);
  const today = todayIn(s.timezone, ctx.now());
  await refreshDueStates(ctx.db, ctx.ownerId, today);
  return { today, noResponseDays: s.noResponseDays };
}

/** The user's rules for reading applications, from their settings (for writes that read the settings once). */
export function rulesFrom(settings: Settings, now: Date): MappingRules {
  return { today: todayIn(settings.timezone, now), noResponseDays: settings.noResponseDays };
}

/**
 * One application just written, read in two statements (its row, its tags) with rules the write
 * already read. The writes that call it derived its state in their transaction or left it as it
 * was; a step booked for a day that has come since is derived first, as every read does. The
 * other applications' booked steps are brought up to date by the next read of the board, the
 * list or the insights (as before).
 */
export async function readWrittenApplication(ctx: ServiceContext, id: string, r: MappingRules): Promise<Application> {
  let row = await applicationViewById(ctx.db, ctx.ownerId, id);
  if (row?.next_event_on && row.next_event_on <= r.today) {
    await catchUpStates(ctx.db, ctx.ownerId, r.today, [id]);
    row = await applicationViewById(ctx.db, ctx.ownerId, id);
  }
  if (!row) throw notFound('application', id);
  const tags = await tagsFor(ctx.db, ctx.ownerId, [id]);
  return toApplication(row, tags.get(id) ?? [], r);
}

/** One application, after bringing the owner's booked steps up to date: four statements (settings, due steps, row, tags). */
export async function getApplicationSummary(ctx: ServiceContext, id: string): Promise<Application> {
  return readWrittenApplication(ctx, id, await readingRules(ctx));
}

function fieldsToPatch(input: Partial<ApplicationCreate>): ApplicationPatch {
  const patch: ApplicationPatch = {};
  const set = <K extends keyof ApplicationPatch>(k: K, v: ApplicationPatch[K] | undefined): void => {
    if (v !== undefined) patch[k] = v;
  };
  set('title', input.title);
  set('source', input.source);
  set('referral', input.referral === undefined ? undefined : Number(input.referral));
  set('referrer', input.referrer);
  set('resume_version', input.resumeVersion);
  set('tailored', input.tailored === undefined ? undefined : Number(input.tailored));
  set('fit', input.fit);
  set('excitement', input.excitement);
  set('salary_min', input.salaryMin);
  set('salary_max', input.salaryMax);
  set('salary_currency', input.salaryCurrency);
  set('location', input.location);
  set('remote', input.remote);
  set('job_url', input.jobUrl);
  set('description', input.description);
  set('notes', input.notes);
  if (input.title !== undefined) {
    const role = classifyRole(input.title);
    patch.role_family = role.roleFamily;
    patch.seniority = role.seniority;
  }
  return patch;
}

export async function createApplication(ctx: ServiceContext, input: ApplicationCreate): Promise<Application> {
  const r = await readingRules(ctx);
  const stage = input.stage ?? 'applied';
  const occurredOn = input.date ?? r.today;
  checkEventDate(stage, occurredOn, r.today, 'date');
  const id = newId();
  const now = ctx.now().toISOString();
  await transact(ctx.db, async (trx) => {
    const companyId = await ensureCompanyId(trx, ctx.ownerId, input.company, now);
    const role = classifyRole(input.title);
    await insertApplication(trx, {
      referral: 0,
      tailored: 0,
      role_family: role.roleFamily,
      seniority: role.seniority,
      ...fieldsToPatch(input),
      id,
      owner_id: ctx.ownerId,
      company_id: companyId,
      title: input.title,
      created_at: now,
      updated_at: now,
    });
    await replaceTags(trx, ctx.ownerId, id, input.tags ?? []);
    await insertEvent(trx, {
      id: newId(),
      owner_id: ctx.ownerId,
      application_id: id,
      stage,
      occurred_on: occurredOn,
      round: stage === 'interview' ? 1 : null,
      interview_type: null,
      note: null,
      created_at: now,
    });
    await refreshApplicationState(trx, ctx.ownerId, r.today, [id]);
  });
  return readWrittenApplication(ctx, id, r);
}

export async function getApplication(ctx: ServiceContext, id: string): Promise<ApplicationDetail> {
  const r = await readingRules(ctx);
  const app = await readWrittenApplication(ctx, id, r);
  const [events, notes] = await Promise.all([eventsFor(ctx.db, ctx.ownerId, id), notesFor(ctx.db, ctx.ownerId, id)]);
  return { ...app, events: events.map((e) => toStageEvent(e, r.today)), noteEntries: notes.map(toNote) };
}

function listFilter(query: Omit<ApplicationListQuery, 'page' | 'pageSize'>, r: MappingRules): ViewFilter {
  return {
    q: query.q,
    statuses: query.status,
    tag: query.tag,
    sources: query.source,
    from: query.from,
    to: query.to,
    silentSince: query.noResponse ? { statuses: AWAITING_REPLY, cutoff: noResponseCutoff(r.today, r.noResponseDays) } : undefined,
  };
}

/** The list's filter for these query parameters, with the user's rules of today (steps come due first). */
export async function listedFilter(ctx: ServiceContext, query: Omit<ApplicationListQuery, 'page' | 'pageSize'>): Promise<ViewFilter> {
  return listFilter(query, await readingRules(ctx));
}

/**
 * Every application the list would show with these filters, page after page
 * (for exports); `onPage` receives each page as it is read.
 */
export async function forEachListedApplication(
  ctx: ServiceContext,
  query: Omit<ApplicationListQuery, 'page' | 'pageSize'>,
  onPage: (items: Application[]) => Promise<void> | void,
  pageSize = 2000,
): Promise<number> {
  const r = await readingRules(ctx);
  const filter = listFilter(query, r);
  let offset = 0;
  for (;;) {
    const { rows, total } = await listApplicationViews(ctx.db, ctx.ownerId, filter, { sort: query.sort, order: query.order, limit: pageSize, offset });
    const tags = await tagsFor(ctx.db, ctx.ownerId, rows.map((x) => x.id));
    await onPage(rows.map((row) => toApplication(row, tags.get(row.id) ?? [], r)));
    offset += rows.length;
    if (rows.length < pageSize || offset >= total) return total;
  }
}

async function listPage<Row>(
  ctx: ServiceContext,
  query: ApplicationListQuery,
  read: (filter: ViewFilter, page: ViewPage) => Promise<{ rows: (Row & { id: string })[]; total: number; next: ViewCursor | null }>,
  map: (row: Row, tags: string[], r: MappingRules) => ApplicationSummary,
) {
  const r = await readingRules(ctx);
  const { rows, total, next } = await read(listFilter(query, r), {
    sort: query.sort,
    order: query.order,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    after: query.after === undefined ? undefined : decodeListCursor(query.after, query.sort, query.order),
  });
  const tags = await tagsFor(ctx.db, ctx.ownerId, rows.map((x) => x.id));
  return {
    items: rows.map((row) => map(row, tags.get(row.id) ?? [], r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor: next ? encodeListCursor(next, query.sort, query.order) : null,
  };
}

export async function listApplications(ctx: ServiceContext, query: ApplicationListQuery): Promise<ApplicationPage> {
  const page = await listPage(ctx, query, (filter, at) => listApplicationViews(ctx.db, ctx.ownerId, filter, at), toApplication);
  return page as ApplicationPage;
}

/** The same page without each application's job description and notes (`fields=summary`: the list page). */
export async function listApplicationSummaries(ctx: ServiceContext, query: ApplicationListQuery): Promise<ApplicationSummaryPage> {
  return listPage(ctx, query, (filter, at) => listApplicationViews(ctx.db, ctx.ownerId, filter, at, 'summary'), toApplicationSummary);
}

export async function updateApplication(ctx: ServiceContext, id: string, input: ApplicationUpdate): Promise<Application> {
  const now = ctx.now().toISOString();
  await transact(ctx.db, async (trx) => {
    const patch = fieldsToPatch(input);
    if (input.company !== undefined) patch.company_id = await ensureCompanyId(trx, ctx.ownerId, input.company, now);
    patch.updated_at = now;
    const ok = await updateApplicationIfVersion(trx, ctx.ownerId, id, input.version, patch);
    if (!ok) {
      // Nothing written: either there is no such application of this owner, or it changed since it was read.
      if (!(await findApplication(trx, ctx.ownerId, id))) throw notFound('application', id);
      throw new ServiceError(
        'stale',
        'This application was changed elsewhere since you opened it. Reload to see the latest version, then make your edit again.',
      );
    }
    if (input.tags !== undefined) await replaceTags(trx, ctx.ownerId, id, input.tags);
  });
  return readWrittenApplication(ctx, id, rulesFrom(await getSettings(ctx), ctx.now()));
}

/** How long a deletion can be undone. */
export const RESTORE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes an application and everything it owns, keeping a copy for a day so
 * the deletion can be undone (restoreApplication).
 */
export async function deleteApplication(ctx: ServiceContext, id: string): Promise<void> {
  const now = ctx.now();
  await transact(ctx.db, async (trx) => {
    const snapshot = await snapshotApplication(trx, ctx.ownerId, id);
    if (!snapshot) throw notFound('application', id);
    await pruneSnapshots(trx, ctx.ownerId, new Date(now.getTime() - RESTORE_WINDOW_MS).toISOString());
    await saveSnapshot(trx, ctx.ownerId, id, snapshot, now.toISOString());
    await deleteRow(trx, ctx.ownerId, id);
  });
}

/** Takes back a deletion: the application returns with its history, debrief, notes and links. */
export async function restoreApplication(ctx: ServiceContext, id: string): Promise<Application> {
  const { today } = await readingRules(ctx);
  const cutoff = new Date(ctx.now().getTime() - RESTORE_WINDOW_MS).toISOString();
  await transact(ctx.db, async (trx) => {
    await pruneSnapshots(trx, ctx.ownerId, cutoff);
    const snapshot = await findSnapshot(trx, ctx.ownerId, id);
    if (!snapshot) {
      if (await findApplication(trx, ctx.ownerId, id)) throw new ServiceError('conflict', 'This application was already restored.');
      throw new ServiceError('not_found', `There is no recently deleted application with id "${id}" to restore.`);
    }
    const ok = await restoreSnapshot(trx, ctx.ownerId, snapshot);
    if (!ok) throw new ServiceError('conflict', 'This application can no longer be restored: its company was removed.');
    await refreshApplicationState(trx, ctx.ownerId, today, [id]);
    await dropSnapshot(trx, ctx.ownerId, id);
  });
  return getApplicationSummary(ctx, id);
}

/** Finds the application an id or a unique id prefix (as typed in the CLI) names. */
export async function resolveApplicationId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'applications', { one: 'application', many: 'applications' }, idOrPrefix);
}

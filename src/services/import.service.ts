import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { zApplicationCreate } from '../contracts/applications.js';
import type { ImportPreview, ImportProblem, ImportResult } from '../contracts/import.js';
import { insertEvents, type NewStageEvent } from '../db/repos/events.repo.js';
import { refreshApplicationState } from '../db/repos/derived-state.js';
import { withBulkCounts } from '../db/repos/kept-counts.repo.js';
import type { ApplicationPatch } from '../db/repos/applications.repo.js';
import {
  addImportKeys,
  applicationNames,
  closeImportKeys,
  fillApplication,
  findImportKeys,
  findLayout,
  importTargets,
  insertApplications,
  insertTags,
  saveLayout,
  stagesByApplication,
  openImportKeys,
  statusMaps,
  type ImportKey,
  type ImportTarget,
} from '../db/repos/import.repo.js';
import type { DB } from '../db/schema.js';
import { classifyRole } from '../domain/applications/role-family.js';
import { BOOKABLE_STAGES, isStage, type Stage } from '../domain/applications/stages.js';
import {
  detectPreset,
  headerKey,
  isImportField,
  matchKey,
  presetMapping,
  PRESETS,
  readRow,
  stageForWord,
  statusKey,
  unknownStatusWords,
  type ColumnMapping,
  type ImportedRow,
  type PresetId,
  type StatusMap,
} from '../domain/import/index.js';
import { newId } from '../domain/ids.js';
import { todayIn } from '../domain/time.js';
import { ensureCompanyIds } from './companies.service.js';
import { companyKey } from '../db/repos/companies.repo.js';
import type { ServiceContext } from './context.js';
import { openCsv, type CsvRecord } from './csv-reader.js';
import { invalid, ServiceError } from './errors.js';
import { recordStageEvent } from './application-events.service.js';
import { getSettings } from './settings.service.js';
import { blankRejection, ensureRejectionRecord } from './rejection-record.js';
import { insertRejections } from '../db/repos/rejections.repo.js';
import { transact } from '../db/transact.js';

/**
 * Importing applications from a CSV file (docs/decisions/0019-import-export.md).
 * The file is streamed; the whole import runs in one transaction, and a dry
 * run is the same import rolled back, so its counts are exactly what a real
 * import would do.
 */

export interface ImportOptions {
  preset?: PresetId;
  mapping?: ColumnMapping;
  statusMap?: StatusMap;
  dryRun?: boolean;
  /** `valid`: import the valid rows; `all`: nothing when any row has a problem. */
  mode?: 'valid' | 'all';
  /** Called as rows are read (at most every 200 rows). */
  onProgress?: (rows: number, bytes: number) => void;
}

/** Problems kept in the answer; beyond this only the count grows. */
const MAX_PROBLEMS = 500;
const SAMPLE_ROWS = 8;
const BATCH = 500;

interface Layout {
  headers: string[];
  key: string;
  preset: PresetId;
  mapping: ColumnMapping;
  statusMap: StatusMap;
  remembered: boolean;
}

function layoutKey(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(headerKey).join('\u001f')).digest('hex');
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function cleanStatusMap(map: Record<string, string>): StatusMap {
  const out: StatusMap = {};
  for (const [word, stage] of Object.entries(map)) if (isStage(stage) && statusKey(word)) out[statusKey(word)] = stage;
  return out;
}

/** The mapping for this header row: given, else chosen preset, else remembered, else detected. */
async function resolveLayout(ctx: ServiceContext, headersRaw: string[], options: ImportOptions): Promise<Layout> {
  const headers = headersRaw.map((h) => h.trim());
  const key = layoutKey(headers);
  const saved = await findLayout(ctx.db, ctx.ownerId, key);
  const knownWords: StatusMap = {};
  for (const text of await statusMaps(ctx.db, ctx.ownerId)) Object.assign(knownWords, cleanStatusMap(parseJson(text, {})));
  const statusMap = { ...knownWords, ...cleanStatusMap(options.statusMap ?? {}) };
  const savedPreset = saved && (PRESETS as Record<string, unknown>)[saved.preset] ? (saved.preset as PresetId) : undefined;
  const preset = options.preset ?? savedPreset ?? detectPreset(headers);
  let mapping: ColumnMapping;
  let remembered = false;
  if (options.mapping) mapping = options.mapping;
  else if (saved && !options.preset) {
    mapping = parseJson<(string | null)[]>(saved.mapping, []).map((f) => (f && isImportField(f) ? f : null));
    remembered = true;
  } else mapping = presetMapping(headers, preset);
  mapping = headers.map((_, i) => mapping[i] ?? null);
  return { headers, key, preset, mapping, statusMap, remembered };
}

async function rememberLayout(ctx: ServiceContext, layout: Layout): Promise<void> {
  await saveLayout(ctx.db, {
    owner_id: ctx.ownerId,
    layout_key: layout.key,
    headers: JSON.stringify(layout.headers),
    preset: layout.preset,
    mapping: JSON.stringify(layout.mapping),
    status_map: JSON.stringify(layout.statusMap),
    updated_at: ctx.now().toISOString(),
  });
}

async function headerRow(records: AsyncGenerator<CsvRecord>): Promise<string[]> {
  const first = await records.next();
  if (first.done) throw invalid('file', 'The file is empty. Export your applications as CSV with a header row, then try again.');
  return first.value.cells;
}

/** What the file holds and how it would be read, without importing. */
export async function previewImport(ctx: ServiceContext, source: AsyncIterable<Uint8Array>, options: ImportOptions = {}): Promise<ImportPreview> {
  const csv = await openCsv(source);
  const layout = await resolveLayout(ctx, await headerRow(csv.records), options);
  const statusColumn = layout.mapping.indexOf('status');
  const sample: string[][] = [];
  const statusCells: string[] = [];
  let rows = 0;
  for await (const record of csv.records) {
    rows += 1;
    if (sample.length < SAMPLE_ROWS) sample.push(layout.headers.map((_, i) => record.cells[i] ?? ''));
    if (statusColumn >= 0) statusCells.push(record.cells[statusColumn] ?? '');
  }
  const words = new Map<string, { word: string; rows: number; stage: Stage | null }>();
  for (const cell of statusCells) {
    const word = cell.trim();
    if (!word) continue;
    const k = statusKey(word);
    const entry = words.get(k) ?? { word, rows: 0, stage: stageForWord(word, layout.statusMap) };
    entry.rows += 1;
    words.set(k, entry);
  }
  return {
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    headers: layout.headers,
    preset: layout.preset,
    remembered: layout.remembered,
    mapping: layout.mapping,
    sample,
    rows,
    statusWords: [...words.values()].sort((a, b) => b.rows - a.rows),
  };
}

/** Status words the import would not understand (for the command line to ask about). */
export async function unmatchedStatusWords(ctx: ServiceContext, source: AsyncIterable<Uint8Array>, options: ImportOptions = {}) {
  const preview = await previewImport(ctx, source, options);
  return unknownStatusWords(
    preview.statusWords.flatMap((w) => Array<string>(w.rows).fill(w.word)),
    (await resolveLayout(ctx, preview.headers, options)).statusMap,
  );
}

class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super('rolled back');
  }
}

/** The checks of the application contract, as one reason. */
function contractProblem(row: ImportedRow): string | null {
  const parsed = zApplicationCreate.safeParse({
    company: row.company,
    title: row.title,
    source: row.source,
    referral: row.referral,
    referrer: row.referrer,
    jobUrl: row.jobUrl,
    location: row.location,
    remote: row.remote,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    salaryCurrency: row.salaryCurrency,
    notes: row.notes,
    description: row.description,
    resumeVersion: row.resumeVersion,
    tags: row.tags.slice(0, 20),
  });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`;
}

/** The events that tell a new application's story from one row: applied, then where it stands. */
function eventsFor(row: ImportedRow, id: string, ownerId: string, day: string, now: string): NewStageEvent[] {
  const base = { owner_id: ownerId, application_id: id, round: null, interview_type: null, note: null, created_at: now };
  const first: Stage = row.stage === 'saved' ? 'saved' : 'applied';
  const events: NewStageEvent[] = [{ ...base, id: newId(), stage: first, occurred_on: day }];
  if (row.stage !== first) events.push({ ...base, id: newId(), stage: row.stage, occurred_on: day, round: row.stage === 'interview' ? 1 : null });
  return events;
}

function findTarget(index: Map<string, ImportTarget[]>, row: ImportedRow): ImportTarget | undefined {
  const candidates = index.get(matchKey(row.company, row.title)) ?? [];
  if (candidates.length === 0) return undefined;
  if (row.jobUrl) {
    const byUrl = candidates.find((c) => c.job_url === row.jobUrl);
    if (byUrl) return byUrl;
  }
  if (row.date) return candidates.find((c) => c.first_on === row.date) ?? (candidates.length === 1 && !candidates[0]?.first_on ? candidates[0] : undefined);
  return candidates[0];
}

/** Fields the row knows and the application does not have yet. */
function missingFields(target: ImportTarget, row: ImportedRow): ApplicationPatch {
  const patch: ApplicationPatch = {};
  if (!target.job_url && row.jobUrl) patch.job_url = row.jobUrl;
  if (!target.location && row.location) patch.location = row.location;
  if (!target.remote && row.remote) patch.remote = row.remote;
  if (target.salary_min === null && row.salaryMin !== null) {
    patch.salary_min = row.salaryMin;
    patch.salary_max = row.salaryMax;
    patch.salary_currency = row.salaryCurrency;
  }
  if (!target.source && row.source) patch.source = row.source;
  if (!target.description && row.description) patch.description = row.description;
  if (!target.resume_version && row.resumeVersion) patch.resume_version = row.resumeVersion;
  return patch;
}

/**
 * A later status the file knows for an application the tracker has, recorded as any move is
 * (recordStageEvent, ADR 0004 and 0065): an ending cancels the steps booked ahead, an interview
 * takes the next round, an application that has ended stays ended. False when the rules refuse
 * the move: the row then only fills in missing fields.
 */
async function moveExisting(trx: Kysely<DB>, ctx: ServiceContext, id: string, stage: Stage, day: string, today: string): Promise<boolean> {
  try {
    const { row } = await recordStageEvent(trx, ctx, id, { stage, occurredOn: day, note: 'From an imported file' }, today);
    // A rejection is ready to debrief whichever way it was recorded.
    if (row?.stage === 'rejected') await ensureRejectionRecord(trx, ctx, id);
    return row !== null;
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'conflict' || e.code === 'validation')) return false;
    throw e;
  }
}

/**
 * Imports the rows of a CSV file. Rows already in the tracker (same company
 * and title, and the same first day or job URL) are updated when the file
 * knows more (a later status, a missing field) and skipped otherwise, so the
 * same file imported twice adds nothing.
 */
export async function importApplications(ctx: ServiceContext, source: AsyncIterable<Uint8Array>, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const settings = await getSettings(ctx);
  const today = todayIn(settings.timezone, ctx.now());
  const now = ctx.now().toISOString();
  let bytes = 0;
  const csv = await openCsv(source, (b) => (bytes = b));
  const layout = await resolveLayout(ctx, await headerRow(csv.records), options);
  if (!layout.mapping.includes('company') || !layout.mapping.includes('title')) {
    throw invalid('mapping', 'Match one column to Company and one to Job title, then try again.');
  }
  const preset = PRESETS[layout.preset];
  const rules = { mapping: layout.mapping, headers: layout.headers, statusMap: layout.statusMap, defaultSource: preset.source, labelledNotes: preset.labelledNotes };
  const result: ImportResult = { dryRun: Boolean(options.dryRun), imported: false, rows: 0, created: 0, updated: 0, skipped: 0, problemCount: 0, problems: [], seconds: 0 };
  const problem = (p: ImportProblem) => {
    result.problemCount += 1;
    if (result.problems.length < MAX_PROBLEMS) result.problems.push(p);
  };

  const run = async (trx: Kysely<DB>) => {
    // The match keys of the owner's applications live in the database for the
    // transaction (not in memory), so a file of any size keeps memory flat.
    await openImportKeys(trx);
    let seq = 0;
    for await (const page of applicationNames(trx, ctx.ownerId)) {
      await addImportKeys(trx, ctx.ownerId, page.map((a) => ({ match_key: matchKey(a.company, a.title), seq: seq++, application_id: a.id })));
    }
    let batch: ImportedRow[] = [];

    const flush = async () => {
      if (batch.length === 0) return;
      // What this batch may match: the applications under its keys, with their stages.
      const keys = [...new Set(batch.map((row) => matchKey(row.company, row.title)))];
      const found = await findImportKeys(trx, ctx.ownerId, keys);
      const ids = [...new Set(found.map((k) => k.application_id))];
      const byId = new Map((await importTargets(trx, ctx.ownerId, ids)).map((t) => [t.id, t]));
      const stages = await stagesByApplication(trx, ctx.ownerId, ids);
      const index = new Map<string, ImportTarget[]>();
      for (const k of found) {
        const target = byId.get(k.application_id);
        if (!target) continue;
        const list = index.get(k.match_key);
        if (list) list.push(target);
        else index.set(k.match_key, [target]);
      }
      const newRows = batch.filter((row) => !findTarget(index, row));
      const companies = newRows.length > 0 ? await ensureCompanyIds(trx, ctx.ownerId, newRows.map((row) => row.company), now) : new Map<string, string>();
      const apps: Parameters<typeof insertApplications>[1] = [];
      const tags: { owner_id: string; application_id: string; tag: string }[] = [];
      const events: NewStageEvent[] = [];
      const newKeys: ImportKey[] = [];
      const newIds = new Set<string>();
      for (const row of batch) {
        const target = findTarget(index, row);
        if (target) {
          const patch = missingFields(target, row);
          const known = stages.get(target.id) ?? new Set<string>();
          const later = row.stage !== target.status && !known.has(row.stage) && !(row.stage === 'saved' || row.stage === 'applied');
          const day = target.first_on && target.first_on > today ? target.first_on : today;
          // An application this batch adds (the file names it twice) is not written yet: its story grows here.
          const pending = newIds.has(target.id);
          const moved = later && (pending || (await moveExisting(trx, ctx, target.id, row.stage, day, today)));
          if (Object.keys(patch).length === 0 && !moved) {
            result.skipped += 1;
            continue;
          }
          if (Object.keys(patch).length > 0) {
            await fillApplication(trx, ctx.ownerId, target.id, patch, now);
            Object.assign(target, patch);
          }
          if (moved) {
            if (pending) events.push({ id: newId(), owner_id: ctx.ownerId, application_id: target.id, stage: row.stage, occurred_on: day, round: row.stage === 'interview' ? 1 : null, interview_type: null, note: 'From an imported file', created_at: now });
            known.add(row.stage);
            stages.set(target.id, known);
            target.status = row.stage;
          }
          result.updated += 1;
          continue;
        }
        const companyId = companies.get(companyKey(row.company));
        if (!companyId) throw new Error(`no company for ${row.company}`);
        const id = newId();
        const role = classifyRole(row.title);
        apps.push({
          id,
          owner_id: ctx.ownerId,
          company_id: companyId,
          title: row.title.trim(),
          source: row.source,
          referral: Number(row.referral),
          referrer: row.referrer,
          resume_version: row.resumeVersion,
          tailored: 0,
          fit: null,
          excitement: null,
          salary_min: row.salaryMin,
          salary_max: row.salaryMax,
          salary_currency: row.salaryCurrency,
          location: row.location,
          remote: row.remote,
          job_url: row.jobUrl,
          description: row.description,
          notes: row.notes,
          role_family: role.roleFamily,
          seniority: role.seniority,
          created_at: now,
          updated_at: now,
        });
        for (const tag of row.tags.slice(0, 20)) tags.push({ owner_id: ctx.ownerId, application_id: id, tag });
        const day = row.date ?? today;
        const story = eventsFor(row, id, ctx.ownerId, day, now);
        events.push(...story);
        const added: ImportTarget = { id, company: row.company, title: row.title, first_on: day, status: row.stage, job_url: row.jobUrl, location: row.location, remote: row.remote, salary_min: row.salaryMin, source: row.source, description: row.description, resume_version: row.resumeVersion };
        const k = matchKey(row.company, row.title);
        const list = index.get(k);
        if (list) list.push(added);
        else index.set(k, [added]);
        newKeys.push({ match_key: k, seq: seq++, application_id: id });
        stages.set(id, new Set(story.map((e) => e.stage)));
        newIds.add(id);
        result.created += 1;
      }
      await insertApplications(trx, apps);
      await insertTags(trx, tags);
      await insertEvents(trx, events);
      // A row that says "rejected" leads to a debrief that can start, as a move to Rejected does anywhere else.
      const created = new Set(apps.map((a) => a.id));
      const rejected = events.filter((e) => e.stage === 'rejected');
      await insertRejections(trx, rejected.filter((e) => created.has(e.application_id)).map((e) => blankRejection(ctx.ownerId, e.application_id, e.occurred_on, now)));
      await addImportKeys(trx, ctx.ownerId, newKeys);
      await refreshApplicationState(trx, ctx.ownerId, today, [...newIds]);
      batch = [];
    };

    for await (const record of csv.records) {
      result.rows += 1;
      const read = readRow(record.cells, record.line, rules);
      if (!read.ok) problem({ line: read.line, reason: read.reason });
      else {
        const why = contractProblem(read.row);
        const future = read.row.date && read.row.date > today && !BOOKABLE_STAGES.includes(read.row.stage) ? `the date ${read.row.date} is after today` : null;
        if (why ?? future) problem({ line: record.line, reason: (why ?? future) as string });
        else batch.push(read.row);
      }
      if (batch.length >= BATCH) await flush();
      if (result.rows % 200 === 0) options.onProgress?.(result.rows, bytes);
    }
    await flush();
    await closeImportKeys(trx);
    options.onProgress?.(result.rows, bytes);
    result.seconds = (performance.now() - started) / 1000;
    if (options.dryRun || (options.mode === 'all' && result.problemCount > 0)) throw new Rollback(result);
    result.imported = result.created + result.updated > 0;
  };

  try {
    // Rows by the thousand: the kept counts are counted once at the end (docs/decisions/0046).
    await transact(ctx.db, (trx) => withBulkCounts(trx, ctx.ownerId, () => run(trx)));
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  await rememberLayout(ctx, layout);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * Data as users have it, for `npm run bench -- scale`: companies with real
 * looking names, job descriptions of a few hundred words, notes, locations,
 * tags, about six stage events per application, and for rejected ones a
 * debrief with reasons and a theme. Written through the repos in batches
 * inside one transaction per owner (multi-row inserts), so 200,000
 * applications seed in minutes rather than hours.
 */
import type { Insertable, Kysely } from 'kysely';
import type { ApplicationsTable, CompaniesTable, DB } from '../../src/db/schema.js';
import { insertApplications } from '../../src/db/repos/applications.repo.js';
import { insertCompanies } from '../../src/db/repos/companies.repo.js';
import { insertEvents, type NewStageEvent } from '../../src/db/repos/events.repo.js';
import { refreshApplicationState } from '../../src/db/repos/derived-state.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { seededRandom } from '../../src/domain/demo/sample-search.js';
import type { Stage } from '../../src/domain/applications/stages.js';
import { addDays } from '../../src/domain/time.js';
import { REASONS as REASON_DEFS } from '../../src/domain/debrief/reasons.js';

const PATHS: [number, Stage[]][] = [
  [14, ['saved', 'applied', 'rejected']],
  [10, ['saved', 'applied', 'ghosted']],
  [8, ['saved', 'applied']],
  [6, ['applied', 'screen']],
  [4, ['applied', 'screen', 'assessment']],
  [14, ['saved', 'applied', 'screen', 'rejected']],
  [12, ['saved', 'applied', 'screen', 'assessment', 'interview', 'rejected']],
  [12, ['saved', 'applied', 'screen', 'interview', 'interview', 'interview', 'rejected']],
  [8, ['saved', 'applied', 'screen', 'assessment', 'interview', 'interview', 'final', 'rejected']],
  [5, ['saved', 'applied', 'screen', 'interview', 'interview', 'ghosted']],
  [4, ['saved', 'applied', 'screen', 'interview', 'interview', 'final', 'offer', 'accepted']],
  [3, ['saved', 'applied', 'screen', 'interview', 'final', 'offer', 'withdrawn']],
];
const WEIGHT = PATHS.reduce((s, [w]) => s + w, 0);

const FIRST = ['Lark', 'Quill', 'North', 'Bright', 'Ever', 'Blue', 'Iron', 'Silver', 'Cedar', 'Nova', 'Pixel', 'Harbor', 'Summit', 'Maple', 'Orbit', 'Copper', 'Fern', 'Delta', 'Echo', 'Atlas'];
const SECOND = ['spur', 'wave', 'wind', 'stone', 'field', 'gate', 'works', 'path', 'forge', 'leaf', 'point', 'line', 'bridge', 'light', 'craft'];
const SUFFIX = ['Labs', 'Software', 'Health', 'Analytics', 'Bank', 'Logistics', 'Energy', 'Studio'];
const TITLES = ['Senior Data Scientist', 'Product Analyst', 'Backend Engineer', 'Frontend Developer', 'Data Engineer', 'Product Manager', 'UX Designer', 'Analytics Engineer', 'Platform Engineer', 'Marketing Manager', 'Staff Engineer', 'Engineering Manager'];
const CITIES = ['Berlin', 'London', 'Lisbon', 'Amsterdam', 'Toronto', 'Austin', 'Remote (EU)', 'Paris', 'Dublin', 'Warsaw', null];
const SOURCES = ['job_board', 'company_site', 'recruiter', 'network', 'other'];
const TAGS = ['dream', 'fintech', 'climate', 'remote', 'visa', 'startup', 'follow-up'];
const REASONS = Object.values(REASON_DEFS);
const WORDS = ('we are looking for a thoughtful engineer to join our team and help customers build reliable data products '
  + 'you will work closely with product design and research to ship features that matter own services end to end '
  + 'mentor colleagues improve observability and care about accessibility performance and privacy requirements include '
  + 'experience with typescript python sql cloud infrastructure testing and clear writing benefits include flexible hours '
  + 'learning budget parental leave pension health insurance and a friendly hiring process with four short conversations').split(' ');

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, WORDS));
  return out.join(' ');
}

export interface SeededOwner {
  ids: string[];
  events: number;
}

/**
 * Writes `count` applications for `ownerId`. Inside a transaction, all of it
 * in that transaction; given the database itself, one transaction a batch,
 * as a large set needs on PostgreSQL: the kept counts are a few rows updated
 * once per event, and one transaction updating a row a million times leaves a
 * million versions of it to walk past. Returns their ids and the number of
 * stage events written.
 */
export async function seedScaleOwner(database: Kysely<DB>, ownerId: string, count: number, today: string, seed: number): Promise<SeededOwner> {
  const inBatch = <T>(fn: (db: Kysely<DB>) => Promise<T>): Promise<T> => (database.isTransaction ? fn(database) : database.transaction().execute(fn));
  const r = seededRandom(seed);
  const now = new Date().toISOString();
  const db = database;
  await ensureUser(db, ownerId, ownerId, now);
  const companies: Insertable<CompaniesTable>[] = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${SUFFIX[Math.floor(i / (FIRST.length * SECOND.length)) % SUFFIX.length]} ${i}`;
    return { id: `${ownerId}-c${i}`, owner_id: ownerId, name, name_key: name.toLowerCase(), size: pick(r, ['1-10', '51-200', '5000+', null]), created_at: now, updated_at: now };
  });
  for (let i = 0; i < companies.length; i += 500) await insertCompanies(db, companies.slice(i, i + 500));
  const themes = ['storytelling', 'system-design', 'salary-talk', 'portfolio'].map((slug) => ({
    id: `${ownerId}-t-${slug}`, owner_id: ownerId, slug, label: slug.replace('-', ' '), description: null, source: 'user', created_at: now,
  }));
  await db.insertInto('themes').values(themes).execute();
  const ids: string[] = [];
  let events = 0;
  const BATCH = 250;
  for (let start = 0; start < count; start += BATCH) {
    const apps: Insertable<ApplicationsTable>[] = [];
    const rows: NewStageEvent[] = [];
    const tags: { owner_id: string; application_id: string; tag: string }[] = [];
    const notes: { id: string; owner_id: string; application_id: string; body: string; created_at: string }[] = [];
    const rejected: { id: string; on: string }[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const id = `${ownerId}-a${i}`;
      ids.push(id);
      const referral = r() < 0.12 ? 1 : 0;
      const updated = new Date(Date.now() - Math.floor(r() * 3e10)).toISOString();
      apps.push({
        id, owner_id: ownerId, company_id: companies[Math.floor(r() * companies.length)]!.id, title: pick(r, TITLES),
        source: referral ? 'network' : pick(r, SOURCES), referral, tailored: r() < 0.4 ? 1 : 0, resume_version: pick(r, ['v1', 'v2', 'v3', null]),
        fit: r() < 0.15 ? null : 1 + Math.floor(r() * 5), excitement: r() < 0.15 ? null : 1 + Math.floor(r() * 5),
        salary_min: r() < 0.5 ? 50_000 + Math.floor(r() * 50) * 1000 : null, salary_max: null, salary_currency: 'EUR',
        location: pick(r, CITIES), remote: pick(r, ['onsite', 'hybrid', 'remote', null]), job_url: `https://jobs.example/${id}`,
        description: words(r, 150 + Math.floor(r() * 250)), notes: r() < 0.5 ? words(r, 20 + Math.floor(r() * 60)) : null,
        role_family: pick(r, ['data', 'software', 'product', 'design']), seniority: pick(r, ['junior', 'mid', 'senior', 'lead']),
        created_at: updated, updated_at: updated,
      });
      if (r() < 0.3) tags.push({ owner_id: ownerId, application_id: id, tag: pick(r, TAGS) });
      if (r() < 0.3) notes.push({ id: `${id}-n`, owner_id: ownerId, application_id: id, body: words(r, 40), created_at: now });
      let w = r() * WEIGHT;
      const path = PATHS.find(([weight]) => (w -= weight) < 0)?.[1] ?? PATHS[0]![1];
      let day = addDays(today, -Math.floor(r() * 540) - 60);
      path.forEach((stage, k) => {
        day = addDays(day, k === 0 ? 0 : 1 + Math.floor(r() * 9));
        rows.push({
          id: `${id}-e${k}`, owner_id: ownerId, application_id: id, stage, occurred_on: day,
          round: stage === 'interview' ? k : null, interview_type: null, note: r() < 0.2 ? words(r, 12) : null, created_at: new Date(Date.parse(now) + k).toISOString(),
        });
      });
      if (path[path.length - 1] === 'rejected') rejected.push({ id, on: day });
    }
    await inBatch(async (db) => {
      await insertApplications(db, apps);
      await insertEvents(db, rows);
      if (tags.length) await db.insertInto('application_tags').values(tags).execute();
      if (notes.length) await db.insertInto('application_notes').values(notes).execute();
      if (rejected.length) {
        await db.insertInto('rejections').values(rejected.map((x) => ({
          id: `${x.id}-r`, owner_id: ownerId, application_id: x.id, rejected_on: x.on, channel: 'email', stage_reached: null,
          message: `Thank you for your interest. ${words(r, 60)}`, reader_labels: null, corrections: null, note: words(r, 15),
          lessons_note: null, lessons_saved_at: null, skipped_steps: '[]', debrief_started_at: now,
          debrief_completed_at: r() < 0.6 ? now : null, created_at: now, updated_at: now,
        }))).execute();
        const reasons = rejected.flatMap((x) => [...new Set([pick(r, REASONS), pick(r, REASONS)])].map((reason) => ({
          owner_id: ownerId, rejection_id: `${x.id}-r`, reason: reason.id, control: reason.control,
        })));
        await db.insertInto('rejection_reasons').values(reasons).execute();
        const lessons = rejected.filter(() => r() < 0.4).map((x) => ({ id: `${x.id}-l`, owner_id: ownerId, application_id: x.id, theme_id: pick(r, themes).id, created_at: now }));
        if (lessons.length) await db.insertInto('lessons').values(lessons).execute();
      }
      // Each batch's derived state with its rows: one statement over the whole owner would update the
      // kept counts once per application inside one transaction.
      await refreshApplicationState(db, ownerId, today, apps.map((a) => a.id));
    });
    events += rows.length;
  }
  return { ids, events };
}

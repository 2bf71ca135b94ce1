import type { Kysely } from 'kysely';
import type { Insertable } from 'kysely';
import type { DB, StageEventsTable } from '../../src/db/schema.js';
import { refreshApplicationState } from '../../src/db/repos/derived-state.js';
import { insertApplications, type NewApplicationRow } from '../../src/db/repos/applications.repo.js';
import { insertCompanies } from '../../src/db/repos/companies.repo.js';
import { insertEvents } from '../../src/db/repos/events.repo.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { seededRandom } from '../../src/domain/demo/sample-search.js';
import { addDays } from '../../src/domain/time.js';
import type { Stage } from '../../src/domain/applications/stages.js';

const PATHS: Stage[][] = [
  ['applied', 'rejected'],
  ['applied', 'ghosted'],
  ['applied', 'screen', 'interview', 'interview', 'rejected'],
  ['applied', 'screen', 'assessment', 'interview', 'interview', 'final', 'rejected'],
  ['applied', 'screen', 'interview', 'interview', 'final', 'offer', 'accepted'],
  ['applied', 'screen', 'interview', 'interview', 'interview', 'final', 'rejected'],
  ['applied', 'screen', 'assessment', 'interview', 'interview', 'final', 'offer'],
  ['applied', 'screen', 'interview', 'interview', 'interview', 'final', 'offer', 'withdrawn'],
  ['applied', 'screen', 'interview'],
  ['saved', 'applied', 'screen', 'assessment', 'interview', 'rejected'],
];

/**
 * Writes `count` applications for `ownerId` with about six events each
 * (in batches, through the repos), spread over the year before `today`.
 */
export async function generateTrackerData(db: Kysely<DB>, ownerId: string, count: number, today: string, seed: number): Promise<string[]> {
  const r = seededRandom(seed);
  const now = new Date().toISOString();
  await ensureUser(db, ownerId, ownerId, now);
  const companies = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, (_, i) => ({
    id: `${ownerId}-c${i}`, owner_id: ownerId, name: `Company ${i}`, name_key: `company ${i}`, created_at: now, updated_at: now,
  }));
  for (let i = 0; i < companies.length; i += 500) await insertCompanies(db, companies.slice(i, i + 500));
  const ids: string[] = [];
  const BATCH = 200;
  for (let start = 0; start < count; start += BATCH) {
    const apps: NewApplicationRow[] = [];
    const events: Insertable<StageEventsTable>[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const id = `${ownerId}-a${i}`;
      ids.push(id);
      apps.push({
        id, owner_id: ownerId, company_id: companies[i % companies.length]!.id, title: r() < 0.5 ? 'Data Analyst' : 'Senior Software Engineer',
        source: r() < 0.6 ? 'job_board' : 'company_site', referral: r() < 0.1 ? 1 : 0, tailored: r() < 0.5 ? 1 : 0,
        fit: 1 + Math.floor(r() * 5), excitement: 1 + Math.floor(r() * 5), role_family: 'data', seniority: 'mid',
        created_at: now, updated_at: new Date(Date.now() - Math.floor(r() * 1e9)).toISOString(),
      });
      const path = PATHS[Math.floor(r() * PATHS.length)]!;
      let day = addDays(today, -Math.floor(r() * 360) - 30);
      path.forEach((stage, k) => {
        day = addDays(day, 1 + Math.floor(r() * 6));
        events.push({
          id: `${id}-e${k}`, owner_id: ownerId, application_id: id, stage, occurred_on: day,
          round: stage === 'interview' ? k : null, interview_type: null, note: null, created_at: new Date(Date.parse(now) + k).toISOString(),
        });
      });
    }
    await insertApplications(db, apps);
    for (let i = 0; i < events.length; i += 500) await insertEvents(db, events.slice(i, i + 500));
  }
  await refreshApplicationState(db, ownerId, today);
  return ids;
}

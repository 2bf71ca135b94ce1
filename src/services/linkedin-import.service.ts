/**
 * Importing LinkedIn's Connections.csv: a preview first (nothing saved), then
 * the import. Re-importing the same or a newer export updates the people you
 * have (matched on their profile address, else on name and company) and
 * never adds them twice. Read as a stream and written in batches inside one
 * transaction: a file that fails half-way leaves nothing behind.
 */
import type { Insertable, Kysely } from 'kysely';
import type { LinkedInImport } from '../contracts/contacts.js';
import { companyKey } from '../db/repos/companies.repo.js';
import * as repo from '../db/repos/contacts.repo.js';
import type { DB } from '../db/schema.js';
import type { ContactsTable } from '../db/schema-network.js';
import { newId } from '../domain/ids.js';
import { nameKey } from '../domain/network/contacts.js';
import { LinkedInFileError, readLinkedInConnections, type LinkedInConnection } from '../domain/network/linkedin.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';

const BATCH = 500;
const SAMPLE = 10;
const PROBLEMS = 20;

type Known = { id: string; name: string; email: string | null; company: string | null; position: string | null; connected_on: string | null; linkedin_url: string | null };

function changes(known: Known, c: LinkedInConnection): Partial<Insertable<ContactsTable>> | null {
  const patch: Partial<Insertable<ContactsTable>> = {};
  if (known.name !== c.name) Object.assign(patch, { name: c.name, name_key: nameKey(c.name) });
  if (c.email && known.email !== c.email) patch.email = c.email;
  if (known.company !== c.company) Object.assign(patch, { company: c.company, company_key: c.company ? companyKey(c.company) : null });
  if (known.position !== c.position) patch.position = c.position;
  if (c.connectedOn && known.connected_on !== c.connectedOn) patch.connected_on = c.connectedOn;
  if (c.url && known.linkedin_url !== c.url) patch.linkedin_url = c.url;
  return Object.keys(patch).length > 0 ? patch : null;
}

export async function importLinkedInConnections(
  ctx: ServiceContext,
  source: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  options: { apply: boolean },
): Promise<LinkedInImport> {
  const run = async (db: Kysely<DB>): Promise<LinkedInImport> => {
    const byKey: Map<string, Known> = await repo.linkedinIndex(db, ctx.ownerId);
    const byName = new Map((await repo.listContacts(db, ctx.ownerId, {}, 1_000_000)).filter((k) => !k.linkedin_key).map((k) => [`${k.name_key}|${k.company_key ?? ''}`, k as Known]));
    const result: LinkedInImport = { applied: options.apply, rows: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], sample: [] };
    const now = ctx.now().toISOString();
    let batch: Insertable<ContactsTable>[] = [];
    const flush = async (): Promise<void> => {
      if (options.apply && batch.length > 0) await repo.insertContacts(db, batch);
      batch = [];
    };
    try {
      for await (const row of readLinkedInConnections(source)) {
        result.rows += 1;
        if (!row.ok) {
          result.skipped += 1;
          if (result.problems.length < PROBLEMS) result.problems.push(row.problem);
          continue;
        }
        const c = row.connection;
        const known = (c.key ? byKey.get(c.key) : undefined) ?? byName.get(`${nameKey(c.name)}|${c.company ? companyKey(c.company) : ''}`);
        let change: 'add' | 'update' | 'same';
        if (known) {
          const patch = changes(known, c);
          change = patch ? 'update' : 'same';
          if (patch) {
            result.updated += 1;
            const withKey = c.key ? { ...patch, linkedin_key: c.key } : patch;
            if (options.apply) await repo.updateContact(db, ctx.ownerId, known.id, { ...withKey, updated_at: now });
            Object.assign(known, { name: c.name, email: c.email ?? known.email, company: c.company, position: c.position, connected_on: c.connectedOn ?? known.connected_on, linkedin_url: c.url ?? known.linkedin_url });
          } else result.unchanged += 1;
        } else {
          change = 'add';
          result.added += 1;
          const id = newId();
          batch.push({
            id, owner_id: ctx.ownerId, name: c.name, name_key: nameKey(c.name), role: null, company: c.company, company_key: c.company ? companyKey(c.company) : null,
            position: c.position, email: c.email, phone: null, linkedin_url: c.url, linkedin_key: c.key, how_met: 'LinkedIn connection', notes: null,
            cadence_weeks: null, connected_on: c.connectedOn, source: 'linkedin', created_at: now, updated_at: now,
          });
          const entry: Known = { id, name: c.name, email: c.email, company: c.company, position: c.position, connected_on: c.connectedOn, linkedin_url: c.url };
          if (c.key) byKey.set(c.key, entry);
          else byName.set(`${nameKey(c.name)}|${c.company ? companyKey(c.company) : ''}`, entry);
          if (batch.length >= BATCH) await flush();
        }
        if (result.sample.length < SAMPLE) result.sample.push({ name: c.name, company: c.company, position: c.position, connectedOn: c.connectedOn, change });
      }
      await flush();
    } catch (e) {
      if (e instanceof LinkedInFileError) throw new ServiceError('validation', e.message, { file: e.message });
      if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('CSV_')) {
        throw new ServiceError('validation', `The connections file could not be read as CSV (${e.message}). Nothing was imported.`, { file: e.message });
      }
      throw e;
    }
    if (result.rows === 0) throw new ServiceError('validation', 'The connections file has a header but no people in it. Nothing was imported.', { file: 'No rows after the header' });
    return result;
  };
  return options.apply ? ctx.db.transaction().execute(run) : run(ctx.db);
}

/**
 * Importing LinkedIn's Connections.csv: a preview first (nothing saved), then
 * the import. Re-importing the same or a newer export updates the people you
 * have (matched on their profile address, else on name and company) and
 * never adds them twice. Read as a stream and matched a batch at a time, so
 * memory stays flat however long the file; written inside one transaction,
 * so a file that fails half-way leaves nothing behind.
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
import { transact } from '../db/transact.js';

const BATCH = 500;
const SAMPLE = 10;
const PROBLEMS = 20;

type Known = Omit<repo.ImportMatch, 'linkedin_key' | 'name_key' | 'company_key'>;

const personKey = (name: string, company: string | null): string => `${nameKey(name)}|${company ? companyKey(company) : ''}`;

function changes(known: Known, c: LinkedInConnection): Partial<Insertable<ContactsTable>> | null {
  const patch: Partial<Insertable<ContactsTable>> = {};
  if (known.name !== c.name) Object.assign(patch, { name: c.name, name_key: nameKey(c.name) });
  if (c.email && known.email !== c.email) patch.email = c.email;
  if (known.company !== c.company) Object.assign(patch, { company: c.company, company_key: c.company ? companyKey(c.company) : null });
  if (known.position !== c.position) patch.position = c.position;
  if (c.connectedOn && known.connected_on !== c.connectedOn) patch.connected_on = c.connectedOn;
  if (c.url && known.linkedin_url !== c.url) Object.assign(patch, { linkedin_url: c.url, linkedin_key: c.key });
  return Object.keys(patch).length > 0 ? patch : null;
}

export async function importLinkedInConnections(
  ctx: ServiceContext,
  source: string | Uint8Array | AsyncIterable<string | Uint8Array>,
  options: { apply: boolean },
): Promise<LinkedInImport> {
  const run = async (db: Kysely<DB>): Promise<LinkedInImport> => {
    const result: LinkedInImport = { applied: options.apply, rows: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], sample: [] };
    const now = ctx.now().toISOString();
    // People of this file already counted (a line repeated further down is not added twice, even in a preview).
    const seen = new Set<string>();

    const handle = async (batch: LinkedInConnection[]): Promise<void> => {
      const found = await repo.importMatches(db, ctx.ownerId, batch.flatMap((c) => (c.key ? [c.key] : [])), batch.filter((c) => !c.key).map((c) => nameKey(c.name)));
      const byKey = new Map(found.filter((f) => f.linkedin_key).map((f) => [f.linkedin_key as string, f as Known]));
      const byName = new Map(found.filter((f) => !f.linkedin_key).map((f) => [`${f.name_key}|${f.company_key ?? ''}`, f as Known]));
      const inserts: Insertable<ContactsTable>[] = [];
      for (const c of batch) {
        const fileKey = c.key ?? personKey(c.name, c.company);
        const known = c.key ? byKey.get(c.key) : byName.get(personKey(c.name, c.company));
        let change: 'add' | 'update' | 'same';
        if (seen.has(fileKey) && !known) {
          change = 'same';
          result.unchanged += 1;
        } else if (known) {
          const patch = changes(known, c);
          change = patch ? 'update' : 'same';
          if (patch) {
            result.updated += 1;
            if (options.apply) await repo.updateContact(db, ctx.ownerId, known.id, { ...patch, updated_at: now });
            Object.assign(known, { name: c.name, email: c.email ?? known.email, company: c.company, position: c.position, connected_on: c.connectedOn ?? known.connected_on, linkedin_url: c.url ?? known.linkedin_url });
          } else result.unchanged += 1;
        } else {
          change = 'add';
          result.added += 1;
          const row = {
            id: newId(), owner_id: ctx.ownerId, name: c.name, name_key: nameKey(c.name), role: null, company: c.company, company_key: c.company ? companyKey(c.company) : null,
            position: c.position, email: c.email, phone: null, linkedin_url: c.url, linkedin_key: c.key, how_met: 'LinkedIn connection', notes: null,
            cadence_weeks: null, connected_on: c.connectedOn, source: 'linkedin', created_at: now, updated_at: now,
          };
          inserts.push(row);
          if (c.key) byKey.set(c.key, row);
          else byName.set(personKey(c.name, c.company), row);
        }
        seen.add(fileKey);
        if (result.sample.length < SAMPLE) result.sample.push({ name: c.name, company: c.company, position: c.position, connectedOn: c.connectedOn, change });
      }
      if (options.apply && inserts.length > 0) await repo.insertContacts(db, inserts);
    };

    let batch: LinkedInConnection[] = [];
    try {
      for await (const row of readLinkedInConnections(source)) {
        result.rows += 1;
        if (!row.ok) {
          result.skipped += 1;
          if (result.problems.length < PROBLEMS) result.problems.push(row.problem);
          continue;
        }
        batch.push(row.connection);
        if (batch.length >= BATCH) {
          await handle(batch);
          batch = [];
        }
      }
      await handle(batch);
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
  return options.apply ? transact(ctx.db, run) : run(ctx.db);
}

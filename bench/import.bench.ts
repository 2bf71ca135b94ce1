/**
 * `npm run bench -- import [--big]`: a 10,000-row CSV imported into SQLite,
 * imported again (nothing added), then the full JSON backup, its restore into
 * an empty database, and the CSV export of applications and of their events
 * beside the floor (the same rows by one SQL query). `--big` also streams a
 * ~100 MB CSV through a dry run. Peak RSS is printed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { ensureUser } from '../src/db/repos/users.repo.js';
import { buildBackup, restoreBackup } from '../src/services/backup.service.js';
import { bytesSource } from '../src/services/csv-reader.js';
import { writeExportCsv } from '../src/services/export.service.js';
import { importApplications } from '../src/services/import.service.js';
import type { ServiceContext } from '../src/services/context.js';
import { printTable } from './support/stats.js';

const STATUSES = ['Applied', 'Interview', 'Rejected', 'Ghosted', 'Offer', 'Screen'];

function csv(rows: number, padding = 0): Uint8Array {
  const lines = ['Company,Title,Applied on,Status,Location,Notes'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`Company ${i % 2500},"Role ${i}, team ${i % 7}",${day},${STATUSES[i % STATUSES.length]},City ${i % 40},"${'x'.repeat(padding)}"`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

export async function run(args: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-import-'));
  const open = async (name: string): Promise<ServiceContext & { close: () => Promise<void> }> => {
    const database = openDatabase({ sqlitePath: join(dir, name) });
    await migrate(database.db);
    await ensureUser(database.db, 'local', 'local', new Date().toISOString());
    return { db: database.db, ownerId: 'local', now: () => new Date('2026-12-01T10:00:00Z'), close: database.close };
  };
  const rows: [string, string][] = [];
  try {
    const ctx = await open('a.sqlite');
    const file = csv(10_000);
    const [first, tImport] = await time(() => importApplications(ctx, bytesSource(file)));
    rows.push([`import 10,000-row CSV (${first.created} created)`, `${(tImport / 1000).toFixed(2)} s`]);
    const [second, tAgain] = await time(() => importApplications(ctx, bytesSource(file)));
    rows.push([`same file again (${second.created} created, ${second.skipped} skipped)`, `${(tAgain / 1000).toFixed(2)} s`]);
    const [backup, tBackup] = await time(() => buildBackup(ctx));
    rows.push([`backup (${backup.tables.applications?.length} applications, ${backup.tables.stage_events?.length} events)`, `${(tBackup / 1000).toFixed(2)} s`]);
    const other = await open('b.sqlite');
    const [, tRestore] = await time(() => restoreBackup(other, JSON.parse(JSON.stringify(backup))));
    rows.push(['restore into an empty database', `${(tRestore / 1000).toFixed(2)} s`]);
    await other.close();
    const query = { sort: 'applied', order: 'asc' } as const;
    let size = 0;
    const [, tApps] = await time(() => writeExportCsv(ctx, query, 'applications', (t) => void (size += t.length)));
    rows.push([`CSV export, applications (${(size / 1e6).toFixed(1)} MB)`, `${tApps.toFixed(0)} ms`]);
    size = 0;
    const [, tEvents] = await time(() => writeExportCsv(ctx, query, 'events', (t) => void (size += t.length)));
    rows.push([`CSV export, stage events (${(size / 1e6).toFixed(1)} MB)`, `${tEvents.toFixed(0)} ms`]);
    const [, tFloor] = await time(() => ctx.db.selectFrom('stage_events as e').innerJoin('applications as a', 'a.id', 'e.application_id').selectAll('e').select('a.title').where('e.owner_id', '=', 'local').execute());
    rows.push(['floor: the same events by one SQL query', `${tFloor.toFixed(0)} ms`]);
    if (args.includes('--big')) {
      const big = csv(400_000, 200);
      const [r, tBig] = await time(() => importApplications(ctx, bytesSource(big), { dryRun: true }));
      rows.push([`dry run of a ${(big.length / 1e6).toFixed(0)} MB CSV (${r.rows} rows)`, `${(tBig / 1000).toFixed(1)} s`]);
    }
    await ctx.close();
    rows.push(['peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`]);
    printTable(['scenario', 'time'], rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

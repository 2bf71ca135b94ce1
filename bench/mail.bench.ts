/**
 * `npm run bench -- mail [--messages 50000] [--apps 300]`: writes a generated
 * mbox (varied job-search mail, some base64 / quoted-printable / HTML) to a
 * temporary folder, then imports it through the service into a fresh SQLite
 * database holding a few hundred applications, streaming from disk. Prints
 * messages per second and peak RSS (sampled during the import, and the
 * process's VmHWM), then a re-import (every message a duplicate).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { ensureUser } from '../src/db/repos/users.repo.js';
import { zApplicationCreate } from '../src/contracts/applications.js';
import { createApplication } from '../src/services/applications.service.js';
import { importMailbox } from '../src/services/mail-import.service.js';
import type { ServiceContext } from '../src/services/context.js';
import { generateCompanies, writeMbox } from './support/mail-data.js';
import { printTable } from './support/stats.js';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const mb = (bytes: number): number => bytes / 1048576;

function vmHwmMb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function timedImport(ctx: ServiceContext, path: string) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const t0 = performance.now();
  try {
    const summary = await importMailbox(ctx, createReadStream(path, { highWaterMark: 1024 * 1024 }), {
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    });
    return { summary, seconds: (performance.now() - t0) / 1000, peak };
  } finally {
    clearInterval(timer);
  }
}

export async function run(args: string[]): Promise<void> {
  const messages = option(args, 'messages', 50_000);
  const appCount = option(args, 'apps', 300);
  const dir = mkdtempSync(join(tmpdir(), 'debrief-mail-bench-'));
  try {
    const companies = generateCompanies(appCount + 100);
    const path = join(dir, 'mailbox.mbox');
    let t0 = performance.now();
    const bytes = await writeMbox(path, messages, companies, appCount);
    console.log(`  wrote ${messages.toLocaleString('en')} messages (${mb(bytes).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    await migrate(database.db);
    const now = () => new Date('2026-11-20T10:00:00Z');
    await ensureUser(database.db, 'local', 'Me', now().toISOString());
    const ctx: ServiceContext = { db: database.db, ownerId: 'local', now };
    t0 = performance.now();
    for (const c of companies.slice(0, appCount)) await createApplication(ctx, zApplicationCreate.parse({ company: c.company, title: c.title, date: '2025-12-15' }));
    console.log(`  seeded ${appCount} applications in ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS before import ${mb(process.memoryUsage().rss).toFixed(0)} MB`);

    const first = await timedImport(ctx, path);
    const again = await timedImport(ctx, path);
    await database.close();
    const s = first.summary;
    const skipped = Object.entries(s.skipped).map(([k, v]) => `${k} ${v}`).join(', ');
    printTable(
      ['run', 'messages', 'MB', 'seconds', 'messages/s', 'MB/s', 'peak RSS MB (sampled)', 'proposed', 'matched', 'duplicates', 'target'],
      [
        ['first import', s.read, mb(bytes), first.seconds, s.read / first.seconds, mb(bytes) / first.seconds, mb(first.peak), s.proposed, s.matched, s.duplicates, 'flat RSS'],
        ['re-import', again.summary.read, mb(bytes), again.seconds, again.summary.read / again.seconds, mb(bytes) / again.seconds, mb(again.peak), again.summary.proposed, again.summary.matched, again.summary.duplicates, 'nothing new'],
      ],
    );
    console.log(`  skipped (first import): ${skipped || 'none'}; errors ${s.errors}`);
    console.log(`  process peak RSS (VmHWM, whole run): ${vmHwmMb().toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- mail [--messages 50000] [--apps 300]`: writes a generated
 * mbox (varied job-search mail, some base64 / quoted-printable / HTML) to a
 * temporary folder, then imports it through the service into a fresh SQLite
 * database holding a few hundred applications, streaming from disk. Prints
 * messages per second and peak RSS (sampled during the import, and the
 * process's VmHWM), then a re-import (every message a duplicate).
 *
 * Without `--messages` it runs the scale series (`--sizes 10000,50000,150000`),
 * each size in its own process so that every peak RSS is that size's alone,
 * and prints one table: memory must stay flat as the mailbox grows.
 *
 * `--huge 50` appends a 50 MB message (a base64 attachment) to the mailbox: it
 * is skipped as too large, and the peak RSS shows it was never held whole.
 *
 * Measured 2026-12-03 (ADR 0038), `--sizes 10000,50000`, load 10.4–11, while
 * the mailbox was still generated in the measured process:
 *
 * | messages | RSS before import | peak RSS | V8 heap reserved / used, peak | alive after full GC |
 * |----------|-------------------|----------|-------------------------------|---------------------|
 * | 10,000   | 197 MB            | 268 MB   | 132 / 102 MB                  | 32.4 MB             |
 * | 50,000   | 254 MB            | 310 MB   | 184 / 158 MB                  | 31.9 MB             |
 *
 * What the import keeps is flat; the growth was there before it started (the
 * generator's heap). The mailbox is now written by a process of its own.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/** Appends one message of about `megabytes` (a PDF attachment in base64) to the mailbox; answers the bytes written. */
function appendHugeMessage(path: string, megabytes: number): number {
  const head =
    'From MAILER-DAEMON Tue Nov 10 09:00:00 2026\nFrom: "Recruiting" <jobs@example.com>\nSubject: Your offer pack\nMessage-ID: <huge-bench@mail.test>\n' +
    'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSee attached.\n--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n';
  const block = `${'JVBERi0xLjQK'.repeat(6)}\n`.repeat(14_000);
  appendFileSync(path, head);
  for (let i = 0; i < megabytes; i++) appendFileSync(path, block);
  appendFileSync(path, '--b--\n\n');
  return head.length + block.length * megabytes + 7;
}

function vmHwmMb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Peaks of the process's memory, by kind, sampled during an import. */
interface MemoryPeaks {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  /** Memory outside V8's heap held by JavaScript objects (buffers, SQLite's statements are not in it). */
  external: number;
}

function samplePeaks(p: MemoryPeaks): void {
  const m = process.memoryUsage();
  p.rss = Math.max(p.rss, m.rss);
  p.heapTotal = Math.max(p.heapTotal, m.heapTotal);
  p.heapUsed = Math.max(p.heapUsed, m.heapUsed);
  p.external = Math.max(p.external, m.external);
}

/** V8's heap in use after a full collection: what is still alive (NaN without --expose-gc). */
function liveHeapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  gc();
  return mb(process.memoryUsage().heapUsed);
}

async function timedImport(ctx: ServiceContext, path: string) {
  const peaks: MemoryPeaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 };
  samplePeaks(peaks);
  const timer = setInterval(() => samplePeaks(peaks), 25);
  const t0 = performance.now();
  try {
    const summary = await importMailbox(ctx, createReadStream(path, { highWaterMark: 1024 * 1024 }), {
      onProgress: () => samplePeaks(peaks),
    });
    return { summary, seconds: (performance.now() - t0) / 1000, peak: peaks.rss, peaks };
  } finally {
    clearInterval(timer);
  }
}

/** What one size reports to the scale series (`--json`). */
interface SizeResult {
  messages: number;
  mb: number;
  rssBeforeMb: number;
  firstSeconds: number;
  firstPeakMb: number;
  reimportSeconds: number;
  reimportPeakMb: number;
  hwmMb: number;
  /** Peaks during the first import: V8's heap as reserved, as used, and memory held outside it. */
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  /** V8's heap still alive after a full collection once both imports ended. */
  liveHeapMb: number;
  proposed: number;
  matched: number;
  duplicates: number;
}

const DEFAULT_SIZES = [10_000, 50_000, 150_000];

/** Each size in a child process (same runtime, same loader), one after the other. */
async function series(args: string[]): Promise<void> {
  const i = args.indexOf('--sizes');
  const sizes = i >= 0 ? (args[i + 1] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : DEFAULT_SIZES;
  const appCount = option(args, 'apps', 300);
  const runner = join(fileURLToPath(new URL('.', import.meta.url)), 'run.ts');
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const t0 = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...process.execArgv, '--expose-gc', runner, 'mail', '--messages', String(n), '--apps', String(appCount), '--json'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const line = stdout.trim().split('\n').at(-1) ?? '';
    results.push(JSON.parse(line) as SizeResult);
    console.log(`  ${n.toLocaleString('en')} messages: done in ${((performance.now() - t0) / 1000).toFixed(0)} s (own process)`);
  }
  printTable(
    ['messages', 'MB', 'RSS before MB', 'import s', 'messages/s', 'peak RSS MB (import, sampled)', 'peak RSS MB (re-import)', 'VmHWM MB',
      'V8 heap reserved, peak MB', 'V8 heap used, peak MB', 'external, peak MB', 'V8 heap alive after GC MB', 'proposed', 'matched', 'duplicates on re-import'],
    results.map((r) => [
      r.messages, r.mb, r.rssBeforeMb, r.firstSeconds, r.messages / r.firstSeconds, r.firstPeakMb, r.reimportPeakMb, r.hwmMb,
      r.heapTotalMb, r.heapUsedMb, r.externalMb, r.liveHeapMb, r.proposed, r.matched, r.duplicates,
    ]),
  );
  const hwm = results.map((r) => r.hwmMb);
  const spread = Math.max(...hwm) - Math.min(...hwm);
  console.log(`  VmHWM spread across sizes: ${spread.toFixed(0)} MB (${sizes.map((n) => n.toLocaleString('en')).join(' → ')} messages); target: flat`);
  console.log('  What is alive after a full collection is what the import keeps; the rest of a peak is garbage not yet collected (V8 lets its heap grow');
  console.log(`  under a steady stream of short-lived objects) and memory the allocator keeps for reuse. Load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
}

/** Writes the generated mailbox in a child process; answers its size in bytes. */
async function writeMboxApart(path: string, messages: number, appCount: number): Promise<number> {
  const runner = join(fileURLToPath(new URL('.', import.meta.url)), 'run.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, runner, 'mail', '--write-mbox', path, '--messages', String(messages), '--apps', String(appCount)],
    { maxBuffer: 1024 * 1024 },
  );
  return Number(stdout.trim().split('\n').at(-1));
}

export async function run(args: string[]): Promise<void> {
  const writeOnly = args.indexOf('--write-mbox');
  if (writeOnly >= 0) {
    const appCount = option(args, 'apps', 300);
    console.log(await writeMbox(args[writeOnly + 1] ?? '', option(args, 'messages', 50_000), generateCompanies(appCount + 100), appCount));
    return;
  }
  if (!args.includes('--messages')) return series(args);
  const messages = option(args, 'messages', 50_000);
  const appCount = option(args, 'apps', 300);
  const json = args.includes('--json');
  const log = json ? (): void => undefined : (text: string): void => console.log(text);
  const dir = mkdtempSync(join(tmpdir(), 'debrief-mail-bench-'));
  try {
    const companies = generateCompanies(appCount + 100);
    const path = join(dir, 'mailbox.mbox');
    let t0 = performance.now();
    // Written by a process of its own: generating the mailbox leaves this process's heap grown with
    // the mailbox's size, and the import's memory is what is measured here.
    let bytes = await writeMboxApart(path, messages, appCount);
    const huge = option(args, 'huge', 0);
    if (huge > 0) bytes += appendHugeMessage(path, huge);
    log(`  wrote ${messages.toLocaleString('en')} messages (${mb(bytes).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    await migrate(database.db);
    const now = () => new Date('2026-11-20T10:00:00Z');
    await ensureUser(database.db, 'local', 'Me', now().toISOString());
    const ctx: ServiceContext = { db: database.db, ownerId: 'local', now };
    t0 = performance.now();
    for (const c of companies.slice(0, appCount)) await createApplication(ctx, zApplicationCreate.parse({ company: c.company, title: c.title, date: '2025-12-15' }));
    const rssBefore = process.memoryUsage().rss;
    log(`  seeded ${appCount} applications in ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS before import ${mb(rssBefore).toFixed(0)} MB`);

    const first = await timedImport(ctx, path);
    const again = await timedImport(ctx, path);
    await database.close();
    const s = first.summary;
    if (json) {
      const result: SizeResult = {
        messages: s.read, mb: mb(bytes), rssBeforeMb: mb(rssBefore), firstSeconds: first.seconds, firstPeakMb: mb(first.peak),
        reimportSeconds: again.seconds, reimportPeakMb: mb(again.peak), hwmMb: vmHwmMb(), heapTotalMb: mb(first.peaks.heapTotal),
        heapUsedMb: mb(first.peaks.heapUsed), externalMb: mb(first.peaks.external), liveHeapMb: liveHeapMb(), proposed: s.proposed, matched: s.matched,
        duplicates: again.summary.duplicates,
      };
      console.log(JSON.stringify(result));
      return;
    }
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

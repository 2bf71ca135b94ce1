/**
 * Reader throughput: `npm run bench -- reader [--n 5000] [--seed 7] [--warm 500]`.
 * Generates varied messages from templates (all stages, kinds, footers, HTML,
 * quoted history) and runs readMessage over them on one core.
 *
 * `npm run bench -- reader --corpus [--n 7000]` reads the hand-written development messages of
 * tests/reader-corpus/dev.jsonl instead: mail from hundreds of different writers, where few sentences repeat from
 * one message to the next. It is the harder figure: templates repeat the same sentences, so the same few rule
 * patterns run over and over; real mail brings up many patterns, each now and then.
 *
 * `--warm <n>` reads n other messages first (made from another seed, or the corpus messages left out of the measure),
 * so that the JIT and the expressions are compiled before the clock starts. On one core a reader warmed on 500
 * messages is still compiling; the figure after 500 is the one of a short import, the figure after 10,000 that of a
 * long one (a first mailbox sync). The table says which was used.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { looksLikeMime, readMessage, type ReaderInput } from '../src/domain/reader/index.js';

const COMPANIES = ['Brightwell Foods', 'Northpeak Systems', 'Hartley & Rowe', 'Tidepool', 'Arcadia Labs', 'Vela Robotics', 'Kiteworks', 'Meridian Logistics', 'Saltmarsh Games', 'Crestline Bank'];
const ROLES = ['Data Analyst', 'Staff Nurse', 'Backend Developer', 'Account Executive', 'Structural Engineer', 'Paralegal', 'UX Designer', 'Product Manager'];
const OPENERS = ['Thank you for applying for the {role} role at {company}.', 'Thanks for taking the time to interview with us for the {role} position.', 'Thank you for completing the coding challenge for {role}.', 'Thank you for the phone screen last week about the {role} opening.', 'Thank you for attending the final round at {company}.'];
const DECISIONS = ['Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.', 'We regret to inform you that the position has been filled.', 'After careful consideration we will not be progressing your application.', 'The role has been cancelled due to a hiring freeze.', 'We were looking for someone with more hands-on experience with Kubernetes, so we will not proceed.', 'We would love to invite you to an interview next week.', 'We have received your application and will review it shortly.', 'Your salary expectations are above the budget for this role.'];
const CLOSERS = ['We will keep your CV on file for future opportunities.', 'We are unable to provide individual feedback.', 'If you would like feedback, please reply to this email.', 'We wish you the best of luck in your search.', 'Please keep an eye on our careers page for new roles.'];
const FOOTER = '\n\n--\nPlease do not reply to this email. Unsubscribe | Privacy notice | Equal Opportunity Employer. This message is confidential and intended for the named recipient only.';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function generate(n: number, seed = 7): ReaderInput[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: ReaderInput[] = [];
  for (let i = 0; i < n; i++) {
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const fill = (s: string): string => s.replace('{role}', role).replace('{company}', company);
    const paras = [`Dear Alex,`, fill(pick(OPENERS)) + ' ' + pick(DECISIONS), pick(CLOSERS) + ' ' + pick(CLOSERS), `Kind regards,\nJamie Rivera\nTalent Partner, ${company}`];
    let text = paras.join('\n\n');
    if (r() < 0.5) text += FOOTER;
    if (r() < 0.2) text += `\n\nOn Mon, 3 Mar 2025 at 09:00, Alex <alex@example.org> wrote:\n> Hi, any update on my application?\n> Thanks`;
    const subject = `Your application for ${role} at ${company}`;
    out.push(r() < 0.25 ? { html: `<html><body>${text.split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}</body></html>`, subject } : { text, subject });
  }
  return out;
}

/** The development messages of the reader's corpus (their text and subject; raw MIME ones are left out). */
export function corpusMessages(): ReaderInput[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../tests/reader-corpus/dev.jsonl');
  const out: ReaderInput[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text?: unknown; subject?: unknown };
    if (typeof row.text === 'string' && !looksLikeMime(row.text)) out.push({ text: row.text, subject: typeof row.subject === 'string' ? row.subject : undefined });
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    const v = i >= 0 ? Number(args[i + 1]) : NaN;
    return Number.isFinite(v) && v > 0 ? v : dflt;
  };
  // the warm-up may be none at all (a cold reader)
  const warmArg = args.includes('--warm') && Number(args[args.indexOf('--warm') + 1]) === 0 ? 0 : arg('--warm', 500);
  const corpus = args.includes('--corpus');
  let messages: ReaderInput[];
  let warmUp: ReaderInput[];
  if (corpus) {
    // warm up on the last messages, measure on the others (each read once)
    const all = corpusMessages();
    const warm = Math.min(warmArg, all.length - 1);
    warmUp = warm > 0 ? all.slice(-warm) : [];
    messages = all.slice(0, Math.min(arg('--n', all.length), all.length - warm));
  } else {
    const seed = arg('--seed', 7);
    messages = generate(arg('--n', 5000), seed);
    // other messages than those measured: the same templates, another seed
    warmUp = generate(warmArg, seed + 1000);
  }
  const n = messages.length;
  for (const m of warmUp) readMessage(m); // warm-up (JIT and regex compilation)
  const times: number[] = [];
  const load = loadavg();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  // batches of 250: on a shared machine the fastest batch shows what one core does when it is not taken away
  let batchStart = started;
  let bestBatch = 0;
  for (let i = 0; i < messages.length; i++) {
    const t0 = performance.now();
    readMessage(messages[i] as ReaderInput);
    const t1 = performance.now();
    times.push(t1 - t0);
    if ((i + 1) % 250 === 0) {
      bestBatch = Math.max(bestBatch, 250 / ((t1 - batchStart) / 1000));
      batchStart = t1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this process: the honest figure on a machine shared with other work
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  times.sort((a, b) => a - b);
  const q = (p: number): number => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 1000;
  const rows: [string, string][] = [
    ['warm-up messages (not measured)', String(warmUp.length)],
    ['messages', String(n)],
    ['seconds', seconds.toFixed(3)],
    ['messages/second', Math.round(n / seconds).toLocaleString('en-US')],
    ['CPU seconds', cpuSeconds.toFixed(3)],
    ['messages/CPU second', Math.round(n / cpuSeconds).toLocaleString('en-US')],
    ['best 250-message batch (msg/s)', Math.round(bestBatch).toLocaleString('en-US')],
    ['p50 per message (µs)', q(0.5).toFixed(0)],
    ['p95 per message (µs)', q(0.95).toFixed(0)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`reader benchmark (one core, readMessage, ${corpus ? 'the development messages of the corpus' : 'messages made from templates'}); load average ${load.map((x) => x.toFixed(2)).join(' / ')} on ${cpus().length} cores`);
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v.padStart(10)}`);
}

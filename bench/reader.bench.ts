/**
 * Reader throughput: `npm run bench -- reader [--n 5000] [--seed 7]`.
 * Generates varied messages from templates (all stages, kinds, footers, HTML,
 * quoted history) and runs readMessage over them on one core.
 */
import os from 'node:os';
import { readMessage, type ReaderInput } from '../src/domain/reader/index.js';

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

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, dflt: number): number => {
    const i = args.indexOf(name);
    const v = i >= 0 ? Number(args[i + 1]) : NaN;
    return Number.isFinite(v) && v > 0 ? v : dflt;
  };
  const n = arg('--n', 5000);
  const messages = generate(n, arg('--seed', 7));
  for (const m of messages.slice(0, 500)) readMessage(m); // warm-up (JIT and regex compilation)
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const m of messages) {
    const t0 = performance.now();
    readMessage(m);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this process: the honest figure on a machine shared with other work
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  times.sort((a, b) => a - b);
  const q = (p: number): number => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 1000;
  const rows: [string, string][] = [
    ['messages', String(n)],
    ['seconds', seconds.toFixed(3)],
    ['messages/second', Math.round(n / seconds).toLocaleString('en-US')],
    ['CPU seconds', cpuSeconds.toFixed(3)],
    ['messages/CPU second', Math.round(n / cpuSeconds).toLocaleString('en-US')],
    ['p50 per message (µs)', q(0.5).toFixed(0)],
    ['p95 per message (µs)', q(0.95).toFixed(0)],
  ];
  // The machine's load beside the figures: messages/second falls when other work
  // shares the cores; messages per CPU second is the single-core figure that does not.
  rows.push(['cores', String(os.cpus().length)], ['load average (1/5/15 min)', os.loadavg().map((l) => l.toFixed(1)).join(' ')]);
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log('reader benchmark (one core, readMessage)');
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v.padStart(10)}`);
}

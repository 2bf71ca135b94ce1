/**
 * `debrief parse-email [FILE|-] [--json | --jsonl]`
 *   FILE or stdin: one message (.eml or plain text) → one JSON object (--json) or a summary.
 *   --jsonl: JSON lines {"id","text","subject"?} on stdin → one {id, ...result} line each, in order;
 *            a bad line gets {"id","error"} and the run goes on.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import type { ReaderResult } from '../../domain/reader/index.js';

/** The reader and its model, loaded on the first message rather than when the CLI starts. */
const reader = () => import('../../domain/reader/index.js');

export interface ParseEmailOptions {
  json?: boolean;
  jsonl?: boolean;
}

interface Io {
  stdin: Readable;
  stdout: Writable;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function field(o: object, key: string): unknown {
  return Reflect.get(o, key);
}

/** One JSON line in, one JSON line out (never throws). */
export async function processJsonLine(line: string): Promise<string> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return JSON.stringify({ id: null, error: 'each line must be a JSON object like {"id": "...", "text": "..."}' });
  }
  const rawId = field(value, 'id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const text = field(value, 'text');
  const subject = field(value, 'subject');
  if (typeof text !== 'string') return JSON.stringify({ id, error: 'missing "text" (a string with the message)' });
  if (text.trim() === '') return JSON.stringify({ id, error: 'empty "text": there is no message to read' });
  try {
    const { readText } = await reader();
    const result = await readText(text, typeof subject === 'string' ? subject : undefined);
    return JSON.stringify({ id, ...result });
  } catch (e) {
    return JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) });
  }
}

/** Human-readable summary of a result. */
export function formatSummary(r: ReaderResult): string {
  const out: string[] = [];
  out.push(`kind:      ${r.kind}${r.stage ? ` (stage: ${r.stage})` : ''}  confidence ${r.confidence.toFixed(2)}`);
  if (r.notEnglish) out.push(`language:  ${r.language} — not English, labels are a low-confidence guess`);
  for (const key of ['company', 'role', 'contactName', 'contactEmail'] as const) {
    if (r[key]) out.push(`${key.padEnd(10)} ${r[key]}`);
  }
  if (r.reasons.length) {
    out.push('reasons:');
    for (const reason of r.reasons) {
      out.push(`  - ${reason}`);
      const ev = r.evidence.find((e) => e.label === 'reason' && e.value === reason);
      for (const s of ev?.sentences ?? []) out.push(`      “${s}”`);
    }
  }
  const flags = [
    ['feedback', r.feedback],
    ['feedbackOffered', r.feedbackOffered],
    ['doorOpen', r.doorOpen],
  ] as const;
  out.push(`flags:     ${flags.map(([k, v]) => `${k}=${v ? 'yes' : 'no'}`).join('  ')}`);
  for (const [k, v] of flags) {
    if (!v) continue;
    for (const s of r.evidence.find((e) => e.label === k)?.sentences ?? []) out.push(`  ${k}: “${s}”`);
  }
  return out.join('\n');
}

/** The command's action, testable without a process: returns the exit code. */
export async function runParseEmail(file: string | undefined, opts: ParseEmailOptions, io: Io): Promise<number> {
  const write = (s: string): void => void io.stdout.write(s + '\n');
  if (opts.jsonl) {
    const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      write(await processJsonLine(line));
    }
    return 0;
  }
  const raw = !file || file === '-' ? await readAll(io.stdin) : await readFile(file);
  if (raw.toString('utf8').trim() === '') throw new Error(`${!file || file === '-' ? 'standard input' : file} is empty: there is no message to read`);
  const { readRaw } = await reader();
  const result = await readRaw(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  write(opts.json ? JSON.stringify(result) : formatSummary(result));
  return 0;
}

export function registerParseEmail(program: Command): void {
  program
    .command('parse-email')
    .description('read a rejection (or other job-search) email: kind, stage, reasons, feedback, door open, company, role')
    .argument('[file]', 'an .eml file or plain text; "-" or nothing reads standard input')
    .option('--json', 'print one JSON object')
    .option('--jsonl', 'read JSON lines {"id","text","subject"?} from standard input, print one JSON line each')
    .action(async (file: string | undefined, opts: ParseEmailOptions) => {
      try {
        process.exitCode = await runParseEmail(file, opts, { stdin: process.stdin, stdout: process.stdout });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        process.stderr.write(`parse-email: ${message}\nGive an existing .eml/text file, "-" for standard input, or --jsonl with JSON lines on standard input.\n`);
        process.exitCode = 1;
      }
    });
}

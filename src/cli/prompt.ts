import { createInterface } from 'node:readline/promises';
import { UsageError } from './runtime.js';

/** Asks a yes/no question on the terminal; refuses to guess when there is no terminal. */
export async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new UsageError(`${question}\nNo terminal to ask on: pass --yes to confirm.`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Asks for a secret on the terminal without echoing it. */
export async function askSecret(question: string, hint: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError(`${question}\nNo terminal to ask on: ${hint}`);
  const { Writable } = await import('node:stream');
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stdout.write(`${question} `);
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

/** Everything on standard input, without the final line end (for `--password-stdin`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks for one line on the terminal (shown as typed). */
export async function ask(question: string, hint: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError(`${question}\nNo terminal to ask on: ${hint}`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(`${question} `)).trim();
  } finally {
    rl.close();
  }
}

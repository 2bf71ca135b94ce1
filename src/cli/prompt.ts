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

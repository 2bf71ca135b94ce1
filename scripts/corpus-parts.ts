/**
 * The parts of the reader's own corpus (tests/reader-corpus), found on disk: every sealed part in its number's order
 * (sealed, sealed-2, …, sealed-10, …), so that a new part is scored without editing a list.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/reader-corpus');

const partNumber = (file: string): number => Number(/^sealed-(\d+)\.jsonl$/.exec(file)?.[1] ?? 1);

/** The sealed parts' file names ("sealed.jsonl", "sealed-2.jsonl", …), in their number's order. */
export function sealedParts(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /^sealed(?:-\d+)?\.jsonl$/.test(f))
    .sort((a, b) => partNumber(a) - partNumber(b));
}

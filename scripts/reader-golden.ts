/**
 * The reader's exact output over every corpus message, the real development messages and the bench's
 * generated messages, one JSON line per message: a change meant to make the reader faster must leave
 * this file byte-identical.
 *   npx tsx scripts/reader-golden.ts [out-file]      (default /tmp/reader-golden.jsonl)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../bench/reader.bench.js';
import { looksLikeMime, readerFeatures, readMessage, readText, type ReaderInput } from '../src/domain/reader/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? '/tmp/reader-golden.jsonl';
const corpusDir = join(root, 'tests/reader-corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => join(corpusDir, f));
const real = [join(root, '../shared/data/rejection-emails/dev.jsonl'), '/work/shared/data/rejection-emails/dev.jsonl'].find((f) => existsSync(f));
if (real) files.push(real);

const lines: string[] = [];
const record = (source: string, input: ReaderInput): void => {
  // with the shipped model, with the rules alone, and the learned model's features
  lines.push(JSON.stringify({ source, read: readMessage(input), rules: readMessage(input, null), features: readerFeatures(input) }));
};
for (const file of files) {
  const name = file.includes('shared') ? 'shared/dev.jsonl' : (file.split('/').pop() ?? file);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: string; text?: string; subject?: string; from?: string };
    record(`${name}#${row.id ?? lines.length}`, { text: row.text, subject: row.subject, from: row.from });
    // a whole raw mail is read the way the evaluation reads it, through the MIME parser
    if (typeof row.text === 'string' && looksLikeMime(row.text)) lines.push(JSON.stringify({ source: `${name}#${row.id}:mime`, read: await readText(row.text, row.subject) }));
  }
}
generate(5000).forEach((m, i) => record(`bench#${i}`, m));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} messages → ${out}`);

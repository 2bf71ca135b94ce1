/**
 * The rounds' tests (`roundNN.cases.ts`), run in one file. Each on its own would load the rules and the model's weights and
 * build the pattern gate again, a few seconds a file over ninety files (docs/decisions/0081-test-time-for-the-reader.md). Every
 * file of that name in this folder is run, in the order of the rounds; a new round's cases need only the name.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rounds = readdirSync(dirname(fileURLToPath(import.meta.url)))
  .map((file) => /^round(\d+)\.cases\.ts$/.exec(file)?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

it('finds the cases of every round', () => {
  expect(rounds.length).toBeGreaterThanOrEqual(90);
  expect(rounds).toContain(93);
});

for (const n of rounds) describe(`round ${n}`, async () => {
  await import(`./round${n}.cases.ts`);
});

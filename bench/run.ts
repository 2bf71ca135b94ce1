/**
 * Benchmark runner: `npm run bench -- <name>` runs bench/<name>.bench.ts,
 * whose exported `run(args)` builds its own data and prints a table.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <name> [options]\nAvailable benchmarks: ${available.join(', ') || '(none)'}`);
  process.exit(name ? 2 : 0);
}
const mod = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as {
  run: (args: string[]) => Promise<void>;
};
await mod.run(rest);

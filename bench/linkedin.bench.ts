/**
 * `npm run bench -- linkedin [--sizes 5000,20000,60000]`: writes LinkedIn
 * Connections.csv files (note lines, a BOM, Windows line ends) of each size,
 * previews then imports each into a fresh SQLite database streaming from
 * disk, then re-imports it (every row unchanged). Prints rows per second and
 * the heap in use at the end: it must stay flat as the file grows.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { ensureUser } from '../src/db/repos/users.repo.js';
import { importLinkedInConnections } from '../src/services/linkedin-import.service.js';
import { printTable } from './support/stats.js';

const COMPANIES = ['Larkspur Labs', 'Northwind Analytics', 'Harbour Analytics', 'Quillon Software', 'Atlas Civic Data', 'Pebble Payments', 'Granite Cloud'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Connections.csv export of `rows` people, as LinkedIn writes it. */
export function connectionsCsv(rows: number): string {
  const lines = ['\uFEFFNotes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`Person${i},"Surname, ${i}",https://www.linkedin.com/in/person-${i},${i % 5 === 0 ? `p${i}@example.org` : ''},${COMPANIES[i % COMPANIES.length] ?? ''},Analyst ${i % 13},${day} ${MONTHS[i % 12] ?? 'Jan'} ${2015 + (i % 12)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--sizes');
  const sizes = (i >= 0 ? (args[i + 1] ?? '') : '5000,20000,60000').split(',').map(Number).filter((n) => n > 0);
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-linkedin-'));
  const rows: (string | number)[][] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `connections-${size}.csv`);
      writeFileSync(file, connectionsCsv(size));
      const database = openDatabase({ sqlitePath: join(dir, `db-${size}.sqlite`) });
      await migrate(database.db);
      await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
      const ctx = { db: database.db, ownerId: 'local', now: () => new Date() };
      global.gc?.();
      let t = performance.now();
      await importLinkedInConnections(ctx, createReadStream(file), { apply: false });
      const preview = performance.now() - t;
      t = performance.now();
      const done = await importLinkedInConnections(ctx, createReadStream(file), { apply: true });
      const apply = performance.now() - t;
      t = performance.now();
      const again = await importLinkedInConnections(ctx, createReadStream(file), { apply: true });
      const reimport = performance.now() - t;
      rows.push([size, done.added, again.unchanged, Math.round(preview), Math.round(apply), Math.round(reimport), Math.round(size / (apply / 1000)), (process.memoryUsage().heapUsed / 1048576).toFixed(1)]);
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(['rows', 'added', 're-import unchanged', 'preview ms', 'import ms', 're-import ms', 'rows/s', 'heap MB'], rows);
}

/**
 * `npm run bench -- hosted [--users 1000] [--apps 200] [--seconds 60] [--connections 50] [--servers 2] [--keep]`
 *
 * Hosted mode under a bounded mixed load, on PostgreSQL (DATABASE_URL, else
 * TEST_DATABASE_URL; a fresh database is created beside it and dropped at the
 * end unless --keep). N accounts with `--apps` applications each (about six
 * stage events per application) are written with multi-row inserts through the
 * repos; each account signs in over HTTP like a browser. Then `serve --hosted`
 * runs as two processes on two ports, and a Node loop of `--connections`
 * clients splits requests round-robin between them for `--seconds`:
 *
 * - 70% reads: the board (35%) and the list's first page (35%);
 * - 20% writes: a move to interview (10%) and an edit of the notes (10%, with
 *   the version last read, as the web app sends it);
 * - 10% insights.
 *
 * Each client owns a fixed share of the accounts, so no two clients edit the
 * same application at once (a stale version would be a real 409, not load).
 * Every answer is checked for tenancy: the seeded ids carry their owner's
 * number, so an id of another account anywhere in a body is a leak. The same
 * load then runs against one server. The table gives p50/p95/p99 per
 * operation, throughput and errors, for two servers and for one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { todayIn } from '../src/domain/time.js';
import buildCli from '../tests/support/build-cli.global.js';
import { seedScaleOwner } from './support/scale-data.js';
import { freePort } from './support/server.js';
import { percentile, printTable } from './support/stats.js';

const PUBLIC_URL = 'http://debrief.bench';
const PASSWORD = 'bench password long enough';
const OPS = [
  { name: 'board', weight: 35 },
  { name: 'list', weight: 35 },
  { name: 'move', weight: 10 },
  { name: 'edit', weight: 10 },
  { name: 'insights', weight: 10 },
] as const;
type OpName = (typeof OPS)[number]['name'];

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const ownerId = (u: number): string => `benchu${String(u).padStart(5, '0')}`;
const OWNER_IN_ID = /benchu(\d{5})/g;

interface Account {
  u: number;
  id: string;
  cookie: string;
  /** Applications that can move to interview (never ended), with the version last read. */
  open: { id: string; version: number }[];
}

async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `debrief_bench_hosted_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Accounts written straight into better-auth's tables (one password hash for all), then their search. */
async function seed(database: Database, users: number, apps: number, hash: string): Promise<void> {
  const today = todayIn('UTC');
  const now = new Date();
  for (let u = 0; u < users; u++) {
    const id = ownerId(u);
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into auth_user (id, name, email, "emailVerified", "createdAt", "updatedAt", role, banned)
                values (${id}, ${`Seeker ${u}`}, ${`seeker${u}@bench.example`}, true, ${now}, ${now}, 'user', false)`.execute(trx);
      await sql`insert into auth_account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
                values (${`${id}-acc`}, ${id}, 'credential', ${id}, ${hash}, ${now}, ${now})`.execute(trx);
      await seedScaleOwner(trx, id, apps, today, u + 1);
    });
    if ((u + 1) % 50 === 0 || u + 1 === users) process.stdout.write(`\r  seeded ${u + 1}/${users} accounts`);
  }
  process.stdout.write('\n');
}

interface Server {
  base: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function startHostedServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(process.cwd(), 'dist', 'cli', 'main.js'), 'serve', '--hosted', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL, DEBRIEF_SIGNUP: 'closed', DEBRIEF_SECRET: 'bench-secret-bench-secret-bench-secret-42', SMTP_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signIn(base: string, u: number): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    // each account from its own address: the sign-in limit counts per address
    headers: { 'content-type': 'application/json', origin: PUBLIC_URL, 'x-forwarded-for': `10.${u >> 16 & 255}.${u >> 8 & 255}.${u & 255}` },
    body: JSON.stringify({ email: `seeker${u}@bench.example`, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of seeker${u} answered ${res.status}: ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').filter((c) => c && !c.endsWith('=')).join('; ');
}

interface Sample {
  op: OpName;
  ms: number;
  ok: boolean;
}

interface RunResult {
  samples: Sample[];
  wallMs: number;
  leaks: number;
  checked: number;
  firstError: string | null;
}

/** Ids of other accounts anywhere in a body. */
function leaksIn(body: string, u: number): number {
  let n = 0;
  for (const m of body.matchAll(OWNER_IN_ID)) if (Number(m[1]) !== u) n += 1;
  return n;
}

async function load(servers: Server[], accounts: Account[], connections: number, seconds: number): Promise<RunResult> {
  const samples: Sample[] = [];
  let leaks = 0;
  let checked = 0;
  let firstError: string | null = null;
  let turn = 0;
  const deadline = performance.now() + seconds * 1000;
  const totalWeight = OPS.reduce((s, o) => s + o.weight, 0);
  const pickOp = (): OpName => {
    let w = Math.random() * totalWeight;
    for (const o of OPS) if ((w -= o.weight) < 0) return o.name;
    return 'board';
  };

  const client = async (c: number): Promise<void> => {
    const mine = accounts.filter((a) => a.u % connections === c);
    if (mine.length === 0) return;
    while (performance.now() < deadline) {
      const account = mine[Math.floor(Math.random() * mine.length)]!;
      const server = servers[turn++ % servers.length]!; // round-robin, like a load balancer
      const op = pickOp();
      const target = account.open.length > 0 ? account.open[Math.floor(Math.random() * account.open.length)]! : null;
      let path = '/api/board';
      let init: RequestInit = {};
      const write = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { cookie: account.cookie, origin: PUBLIC_URL, 'content-type': 'application/json' } });
      if (op === 'list') path = '/api/applications?pageSize=50';
      else if (op === 'insights') path = '/api/insights';
      else if (op === 'move' && target) {
        path = `/api/applications/${target.id}/events`;
        init = write('POST', { stage: 'interview' });
      } else if (op === 'edit' && target) {
        path = `/api/applications/${target.id}`;
        init = write('PATCH', { version: target.version, notes: `Edited under load at ${new Date().toISOString()}` });
      }
      if (!init.method) init = { headers: { cookie: account.cookie } };
      const t0 = performance.now();
      let ok = false;
      try {
        const res = await fetch(`${server.base}${path}`, init);
        const text = await res.text();
        ok = res.ok;
        if (!ok && !firstError) firstError = `${op} ${path} → ${res.status} ${text.slice(0, 200)}`;
        if (ok) {
          checked += 1;
          leaks += leaksIn(text, account.u);
          if (target && (op === 'move' || op === 'edit')) {
            const body = JSON.parse(text) as { version?: number; application?: { version?: number } };
            target.version = body.application?.version ?? body.version ?? target.version;
          }
        }
      } catch (e) {
        if (!firstError) firstError = `${op} ${path}: ${e instanceof Error ? e.message : String(e)}`;
      }
      samples.push({ op, ms: performance.now() - t0, ok });
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, c) => client(c)));
  return { samples, wallMs: performance.now() - start, leaks, checked, firstError };
}

function rows(label: string, r: RunResult): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const op of [...OPS.map((o) => o.name), 'all'] as const) {
    const s = op === 'all' ? r.samples : r.samples.filter((x) => x.op === op);
    const times = s.map((x) => x.ms).sort((a, b) => a - b);
    out.push([
      label, op, String(s.length), (s.length * 1000) / r.wallMs,
      percentile(times, 50), percentile(times, 95), percentile(times, 99),
      String(s.filter((x) => !x.ok).length), op === 'all' ? String(r.leaks) : '',
    ]);
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const adminUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!adminUrl || !/^postgres(ql)?:\/\//.test(adminUrl)) {
    console.error('The hosted benchmark needs PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL to postgres://…');
    process.exitCode = 2;
    return;
  }
  const users = option(args, 'users', 1000);
  const apps = option(args, 'apps', 200);
  const seconds = option(args, 'seconds', 60);
  const connections = option(args, 'connections', 50);
  const serverCount = option(args, 'servers', 2);
  const keep = args.includes('--keep');

  await buildCli();
  const created = await createDatabase(adminUrl);
  const database = openDatabase({ url: created.url });
  const servers: Server[] = [];
  try {
    console.log(`Hosted benchmark: ${users} accounts × ${apps} applications, ${connections} connections, ${seconds} s per run; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    await migrate(database.db);
    const t0 = performance.now();
    // the one password hash, made by the server's own code (better-auth's scrypt)
    const { hashPassword } = await import('better-auth/crypto');
    await seed(database, users, apps, await hashPassword(PASSWORD));
    const counts = await sql<{ a: string; e: string }>`select (select count(*) from applications) as a, (select count(*) from stage_events) as e`.execute(database.db);
    console.log(`  ${Number(counts.rows[0]?.a).toLocaleString('en')} applications, ${Number(counts.rows[0]?.e).toLocaleString('en')} stage events in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await sql`analyze`.execute(database.db);

    for (let i = 0; i < serverCount; i++) servers.push(await startHostedServer(created.url));
    const open = await database.db
      .selectFrom('applications')
      .innerJoin('application_state', 'application_state.application_id', 'applications.id')
      .select(['applications.id', 'applications.owner_id', 'applications.version'])
      .where('application_state.status', 'in', ['applied', 'screen', 'assessment', 'interview'])
      .execute();
    const openBy = new Map<string, { id: string; version: number }[]>();
    for (const o of open) openBy.set(o.owner_id, [...(openBy.get(o.owner_id) ?? []), { id: o.id, version: Number(o.version) }]);
    const accounts: Account[] = [];
    const t1 = performance.now();
    for (let u = 0; u < users; u += 8) {
      const batch = Array.from({ length: Math.min(8, users - u) }, (_, k) => u + k);
      const cookies = await Promise.all(batch.map((x) => signIn(servers[x % servers.length]!.base, x)));
      batch.forEach((x, k) => accounts.push({ u: x, id: ownerId(x), cookie: cookies[k]!, open: openBy.get(ownerId(x)) ?? [] }));
    }
    console.log(`  ${users} sessions signed in over HTTP in ${((performance.now() - t1) / 1000).toFixed(0)} s`);

    const table: (string | number)[][] = [];
    const results: { label: string; r: RunResult }[] = [];
    for (const n of [...new Set([serverCount, 1])]) {
      const label = `${n} server${n === 1 ? '' : 's'}`;
      console.log(`  load on ${label} for ${seconds} s…`);
      const r = await load(servers.slice(0, n), accounts, connections, seconds);
      results.push({ label, r });
      table.push(...rows(label, r));
    }
    console.log('');
    printTable(['servers', 'operation', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'leaks'], table);
    for (const { label, r } of results) {
      console.log(`${label}: ${r.checked} answers checked for tenancy, ${r.leaks} ids of another account${r.firstError ? `; first error: ${r.firstError}` : ''}`);
    }
    console.log(`Load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (the load tool runs on the same machine as the servers and PostgreSQL).`);
    if (results.some(({ r }) => r.leaks > 0)) process.exitCode = 1;
  } finally {
    for (const s of servers) await s.stop();
    await database.close();
    if (!keep) await created.drop();
    else console.log(`Kept the database: ${created.url.replace(/:[^:@/]*@/, ':***@')}`);
  }
}

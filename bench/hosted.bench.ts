/**
 * `npm run bench -- hosted [--users 1000] [--apps 200] [--seconds 60] [--connections 50] [--servers 2]
 *  [--rate 15] [--keep] [--reuse <database-url>] [--cpu-prof <folder>]`
 *
 * Hosted mode under a bounded mixed load, on PostgreSQL (DATABASE_URL, else
 * TEST_DATABASE_URL; a fresh database is created beside it and dropped at the
 * end unless --keep). N accounts with `--apps` applications each (about six
 * stage events per application) are written with multi-row inserts through the
 * repos; each account signs in over HTTP like a browser. Then `serve --hosted`
 * runs as two processes on two ports, and `--connections` keep-alive
 * connections split requests round-robin between them for `--seconds`:
 *
 * - 70% reads: the board (35%) and the list's first page (35%);
 * - 20% writes: a move to interview (10%) and an edit of the notes (10%, with
 *   the version last read, as the web app sends it);
 * - 10% insights.
 *
 * Two loads per number of servers:
 *
 * - **bounded** (`--rate` requests per second in all, shared by the
 *   connections): request i is due at start + i / rate whether or not the
 *   earlier ones have been answered (an open loop). A connection takes the
 *   next due request as soon as it is free; its latency counts from the time
 *   it was due, so a slow answer that holds requests back is counted in every
 *   one it delayed (no coordinated omission);
 * - **saturation** (a closed loop: each connection sends again as soon as it
 *   is answered): the most the machine serves, with latencies that are mostly
 *   waiting in line. `--rate 0` runs this one only.
 *
 * Each connection owns a fixed share of the accounts, so no two connections
 * edit the same application at once (a stale version would be a real 409,
 * not load). Every answer is checked for tenancy: the seeded ids carry their
 * owner's number, so an id of another account anywhere in a body is a leak.
 * The table gives p50/p95/p99 per operation, throughput and errors, for two
 * servers and for one, and the machine's load average after each run.
 *
 * Targets: board and list p95 < 50 ms, insights p95 < 150 ms, no errors, no leaks. What each
 * operation sends (the session read included): the board 5 statements (session, settings, booked
 * steps come due, its columns and totals in one window over the board's index, tags); the list 7;
 * a move 11 (settings, then lock, history, event, state and change mark in one transaction, then
 * the application and its tags); an edit 7; the insights 10. Where the time went before and the
 * figures since: docs/decisions/0036-the-board-in-one-statement.md.
 *
 * `--keep` keeps the database and prints its address; `--reuse <url>` runs
 * against such a database without seeding (with `--users N`, its first N
 * accounts), writing their sessions straight into better-auth's table.
 * `--cpu-prof <folder>` starts the servers with `node --cpu-prof` (one
 * profile per server process, written when it stops).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import pg from 'pg';
import { sql } from 'kysely';
import { INSIGHTS_FIRST } from '../src/contracts/first-pages.js';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { newId } from '../src/domain/ids.js';
import { todayIn } from '../src/domain/time.js';
import buildCli from '../tests/support/build-cli.global.js';
import { seedScaleOwner } from './support/scale-data.js';
import { freePort } from './support/server.js';
import { percentile, printTable } from './support/stats.js';

const PUBLIC_URL = 'http://debrief.bench';
const PASSWORD = 'bench password long enough';
const SECRET = 'bench-secret-bench-secret-bench-secret-42';
const SESSION_COOKIE = 'better-auth.session_token';
/** The bounded load's default: what this 2-core machine serves with the load tool and PostgreSQL beside the servers. */
const DEFAULT_RATE = 15;
const OPS = [
  { name: 'board', weight: 35 },
  { name: 'list', weight: 35 },
  { name: 'move', weight: 10 },
  { name: 'edit', weight: 10 },
  { name: 'insights', weight: 10 },
] as const;
type OpName = (typeof OPS)[number]['name'];

const gunzipAsync = promisify(gunzip);

function option(args: string[], name: string, fallback: number, allowZero = false): number {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) && (v > 0 || (allowZero && v === 0)) ? v : fallback;
}

function textOption(args: string[], name: string): string | null {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? args[i + 1] : undefined;
  return v && !v.startsWith('--') ? v : null;
}

const ownerId = (u: number): string => `benchu${String(u).padStart(5, '0')}`;
const OWNER_IN_ID = /benchu(\d{5})/g;
const redact = (url: string): string => url.replace(/:[^:@/]*@/, ':***@');
const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');

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
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
}

async function startHostedServer(databaseUrl: string, cpuProfDir: string | null): Promise<Server> {
  const port = await freePort();
  const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
  const child = spawn(process.execPath, [...profile, join(process.cwd(), 'dist', 'cli', 'main.js'), 'serve', '--hosted', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL, DEBRIEF_SIGNUP: 'closed', DEBRIEF_SECRET: SECRET, SMTP_URL: '' },
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
    port,
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

/**
 * A session as sign-in writes it, straight into the table, with its cookie signed as better-auth
 * signs it (HMAC-SHA256 of the token with the secret): for `--reuse`, where a thousand password
 * checks would only measure scrypt.
 */
async function writeSession(database: Database, u: number): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  await database.db
    .insertInto('auth_session')
    .values({ id: newId(), token, userId: ownerId(u), expiresAt: new Date(now.getTime() + 14 * 86_400_000), createdAt: now, updatedAt: now, ipAddress: null, userAgent: 'bench', impersonatedBy: null })
    .execute();
  const signature = createHmac('sha256', SECRET).update(token).digest('base64');
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
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
  /** Requests due in the bounded load that could not be sent before the drain deadline. */
  unsent: number;
  firstError: string | null;
  loadAfter: string;
  bytes: Partial<Record<OpName, number>>;
}

/** Ids of other accounts anywhere in a body. */
function leaksIn(body: string, u: number): number {
  let n = 0;
  for (const m of body.matchAll(OWNER_IN_ID)) if (Number(m[1]) !== u) n += 1;
  return n;
}

interface Reply {
  status: number;
  text: string;
  bytes: number;
}

/**
 * One request on a keep-alive connection, asking for gzip as a browser does. A kept connection the
 * server closed just as the request left is tried once more on a new one, as browsers do.
 */
async function send(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  try {
    return await sendOnce(agent, port, method, path, headers, body);
  } catch (e) {
    if ((e as { reusedSocket?: boolean }).reusedSocket && (e as NodeJS.ErrnoException).code === 'ECONNRESET') return sendOnce(agent, port, method, path, headers, body);
    throw e;
  }
}

function sendOnce(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, headers: { ...headers, 'accept-encoding': 'gzip', ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const done = (buf: Buffer): void => resolve({ status: res.statusCode ?? 0, text: buf.toString('utf8'), bytes: raw.length });
          if (res.headers['content-encoding'] === 'gzip') gunzipAsync(raw).then(done, reject);
          else done(raw);
        });
      },
    );
    req.on('error', (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

/**
 * One load: `rate` > 0 is the bounded open loop (request i due at start + i / rate, latency from
 * that time), 0 the closed loop. Connections are spread over the servers round-robin.
 */
async function load(servers: Server[], accounts: Account[], connections: number, seconds: number, rate: number): Promise<RunResult> {
  const samples: Sample[] = [];
  const bytes: Partial<Record<OpName, number>> = {};
  let leaks = 0;
  let checked = 0;
  let unsent = 0;
  let firstError: string | null = null;
  let turn = 0;
  let due = 0;
  const totalWeight = OPS.reduce((s, o) => s + o.weight, 0);
  const pickOp = (): OpName => {
    let w = Math.random() * totalWeight;
    for (const o of OPS) if ((w -= o.weight) < 0) return o.name;
    return 'board';
  };
  // One keep-alive connection per client (a browser tab's connection), whichever server it reaches.
  const agents = servers.map(() => new http.Agent({ keepAlive: true, maxSockets: connections }));
  const start = performance.now() + 20;
  const end = start + seconds * 1000;
  // An overloaded server would leave the open loop a backlog to drain for ever: it stops here.
  const drainDeadline = end + 10_000;

  const client = async (c: number): Promise<void> => {
    const mine = accounts.filter((a) => a.u % connections === c);
    if (mine.length === 0) return;
    for (;;) {
      let scheduled: number;
      if (rate > 0) {
        scheduled = start + (due++ * 1000) / rate;
        if (scheduled >= end) return;
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        else if (performance.now() > drainDeadline) {
          unsent += 1;
          continue;
        }
      } else {
        if (performance.now() < start) await new Promise((r) => setTimeout(r, start - performance.now()));
        if (performance.now() >= end) return;
        scheduled = performance.now();
      }
      const account = mine[Math.floor(Math.random() * mine.length)]!;
      const s = turn++ % servers.length; // round-robin, like a load balancer
      const server = servers[s]!;
      const target = account.open.length > 0 ? account.open[Math.floor(Math.random() * account.open.length)]! : null;
      let op = pickOp();
      if ((op === 'move' || op === 'edit') && !target) op = 'board'; // an account with nothing left open
      let method = 'GET';
      let path = '/api/board';
      let body: string | undefined;
      if (op === 'list') path = '/api/applications?pageSize=50&fields=summary'; // as the list page asks
      else if (op === 'insights') path = INSIGHTS_FIRST; // as the insights page asks
      else if (op === 'move' && target) {
        method = 'POST';
        path = `/api/applications/${target.id}/events`;
        body = JSON.stringify({ stage: 'interview' });
      } else if (op === 'edit' && target) {
        method = 'PATCH';
        path = `/api/applications/${target.id}`;
        body = JSON.stringify({ version: target.version, notes: `Edited under load at ${new Date().toISOString()}` });
      }
      const headers: Record<string, string> = body ? { cookie: account.cookie, origin: PUBLIC_URL, 'content-type': 'application/json' } : { cookie: account.cookie };
      let ok = false;
      try {
        const res = await send(agents[s]!, server.port, method, path, headers, body);
        ok = res.status >= 200 && res.status < 300;
        bytes[op] = (bytes[op] ?? 0) + res.bytes;
        if (!ok && !firstError) firstError = `${op} ${path} → ${res.status} ${res.text.slice(0, 200)}`;
        if (ok) {
          checked += 1;
          leaks += leaksIn(res.text, account.u);
          if (target && (op === 'move' || op === 'edit')) {
            const parsed = JSON.parse(res.text) as { version?: number; application?: { version?: number } };
            target.version = parsed.application?.version ?? parsed.version ?? target.version;
          }
        }
      } catch (e) {
        if (!firstError) firstError = `${op} ${path}: ${e instanceof Error ? e.message : String(e)}`;
      }
      samples.push({ op, ms: performance.now() - scheduled, ok });
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, c) => client(c)));
  const wallMs = performance.now() - start;
  for (const a of agents) a.destroy();
  return { samples, wallMs, leaks, checked, unsent, firstError, loadAfter: loadAverage(), bytes };
}

function rows(servers: string, mode: string, r: RunResult): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (const op of [...OPS.map((o) => o.name), 'all'] as const) {
    const s = op === 'all' ? r.samples : r.samples.filter((x) => x.op === op);
    const times = s.map((x) => x.ms).sort((a, b) => a - b);
    const kb = op === 'all' ? '' : ((r.bytes[op] ?? 0) / Math.max(1, s.length) / 1024).toFixed(1);
    out.push([
      servers, mode, op, String(s.length), (s.length * 1000) / r.wallMs,
      percentile(times, 50), percentile(times, 95), percentile(times, 99),
      String(s.filter((x) => !x.ok).length + (op === 'all' ? r.unsent : 0)), op === 'all' ? String(r.leaks) : '', kb,
    ]);
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const reuse = textOption(args, 'reuse');
  const adminUrl = reuse ?? (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL);
  if (!adminUrl || !/^postgres(ql)?:\/\//.test(adminUrl)) {
    console.error('The hosted benchmark needs PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL to postgres://… (or --reuse postgres://…)');
    process.exitCode = 2;
    return;
  }
  const apps = option(args, 'apps', 200);
  const seconds = option(args, 'seconds', 60);
  const connections = option(args, 'connections', 50);
  const serverCount = option(args, 'servers', 2);
  const rate = option(args, 'rate', DEFAULT_RATE, true);
  const keep = args.includes('--keep') || reuse !== null;
  const cpuProf = textOption(args, 'cpu-prof');

  await buildCli();
  const created = reuse ? { url: reuse, drop: async () => undefined } : await createDatabase(adminUrl);
  const database = openDatabase({ url: created.url });
  const servers: Server[] = [];
  try {
    let users = option(args, 'users', 1000);
    if (reuse) {
      const found = await sql<{ n: number; a: number }>`select (select count(*) from auth_user where id like 'benchu%') as n,
        (select count(*) from applications where owner_id = ${ownerId(0)}) as a`.execute(database.db);
      const kept = Number(found.rows[0]?.n ?? 0);
      if (kept === 0) throw new Error(`No bench accounts in ${redact(reuse)}: keep one with --keep first.`);
      users = Math.min(kept, args.includes('--users') ? users : kept);
      console.log(`Hosted benchmark on the kept database ${redact(reuse)}: ${users} of its ${kept} accounts × ${Number(found.rows[0]?.a)} applications`);
    } else {
      console.log(`Hosted benchmark: ${users} accounts × ${apps} applications`);
    }
    console.log(`  ${connections} connections, ${seconds} s per run, bounded load ${rate > 0 ? `${rate} requests/s` : 'off'} then saturation; ${os.cpus().length} cores, load average ${loadAverage()}`);
    await migrate(database.db);
    if (!reuse) {
      const t0 = performance.now();
      // the one password hash, made by the server's own code (better-auth's scrypt)
      const { hashPassword } = await import('better-auth/crypto');
      await seed(database, users, apps, await hashPassword(PASSWORD));
      const counts = await sql<{ a: string; e: string }>`select (select count(*) from applications) as a, (select count(*) from stage_events) as e`.execute(database.db);
      console.log(`  ${Number(counts.rows[0]?.a).toLocaleString('en')} applications, ${Number(counts.rows[0]?.e).toLocaleString('en')} stage events in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      await sql`analyze`.execute(database.db);
    }

    for (let i = 0; i < serverCount; i++) servers.push(await startHostedServer(created.url, cpuProf));
    const open = await database.db
      .selectFrom('applications')
      .innerJoin('application_state', 'application_state.application_id', 'applications.id')
      .select(['applications.id', 'applications.owner_id', 'applications.version'])
      .where('application_state.status', 'in', ['applied', 'screen', 'assessment', 'interview'])
      .where('applications.owner_id', '<', ownerId(users))
      .where('applications.owner_id', 'like', 'benchu%')
      .execute();
    const openBy = new Map<string, { id: string; version: number }[]>();
    for (const o of open) openBy.set(o.owner_id, [...(openBy.get(o.owner_id) ?? []), { id: o.id, version: Number(o.version) }]);
    const accounts: Account[] = [];
    const t1 = performance.now();
    for (let u = 0; u < users; u += 8) {
      const batch = Array.from({ length: Math.min(8, users - u) }, (_, k) => u + k);
      const cookies = await Promise.all(batch.map((x) => (reuse ? writeSession(database, x) : signIn(servers[x % servers.length]!.base, x))));
      batch.forEach((x, k) => accounts.push({ u: x, id: ownerId(x), cookie: cookies[k]!, open: openBy.get(ownerId(x)) ?? [] }));
    }
    console.log(`  ${users} sessions ${reuse ? 'written' : 'signed in over HTTP'} in ${((performance.now() - t1) / 1000).toFixed(0)} s`);

    const table: (string | number)[][] = [];
    const results: { label: string; r: RunResult }[] = [];
    for (const n of [...new Set([serverCount, 1])]) {
      const label = `${n} server${n === 1 ? '' : 's'}`;
      for (const r of rate > 0 ? [rate, 0] : [0]) {
        const mode = r > 0 ? `${r}/s` : 'saturation';
        console.log(`  ${label}, ${r > 0 ? `bounded at ${r} requests/s` : 'saturation (closed loop)'} for ${seconds} s…`);
        const result = await load(servers.slice(0, n), accounts, connections, seconds, r);
        results.push({ label: `${label}, ${mode}`, r: result });
        table.push(...rows(label, mode, result));
      }
    }
    console.log('');
    printTable(['servers', 'load', 'operation', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'leaks', 'KB/answer'], table);
    for (const { label, r } of results) {
      console.log(
        `${label}: ${r.checked} answers checked for tenancy, ${r.leaks} ids of another account; load average after ${r.loadAfter}` +
          `${r.unsent ? `; ${r.unsent} due requests never sent (counted as errors)` : ''}${r.firstError ? `; first error: ${r.firstError}` : ''}`,
      );
    }
    console.log('Latency of the bounded load counts from the time each request was due; the load tool and PostgreSQL run on the same machine as the servers.');
    if (results.some(({ r }) => r.leaks > 0)) process.exitCode = 1;
  } finally {
    for (const s of servers) await s.stop();
    await database.close();
    if (!keep) await created.drop();
    else if (!reuse) console.log(`Kept the database; run again on it with --reuse ${redact(created.url)}`);
  }
}

/**
 * The real server in its own process, for the HTTP benchmarks: the fresh
 * build (rebuilt first when older than the sources), on a free port
 * (`BENCH_PORT` to choose one), with its peak resident memory read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import buildCli from '../../tests/support/build-cli.global.js';

export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** Peak resident set size of the server process so far, in MB (VmHWM). */
  peakRssMb: () => number;
  /** CPU time (user + system) of the server process so far, in ms (clock ticks of 10 ms, from /proc). */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startBenchServer(env: NodeJS.ProcessEnv): Promise<BenchServer> {
  await buildCli();
  const port = await freePort();
  const built = join(process.cwd(), 'dist', 'cli', 'main.js');
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, built, 'serve', '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const peakRssMb = (): number => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const cpuMs = (): number => {
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the command's closing parenthesis.
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { base: `http://127.0.0.1:${port}`, child, peakRssMb, cpuMs, stop };
}

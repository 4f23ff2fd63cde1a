/** Load over HTTP with autocannon, and the servers of bench/serve.ts in child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';

export interface Load {
  name: string;
  connections: number;
  perSecond: number;
  p99: number;
  p50: number;
  non2xx: number;
  errors: number;
}

type Request = autocannon.Request;

/** Runs autocannon for `seconds` and sums up: mean req/s, latency percentiles (ms), refusals. */
export async function load(
  name: string,
  url: string,
  options: {
    connections: number;
    seconds: number;
    requests?: object[];
    headers?: Record<string, string>;
  },
): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.requests as Request[] | undefined,
  });
  return {
    name,
    connections: options.connections,
    perSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export interface Server<T> {
  info: T;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `bench/serve.ts <mode>` and waits for its JSON line. */
export async function startServer<T>(
  mode: 'hello' | 'app',
  env: NodeJS.ProcessEnv = {},
): Promise<Server<T>> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'serve.ts'), mode],
    {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  const info = await new Promise<T>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server ${mode} exited with ${code}`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as T));
  });
  return {
    info,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB (Linux), or undefined. */
export async function rssOf(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const fs = await import('node:fs');
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return undefined;
  }
}

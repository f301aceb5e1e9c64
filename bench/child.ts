// Forks a bench child process (TypeScript via ts-node) and talks to it over IPC, one request at a time.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** A message between the runner and a child: `type` names it, the rest is its payload. */
export interface Message {
  type: string;
  [key: string]: unknown;
}

/** A running child process: `ask` sends a message and resolves with the child's reply. */
export interface Child {
  pid: number;
  /** The payload of the child's `ready` message. */
  ready: Message;
  ask(msg: Message, timeoutMs?: number): Promise<Message>;
  /** Asks the child to stop, then kills it if it has not exited within 10 s. Never throws. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Bundles `bench/<script>` into JavaScript as `npm start` runs the API (esbuild, packages left in
 * node_modules), so a server child's memory is the service's and not the TypeScript compiler's.
 * Written under bench/.data/, from where node_modules resolves. Returns the bundle's path.
 */
function compile(script: string): string {
  const dir = join(__dirname, '.data', 'compiled');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${script.replace(/[/\\]/g, '-').replace(/\.ts$/, '')}.js`);
  buildSync({
    entryPoints: [join(__dirname, script)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    outfile,
  });
  return outfile;
}

/** Kills every child still running (for SIGINT and error paths). */
export function killAllChildren(): void {
  for (const proc of running) proc.kill('SIGKILL');
  running.clear();
}

/**
 * Starts `bench/<script>` in a new Node process with `env` added (and `nodeFlags`, e.g. --expose-gc;
 * with `compiled`, from an esbuild bundle instead of ts-node), and resolves when it sends
 * `{ type: 'ready' }`. A child that exits first, sends `{ type: 'error' }` or stays silent for
 * `timeoutMs` rejects with its stderr tail.
 */
export async function startChild(
  script: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
  nodeFlags: string[] = [],
  opts: { compiled?: boolean } = {},
): Promise<Child> {
  const proc = opts.compiled
    ? fork(compile(script), [], {
        execArgv: nodeFlags,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      })
    : fork(join(__dirname, script), [], {
        execArgv: [...nodeFlags, '-r', 'ts-node/register/transpile-only'],
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      });
  running.add(proc);
  proc.on('error', () => undefined); // a send to a child that just died: its exit is handled below
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  void exited.then(() => running.delete(proc));
  let stderr = '';
  proc.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
    if (process.env.BENCH_VERBOSE) process.stderr.write(c);
  });
  const next = (ms: number) =>
    new Promise<Message>((resolve, reject) => {
      const onMsg = (m: Message) => {
        cleanup();
        if (m.type === 'error') reject(new Error(`${script}: ${String(m.message)}`));
        else resolve(m);
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`${script} exited (code ${code}) while a reply was awaited:\n${stderr}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${script} did not answer within ${ms} ms:\n${stderr}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        proc.off('message', onMsg);
        proc.off('exit', onExit);
      };
      proc.on('message', onMsg);
      proc.once('exit', onExit);
    });
  const ready = await next(timeoutMs).catch((err: unknown) => {
    proc.kill('SIGKILL');
    throw err;
  });
  return {
    pid: proc.pid ?? -1,
    ready,
    ask: (msg, ms = 120_000) => {
      const reply = next(ms);
      proc.send(msg);
      return reply;
    },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      if (proc.connected) proc.send({ type: 'stop' }, () => undefined);
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The child side: sends `ready` with `info` once `start` resolves (or `error`), then answers each
 * message with `handle(msg)`; on `stop` runs `shutdown` and exits.
 */
export function serveParent(
  start: () => Promise<Message>,
  handle: (msg: Message) => Promise<Message>,
  shutdown: () => Promise<void> = async () => undefined,
): void {
  const send = (m: Message) => process.send?.(m);
  process.on('disconnect', () => void shutdown().finally(() => process.exit(0)));
  start()
    .then((info) => {
      send(info);
      process.on('message', (msg: Message) => {
        if (msg.type === 'stop') {
          void shutdown().finally(() => process.exit(0));
          return;
        }
        handle(msg).then(send, (err: unknown) =>
          send({ type: 'error', message: (err as Error).stack ?? String(err) }),
        );
      });
    })
    .catch((err: unknown) => {
      send({ type: 'error', message: (err as Error).stack ?? String(err) });
      setTimeout(() => process.exit(1), 100);
    });
}

import { ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

// The gateway and the sandbox each run in a child process of their own (as they would in
// production), so the load client, the gateway and the sources do not share one event loop.
// Parent and child talk over the IPC channel: {id, cmd, args} -> {id, ok, result | error}.

export interface CpuSample {
  userUs: number;
  systemUs: number;
  eluActive: number; // event loop active time, ms (performance.eventLoopUtilization)
  eluIdle: number;
}

export function cpuSample(): CpuSample {
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  return { userUs: cpu.user, systemUs: cpu.system, eluActive: elu.active, eluIdle: elu.idle };
}

type Handler = (args: any) => Promise<unknown> | unknown;

// In a child: answer the parent's commands; exit when the parent goes away.
export function serveParent(handlers: Record<string, Handler>): void {
  if (!process.send) throw new Error('this script runs as a child process of bench/verify/run.js');
  process.on('message', (msg: { id: number; cmd: string; args?: unknown }) => {
    const handler = handlers[msg.cmd];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${msg.cmd}`);
        return handler(msg.args);
      })
      .then(
        (result) => process.send?.({ id: msg.id, ok: true, result }),
        (err: unknown) =>
          process.send?.({ id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}

export function announceReady(info: unknown): void {
  process.send?.({ ready: true, info });
}

export function announceFailure(err: unknown): void {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  if (process.send) process.send({ failed: true, error: message }, undefined, undefined, () => process.exit(1));
  else process.exit(1);
}

export class Child<Ready> {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: any) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  private exited = false;
  private exitInfo = '';

  private constructor(
    readonly name: string,
    private readonly proc: ChildProcess,
    readonly ready: Ready,
  ) {
    proc.on('message', (msg: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (msg.id === undefined) return;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(`${name}: ${msg.error}`));
    });
    proc.on('exit', (code, signal) => {
      this.exited = true;
      this.exitInfo = `code ${code}${signal ? `, signal ${signal}` : ''}`;
      for (const [, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new Error(`${name} exited (${this.exitInfo})`));
      }
      this.pending.clear();
    });
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  static start<Ready>(
    name: string,
    script: string,
    env: Record<string, string>,
    opts: { execArgv?: string[]; startTimeoutMs: number },
  ): Promise<Child<Ready>> {
    const proc = fork(script, [], {
      env: { ...process.env, ...env },
      execArgv: opts.execArgv ?? [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`${name} did not start within ${opts.startTimeoutMs} ms`));
      }, opts.startTimeoutMs);
      const onMessage = (msg: { ready?: boolean; info?: Ready; failed?: boolean; error?: string }) => {
        if (msg.ready) {
          cleanup();
          resolve(new Child<Ready>(name, proc, msg.info as Ready));
        } else if (msg.failed) {
          cleanup();
          proc.kill('SIGKILL');
          reject(new Error(`${name} failed to start: ${msg.error}`));
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(new Error(`${name} exited before it was ready (code ${code}, signal ${signal})`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
      };
      proc.on('message', onMessage);
      proc.on('exit', onExit);
    });
  }

  call<T>(cmd: string, args?: unknown, timeoutMs = 10_000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited (${this.exitInfo})`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${cmd} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.proc.send({ id, cmd, args });
    });
  }

  // Asks the child to stop cleanly; kills it if it does not exit in time.
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    this.call('stop', undefined, timeoutMs).catch(() => undefined);
    const timer = setTimeout(() => {
      if (!this.exited) this.proc.kill('SIGKILL');
    }, timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

// A pass that every instance runs on a timer (deadline sweeps, outbox delivery). One pass at a
// time per instance: a call while one is running shares it. On shutdown the pass in flight
// finishes before the database closes; the rest waits for the next start.
export abstract class PeriodicTask<T> implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;
  protected stopping = false;

  // null turns the timer off (the pass can still be run by hand)
  protected abstract get intervalMs(): number | null;
  protected abstract runOnce(now: Date): Promise<T>;
  protected readonly runAtStart: boolean = false;

  onApplicationBootstrap(): void {
    const ms = this.intervalMs;
    if (ms === null) return;
    if (this.runAtStart) void this.trigger();
    this.timer = setInterval(() => void this.trigger(), ms);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  protected trigger(now = new Date()): Promise<T> {
    this.running ??= this.runOnce(now).finally(() => (this.running = undefined));
    return this.running;
  }
}

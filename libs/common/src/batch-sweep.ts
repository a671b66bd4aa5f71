import type { Logger } from 'pino';
import { PeriodicTask } from './periodic-task';

// A deadline sweep that every instance runs: fetch a batch of due rows, handle each in its own
// transaction, and go on while batches come back full. Each row is acted on by whichever
// instance's conditional update wins, so two instances sweeping at once handle it once, and a
// crash mid-sweep leaves the rest for the next pass. A subclass says only what is due and
// what handling one row means.
export abstract class BatchSweep<Row extends { id: string }, Tx> extends PeriodicTask<number> {
  protected readonly batchSize: number = 100;
  // in the logs: what the sweep does, and what a pass that handled rows reports
  protected abstract readonly label: string;
  protected abstract readonly summary: string;
  protected readonly summaryLevel: 'info' | 'warn' = 'info';
  protected abstract readonly logger: Logger;

  protected abstract due(now: Date, limit: number): Promise<Row[]>;
  protected abstract transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  // false when the row was no longer due (another instance won it, or it changed meanwhile)
  protected abstract handle(tx: Tx, row: Row, now: Date): Promise<boolean>;

  // One pass now (tests and operators); a call while a pass runs shares it.
  sweep(now = new Date()): Promise<number> {
    return this.trigger(now);
  }

  protected async runOnce(now: Date): Promise<number> {
    let handled = 0;
    let failed = 0;
    for (;;) {
      let rows: Row[];
      try {
        rows = await this.due(now, this.batchSize);
      } catch (err) {
        this.logger.warn({ err: (err as Error).message, sweep: this.label }, 'sweep could not fetch due rows');
        break;
      }
      let won = 0;
      let lost = 0;
      for (const row of rows) {
        if (this.stopping) break;
        try {
          if (await this.transaction((tx) => this.handle(tx, row, now))) won++;
        } catch (err) {
          lost++;
          this.logger.warn({ err: (err as Error).message, sweep: this.label, id: row.id }, 'sweep failed on a row');
        }
      }
      handled += won;
      failed += lost;
      // A short batch was the last. After a failed row, or a batch of which this instance won
      // nothing, the next fetch could return the same rows: the next pass tries them again.
      if (rows.length < this.batchSize || lost > 0 || won === 0 || this.stopping) break;
    }
    if (handled > 0) this.logger[this.summaryLevel]({ sweep: this.label, handled, failed }, this.summary);
    return handled;
  }
}

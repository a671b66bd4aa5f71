import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, PeriodicTask } from '#gw/common';
import { AssistRepository } from './assist.repository';
import { AssistService } from './assist.service';

const BATCH = 100;

// Runs in every instance; each overdue request is expired by whichever instance's conditional
// update wins, in its own transaction, so a crash mid-sweep leaves the rest for the next sweep.
@Injectable()
export class AssistSweepService extends PeriodicTask<number> {
  constructor(
    private readonly repo: AssistRepository,
    private readonly assist: AssistService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.verification.sweepIntervalMs;
  }

  sweep(now = new Date()): Promise<number> {
    return this.trigger(now);
  }

  protected async runOnce(now: Date): Promise<number> {
    let expired = 0;
    try {
      for (;;) {
        const rows = await this.repo.listOverdue(now, BATCH);
        for (const row of rows) if (await this.assist.expire(row.id, now)) expired++;
        if (rows.length < BATCH) break;
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'assist sweep failed');
    }
    if (expired > 0) this.logger.info({ expired }, 'overdue assist requests expired');
    return expired;
  }
}

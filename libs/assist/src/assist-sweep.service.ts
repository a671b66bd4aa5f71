import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER } from '../../common/src';
import { AssistRepository } from './assist.repository';
import { AssistService } from './assist.service';

const BATCH = 100;

// Runs in every instance; each overdue request is expired by whichever instance's conditional
// update wins, in its own transaction, so a crash mid-sweep leaves the rest for the next sweep.
@Injectable()
export class AssistSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly repo: AssistRepository,
    private readonly assist: AssistService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.verification.sweepIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  sweep(now = new Date()): Promise<number> {
    this.running ??= this.run(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(now: Date): Promise<number> {
    let expired = 0;
    try {
      for (;;) {
        const rows = await this.repo.overdue(now, BATCH);
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

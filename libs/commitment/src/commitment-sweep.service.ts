import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, PeriodicTask } from '#gw/common';
import { CommitmentService } from './commitment.service';

// Every instance flags overdue post-verifications; each is flagged (and audited) once.
@Injectable()
export class CommitmentSweepService extends PeriodicTask<number> {
  constructor(
    private readonly commitments: CommitmentService,
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
    try {
      const flagged = await this.commitments.flagOverdue(now);
      if (flagged > 0) this.logger.info({ flagged }, 'overdue post-verifications flagged');
      return flagged;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'commitment sweep failed');
      return 0;
    }
  }
}

import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER } from '../../common/src';
import { CommitmentService } from './commitment.service';

// Every instance flags overdue post-verifications; each is flagged (and audited) once.
@Injectable()
export class CommitmentSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly commitments: CommitmentService,
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

  async sweep(now = new Date()): Promise<number> {
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

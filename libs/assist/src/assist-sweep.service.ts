import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, BatchSweep, LOGGER } from '#gw/common';
import type { Tx } from '#gw/db';
import { AssistRepository } from './assist.repository';
import { AssistService } from './assist.service';

// Every instance expires overdue assist requests and third-party checks, and moves their
// verifications on (AssistService.expireIn).
@Injectable()
export class AssistSweepService extends BatchSweep<{ id: string }, Tx> {
  protected readonly label = 'assist expiry';
  protected readonly summary = 'overdue assist requests expired';

  constructor(
    private readonly repo: AssistRepository,
    private readonly assist: AssistService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.verification.sweepIntervalMs;
  }

  protected due(now: Date, limit: number): Promise<{ id: string }[]> {
    return this.repo.listOverdue(now, limit);
  }

  protected transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.repo.transaction(fn);
  }

  protected handle(tx: Tx, row: { id: string }, now: Date): Promise<boolean> {
    return this.assist.expireIn(tx, row.id, now);
  }
}

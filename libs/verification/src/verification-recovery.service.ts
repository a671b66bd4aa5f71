import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import { APP_CONFIG, AppConfig, BatchSweep, LOGGER } from '#gw/common';
import type { Tx } from '#gw/db';
import { VerificationRepository } from './verification.repository';

export const INTERRUPTED_REASON = '网关在核验完成前中断，未得出结论；以同一幂等键重新提交即可继续核验';

interface Abandoned {
  id: string;
  factTypeCode: string;
}

// A verification whose worker died (crash, restart, lost replica) keeps a lease that runs
// out; every instance sweeps for such rows, and each row is marked by exactly one of them.
// The raw ID number is never stored, so the caller's retry with the same key resumes it.
@Injectable()
export class VerificationRecoveryService extends BatchSweep<Abandoned, Tx> {
  protected override readonly runAtStart = true;
  protected readonly label = 'verification recovery';
  protected readonly summary = 'interrupted verifications marked';
  protected override readonly summaryLevel = 'warn';

  constructor(
    private readonly repo: VerificationRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.verification.sweepIntervalMs;
  }

  protected due(now: Date, limit: number): Promise<Abandoned[]> {
    return this.repo.listExpiredRunning(now, limit);
  }

  protected transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.repo.transaction(fn);
  }

  protected async handle(tx: Tx, row: Abandoned, now: Date): Promise<boolean> {
    if (!(await this.repo.markInterrupted(tx, row.id, now, INTERRUPTED_REASON))) return false;
    await this.audit.record(tx, SYSTEM_ACTOR, {
      action: 'verification.interrupted',
      targetType: 'Verification',
      targetId: row.id,
      detail: { factType: row.factTypeCode },
    });
    return true;
  }
}

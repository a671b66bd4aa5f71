import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import { APP_CONFIG, AppConfig, LOGGER, PeriodicTask } from '#gw/common';
import { VerificationRepository } from './verification.repository';

export const INTERRUPTED_REASON = '网关在核验完成前中断，未得出结论；以同一幂等键重新提交即可继续核验';
const BATCH = 100;

// A verification whose worker died (crash, restart, lost replica) keeps a lease that runs
// out; every instance sweeps for such rows, and each row is marked by exactly one of them.
// The raw ID number is never stored, so the caller's retry with the same key resumes it.
@Injectable()
export class VerificationRecoveryService extends PeriodicTask<number> {
  protected override readonly runAtStart = true;

  constructor(
    private readonly repo: VerificationRepository,
    private readonly audit: AuditService,
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
    let marked = 0;
    try {
      for (;;) {
        const rows = await this.repo.listExpiredRunning(now, BATCH);
        for (const row of rows) {
          const done = await this.repo.transaction(async (tx) => {
            const ok = await this.repo.markInterrupted(tx, row.id, now, INTERRUPTED_REASON);
            if (ok)
              await this.audit.record(tx, SYSTEM_ACTOR, {
                action: 'verification.interrupted',
                targetType: 'Verification',
                targetId: row.id,
                detail: { factType: row.factTypeCode },
              });
            return ok;
          });
          if (done) marked++;
        }
        if (rows.length < BATCH) break;
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'verification recovery sweep failed');
    }
    if (marked > 0) this.logger.warn({ marked }, 'interrupted verifications marked');
    return marked;
  }
}

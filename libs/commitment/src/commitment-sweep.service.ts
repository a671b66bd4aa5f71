import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import { CatalogService } from '#gw/catalog';
import { APP_CONFIG, AppConfig, BatchSweep, LOGGER } from '#gw/common';
import { CreditOutboxService } from '#gw/credit';
import type { Tx } from '#gw/db';
import { CommitmentRepository } from './commitment.repository';

// Every instance flags overdue post-verifications, for the due list and the audit; each is
// flagged (and audited) once, and the fact-owning department hears of it through its webhook.
@Injectable()
export class CommitmentSweepService extends BatchSweep<{ id: string }, Tx> {
  protected readonly label = 'commitment overdue';
  protected readonly summary = 'overdue post-verifications flagged';

  constructor(
    private readonly repo: CommitmentRepository,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly outbox: CreditOutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.verification.sweepIntervalMs;
  }

  protected due(now: Date, limit: number): Promise<{ id: string }[]> {
    return this.repo.listOverdueUnflagged(now, limit);
  }

  protected transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.repo.transaction(fn);
  }

  protected async handle(tx: Tx, row: { id: string }, now: Date): Promise<boolean> {
    if (!(await this.repo.flagOverdue(tx, row.id, now))) return false;
    const c = (await this.repo.findById(row.id, tx))!;
    const fact = await this.catalog.factTypeRow(c.factTypeCode);
    await this.outbox.enqueueNotice(tx, {
      type: 'POST_VERIFICATION_DUE',
      department: fact.ownerDepartmentCode,
      subjectId: c.id,
      payload: {
        commitmentId: c.id,
        verificationId: c.verificationId,
        factType: c.factTypeCode,
        requesterDepartment: c.requesterDepartment,
        subjectMasked: c.subjectMasked,
        postVerifyDueAt: c.postVerifyDueAt?.toISOString() ?? null,
      },
    });
    await this.audit.record(tx, SYSTEM_ACTOR, {
      action: 'commitment.overdue',
      targetType: 'Commitment',
      targetId: row.id,
      detail: {},
    });
    return true;
  }
}

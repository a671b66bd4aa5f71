import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, PeriodicTask } from '#gw/common';
import type { Tx } from '#gw/db';
import { SigningService } from '#gw/signing';
import { AuditOutcome, GENESIS_HASH, hashAuditEntry } from './audit-event';
import { AuditRepository, ChainHead } from './audit.repository';

export const CHECKPOINT_TYP = 'audit-checkpoint+jwt';
const BATCH = 500;
const EXPORT_BATCH = 20;
const EXPORT_TIMEOUT_MS = 5000;
const MAX_EXPORT_BACKOFF_MS = 600_000;

// Off the request path, one instance at a time (a lease in the chain's head row, taken over when
// its holder stops renewing it) gives appended events their place and hash, in id order, and
// signs a checkpoint of the head at most every AUDIT_CHECKPOINT_MS. A holder killed mid-batch
// commits nothing of that batch; whoever holds the lease next continues from the committed head.
@Injectable()
export class AuditChainer extends PeriodicTask<number> {
  protected override readonly runAtStart = true;
  readonly holder = `chainer-${randomUUID()}`;
  private anchor?: { seq: number; hash: string };

  constructor(
    private readonly repo: AuditRepository,
    private readonly signing: SigningService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  protected get intervalMs(): number {
    return this.config.audit.chainIntervalMs;
  }

  // Chains what is waiting now (sharing a pass already running); 0 when another instance holds
  // the lease.
  chainNow(): Promise<number> {
    return this.trigger();
  }

  override async onModuleDestroy(): Promise<void> {
    await super.onModuleDestroy();
    // hand over at once rather than after the lease runs out
    await this.repo.releaseChainLease(this.holder).catch(() => undefined);
  }

  protected async runOnce(): Promise<number> {
    let total = 0;
    try {
      const leaseMs = this.config.audit.chainLeaseMs;
      const now = new Date();
      if (!(await this.repo.claimChainLease(this.holder, new Date(now.getTime() + leaseMs), now))) return 0;
      for (;;) {
        const at = new Date();
        const { chained } = await this.repo.chainBatch(
          this.holder,
          BATCH,
          at,
          new Date(at.getTime() + leaseMs),
          (tx, head) => this.checkpointIfDue(tx, head, at),
        );
        total += chained;
        if (chained < BATCH || this.stopping) break;
      }
      if (this.config.audit.checkpointExportUrl) await this.exportCheckpoints(this.config.audit.checkpointExportUrl);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'audit chaining pass failed');
    }
    return total;
  }

  // The newest checkpoint this instance signed or saw: checkpoints only ever move forward, so one
  // missing from the database was deleted.
  knownCheckpoint(): { seq: number; hash: string } | undefined {
    return this.anchor;
  }

  // A checkpoint for a head no checkpoint covers yet, once the interval since the last one passed,
  // and only for a chain that verifies from the last checkpoint (or the first event) to the head:
  // the gateway must never put its signature on a history someone rewrote in the database.
  private async checkpointIfDue(tx: Tx, head: ChainHead, at: Date): Promise<void> {
    if (head.seq === 0) return;
    const latest = await this.repo.findLatestCheckpoint(tx);
    if (this.anchor && (!latest || latest.seq < this.anchor.seq)) {
      this.logger.error(
        { knownSeq: this.anchor.seq, latestSeq: latest?.seq ?? null },
        'audit checkpoints were deleted; no new checkpoint signed',
      );
      return;
    }
    if (latest) this.anchor = { seq: latest.seq, hash: latest.hash };
    const interval = this.config.audit.checkpointIntervalMs;
    if (latest && (latest.seq >= head.seq || at.getTime() - latest.at.getTime() < interval)) return;
    const broken = await this.segmentProblem(tx, latest ?? { seq: 0, hash: GENESIS_HASH }, head);
    if (broken !== null) {
      this.logger.error(
        { seq: broken },
        'audit chain does not verify since the last checkpoint; no new checkpoint signed',
      );
      return;
    }
    const token = await this.signing.signJwt(
      { seq: head.seq, hash: head.lastHash, at: at.toISOString() },
      CHECKPOINT_TYP,
    );
    await this.repo.createCheckpoint(tx, {
      seq: head.seq,
      hash: head.lastHash,
      at,
      token,
      exportDue: !!this.config.audit.checkpointExportUrl,
    });
    this.anchor = { seq: head.seq, hash: head.lastHash };
  }

  // The first seq at which the chain from `from` to `head` does not hold, or null.
  private async segmentProblem(tx: Tx, from: { seq: number; hash: string }, head: ChainHead): Promise<number | null> {
    let prev = from.hash;
    let seq = from.seq;
    while (seq < head.seq) {
      const batch = await this.repo.listChainedFrom(seq, BATCH, tx);
      if (batch.length === 0) return seq + 1;
      for (const e of batch) {
        if (e.seq !== seq + 1 || e.prevHash !== prev) return seq + 1;
        const hash = hashAuditEntry({
          ...e,
          seq: e.seq,
          prevHash: e.prevHash,
          outcome: e.outcome as AuditOutcome,
          detail: e.detail as Record<string, unknown>,
        });
        if (hash !== e.hash) return e.seq;
        prev = hash;
        seq = e.seq;
        if (seq === head.seq) break;
      }
    }
    return prev === head.lastHash ? null : head.seq;
  }

  // At least once, in order, each with a stable idempotency key; a failed delivery is retried
  // with a doubling delay.
  private async exportCheckpoints(url: string): Promise<void> {
    for (const c of await this.repo.listCheckpointsToExport(new Date(), EXPORT_BATCH)) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `audit-checkpoint-${c.seq}` },
          body: JSON.stringify({ seq: c.seq, hash: c.hash, at: c.at.toISOString(), token: c.token }),
          signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        await this.repo.markCheckpointExported(c.seq, new Date());
      } catch (err) {
        const delay = Math.min(MAX_EXPORT_BACKOFF_MS, 5000 * 2 ** c.exportAttempts);
        await this.repo.markCheckpointExportFailed(c.seq, new Date(Date.now() + delay), (err as Error).message);
        return; // in order: the next one waits for this one
      }
    }
  }
}

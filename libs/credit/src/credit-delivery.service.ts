import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  APP_CONFIG,
  AppConfig,
  classifyTransportError,
  LOGGER,
  MetricsService,
  PeriodicTask,
  TransportFailure,
} from '#gw/common';
import { SIGNATURE_HEADER } from '#gw/protocol';
import { SigningService, SubjectHasher } from '#gw/signing';
import { CREDIT_PLATFORM, CreditOutboxRepository, CreditOutboxRow } from './credit-outbox.repository';

export interface CreditDeliveryResult {
  delivered: number;
  failed: number;
}

type Outcome = 'delivered' | 'failed' | 'skipped';
type PostResult = { ok: true } | { ok: false; kind: 'http' | 'timeout' | 'connection'; error: string };

const BATCH = 100;
const JITTER = 0.1;
const MAX_ERROR_LENGTH = 200;

// Wait before the next attempt after `attempts` failures: doubling from 2 s, capped, minus up
// to 10% jitter so that events that failed together do not retry in lockstep.
export function creditBackoffMs(attempts: number, maxBackoffMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxBackoffMs, 1000 * 2 ** Math.min(Math.max(attempts, 0), 30));
  return full - Math.floor(full * JITTER * random());
}

// What a receiver is sent, signed by the gateway key (detached JWS in x-jws-signature, verified
// against /.well-known/jwks.json): the event id (stable, for de-duplication), its type and time,
// the payload, and for a credit event with a known person `subject.idNumber`, unsealed only here.
export interface OutboxDeliveryBody {
  id: string;
  type: string;
  occurredAt: string;
  payload: unknown;
  subject?: { idNumber: string };
}

// Runs in every instance. Each event is claimed with a lease by one conditional update, so two
// instances never send the same event at once; it is marked delivered only after the platform
// answered 2xx, so a crash anywhere in between means a resend (the platform de-duplicates by id),
// never a loss.
@Injectable()
export class CreditDeliveryService extends PeriodicTask<CreditDeliveryResult> {
  constructor(
    private readonly repo: CreditOutboxRepository,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly signing: SigningService,
    private readonly hasher: SubjectHasher,
  ) {
    super();
  }

  protected get intervalMs(): number | null {
    return this.destinations().length > 0 ? this.config.credit.deliveryIntervalMs : null;
  }

  // where each destination's events go: the credit platform and the departments' webhooks
  private urlOf(destination: string): string | undefined {
    return destination === CREDIT_PLATFORM
      ? this.config.credit.platformUrl
      : this.config.departmentWebhooks[destination];
  }

  private destinations(): string[] {
    return [
      ...(this.config.credit.platformUrl ? [CREDIT_PLATFORM] : []),
      ...Object.keys(this.config.departmentWebhooks),
    ];
  }

  deliverDue(now = new Date()): Promise<CreditDeliveryResult> {
    return this.trigger(now);
  }

  protected runOnce(now: Date): Promise<CreditDeliveryResult> {
    return this.run(now);
  }

  private async run(now: Date): Promise<CreditDeliveryResult> {
    const result: CreditDeliveryResult = { delivered: 0, failed: 0 };
    const destinations = this.destinations();
    if (destinations.length === 0 || this.stopping) return result;
    // the caller's reference time, advancing with the wall clock: leases taken late in a long
    // pass still last their full length
    const started = Date.now();
    const clock = (): Date => new Date(now.getTime() + (Date.now() - started));
    try {
      let after: string | undefined;
      for (;;) {
        const rows = await this.repo.listDue(now, after, BATCH, destinations);
        for (const { id } of rows) {
          if (this.stopping) break;
          after = id;
          const outcome = await this.deliverOne(id, clock);
          if (outcome === 'delivered') result.delivered++;
          else if (outcome === 'failed') result.failed++;
        }
        if (rows.length < BATCH || this.stopping) break;
      }
      this.metrics.creditPending.set(await this.repo.countPending());
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'credit delivery pass failed');
    }
    if (result.delivered > 0 || result.failed > 0) this.logger.info(result, 'credit delivery pass finished');
    return result;
  }

  private async deliverOne(id: string, clock: () => Date): Promise<Outcome> {
    const claimedAt = clock();
    const lease = new Date(claimedAt.getTime() + 2 * this.config.credit.timeoutMs);
    const row = await this.repo.claim(id, claimedAt, lease);
    if (!row) return 'skipped';
    const url = this.urlOf(row.destination);
    const sent: PostResult = url
      ? await this.post(url, row)
      : { ok: false, kind: 'connection', error: `未配置 ${row.destination} 的接收地址` };
    if (sent.ok) {
      const marked = await this.repo.markDelivered(row.id, clock());
      if (!marked) return 'skipped';
      this.metrics.creditDelivered.inc();
      this.logger.info(
        { eventId: row.id, type: row.type, destination: row.destination, attempts: row.attempts + 1 },
        'outbox event delivered',
      );
      return 'delivered';
    }
    const attempts = row.attempts + 1;
    const nextAttemptAt = new Date(clock().getTime() + creditBackoffMs(attempts, this.config.credit.maxBackoffMs));
    await this.repo.markFailed(row.id, lease, nextAttemptAt, sent.error);
    this.metrics.creditDeliveryFailures.inc({ kind: sent.kind });
    this.logger.warn(
      {
        eventId: row.id,
        type: row.type,
        destination: row.destination,
        attempts,
        error: sent.error,
        nextAttemptAt: nextAttemptAt.toISOString(),
      },
      'outbox event delivery failed',
    );
    return 'failed';
  }

  private async post(url: string, row: CreditOutboxRow): Promise<PostResult> {
    const timeoutMs = this.config.credit.timeoutMs;
    const receiver = row.destination === CREDIT_PLATFORM ? '信用平台' : `${row.destination} 接收地址`;
    let body: string;
    let signature: string;
    try {
      const message: OutboxDeliveryBody = {
        id: row.id,
        type: row.type,
        occurredAt: row.createdAt.toISOString(),
        payload: row.payload,
        ...(row.subjectSealed ? { subject: { idNumber: this.hasher.unseal(row.subjectSealed) } } : {}),
      };
      body = JSON.stringify(message);
      signature = await this.signing.signBody(body);
    } catch {
      // a seal this instance's key cannot open (another SUBJECT_HASH_KEY) stays for one that can
      return { ok: false, kind: 'connection', error: '无法解封或签名该事件' };
    }
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': row.id, [SIGNATURE_HEADER]: signature },
        body,
        // a redirect is not an acknowledgement
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true };
      return { ok: false, kind: 'http', error: `${receiver}应答 HTTP ${res.status}` };
    } catch (err) {
      const t = classifyTransportError(err);
      if (t.failure === TransportFailure.TIMEOUT)
        return { ok: false, kind: 'timeout', error: `${receiver}超过 ${timeoutMs} 毫秒未应答` };
      return {
        ok: false,
        kind: 'connection',
        error: `无法连接${receiver}：${t.code ?? 'error'}`.slice(0, MAX_ERROR_LENGTH),
      };
    }
  }
}

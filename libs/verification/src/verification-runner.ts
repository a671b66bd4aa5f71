import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import type { Caller } from '#gw/auth';
import { BurdenRecorder, verificationCounter } from '#gw/burden';
import { MetricsService, uuidv7 } from '#gw/common';
import type { Prisma } from '#gw/db';
import { PROTOCOL_VERSION } from '#gw/protocol';
import { AttemptOutcome, ConnectorService, settles } from '#gw/sources';
import { StatusReason } from '#gw/status';
import type { DataSourceRow } from '#gw/sources';
import { maskClaim } from './claim';
import { Decision, decide, DEFAULT_RETRY_AFTER_MS, retryAfterFrom, SourceAnswer } from './decide';
import { ReceiptService } from './receipt.service';
import { PreparedRequest } from './verification-request';
import { VerificationRoute, VerificationStatus } from './verification.enums';
import { VerificationRepository, VerificationRow } from './verification.repository';

type AttemptFinish = Pick<
  Prisma.VerificationAttemptUncheckedUpdateInput,
  'outcome' | 'latencyMs' | 'reason' | 'recordAsOf' | 'recordRef' | 'finishedAt'
>;

// What asking the sources gave: each source's answer, and how each call made is to be recorded.
interface Asked {
  answers: SourceAnswer[];
  calls: { attemptId: string; finish: AttemptFinish }[];
}

// What the run needs besides the sources granted: how many serve the fact at all, and how long
// after a transient failure a retry may ask again.
export interface RunContext {
  registered?: number;
  retryAfterMs?: number;
}

// One run of a stored request, fresh or resumed, by the worker that holds its lease: ask the
// sources, decide, sign, persist, count.
@Injectable()
export class VerificationRunner {
  constructor(
    private readonly repo: VerificationRepository,
    private readonly connector: ConnectorService,
    private readonly receipts: ReceiptService,
    private readonly burden: BurdenRecorder,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  async run(
    caller: Caller,
    p: PreparedRequest,
    id: string,
    sources: DataSourceRow[],
    resumed: boolean,
    ctx: RunContext = {},
  ): Promise<VerificationRow> {
    const started = performance.now();
    const asked = await this.askSources(p, id, sources);
    const finishedAt = new Date();
    const decision = decide(asked.answers, p.fact, {
      registered: ctx.registered ?? sources.length,
      retryAfter: retryAfterFrom(finishedAt, ctx.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS),
    });
    const receipt = await this.sign(p, id, decision, finishedAt);
    const row = await this.persist(caller, p, id, { asked, decision, receipt, finishedAt, resumed });
    // another worker finished it first: its result stands
    if (!row) return (await this.repo.findById(id))!;
    this.count(decision, started);
    return row;
  }

  // Every source is asked at once; a suspended one is recorded without a call.
  private async askSources(p: PreparedRequest, id: string, sources: DataSourceRow[]): Promise<Asked> {
    const now = new Date();
    const attempts = sources.map((s) => ({
      id: uuidv7(),
      verificationId: id,
      sourceId: s.id,
      sourceCode: s.code,
      route: VerificationRoute.DATA_SHARING,
      outcome: s.status === 'ACTIVE' ? AttemptOutcome.PENDING : AttemptOutcome.SUSPENDED,
      reason: s.status === 'ACTIVE' ? null : `数据源已暂停${s.statusReason ? `：${s.statusReason}` : ''}`,
      startedAt: now,
      finishedAt: s.status === 'ACTIVE' ? null : now,
    }));
    // stored before the calls: a crash leaves them PENDING, which recovery marks INTERRUPTED
    await this.repo.createAttempts(attempts);
    const asked = await Promise.all(
      attempts.map(async (a, i): Promise<{ answer: SourceAnswer; call?: Asked['calls'][number] }> => {
        if (a.outcome === AttemptOutcome.SUSPENDED) {
          const result = { outcome: AttemptOutcome.SUSPENDED, latencyMs: null, reason: a.reason };
          return { answer: { code: a.sourceCode, result } };
        }
        const result = await this.connector.ask(sources[i], {
          protocol: PROTOCOL_VERSION,
          requestId: a.id,
          issuedAt: new Date().toISOString(),
          audience: a.sourceCode,
          factType: p.fact.code,
          subject: { idNumber: p.idNumber, ...(p.name ? { name: p.name } : {}) },
          claim: p.claim,
          purpose: p.input.purpose,
          requester: { department: p.department, matter: p.input.matter },
        });
        const finish: AttemptFinish = {
          outcome: result.outcome,
          latencyMs: result.latencyMs,
          reason: result.reason,
          recordAsOf: result.response ? new Date(result.response.asOf) : null,
          recordRef: result.response?.recordRef ?? null,
          finishedAt: new Date(),
        };
        return { answer: { code: a.sourceCode, result }, call: { attemptId: a.id, finish } };
      }),
    );
    return { answers: asked.map((x) => x.answer), calls: asked.flatMap((x) => (x.call ? [x.call] : [])) };
  }

  private sign(p: PreparedRequest, id: string, decision: Decision, verifiedAt: Date): Promise<string> {
    return this.receipts.issue({
      verificationId: id,
      factType: p.fact.code,
      certificateCode: p.input.certificateCode,
      claim: maskClaim(p.claim),
      subject: p.subject,
      outcome: decision.outcome,
      route: decision.route,
      nextRoute: decision.nextRoute,
      source: decision.source,
      recordAsOf: decision.recordAsOf,
      recordRef: decision.recordRef,
      requester: p.department,
      matter: p.input.matter,
      purpose: p.input.purpose,
      verifiedAt,
    });
  }

  // One transaction: the calls, the outcome, its count in the burden monitor and its audit
  // event. The finishing write hands back the row as stored, so a fresh run and a resumed one
  // answer alike; null when another worker finished it first.
  private persist(
    caller: Caller,
    p: PreparedRequest,
    id: string,
    r: { asked: Asked; decision: Decision; receipt: string; finishedAt: Date; resumed: boolean },
  ): Promise<VerificationRow | null> {
    const { decision, finishedAt } = r;
    return this.repo.transaction(async (tx) => {
      for (const c of r.asked.calls) await this.repo.updateAttempt(tx, c.attemptId, c.finish);
      const row = await this.repo.finishRunning(tx, id, {
        status: VerificationStatus.DONE,
        outcome: decision.outcome,
        route: decision.route,
        nextRoute: decision.nextRoute,
        reason: decision.reason,
        sourceCode: decision.source,
        recordAsOf: decision.recordAsOf,
        recordRef: decision.recordRef,
        receipt: r.receipt,
        retryAfter: decision.retryAfter,
        leaseUntil: null,
        finishedAt,
      });
      if (!row) return null;
      await this.receipts.supersedeEarlier(tx, id, r.receipt, StatusReason.ROUTE_RESULT);
      // counted when it settles, in the transaction that settles it: a retry or a resumed
      // request finds it DONE and counts nothing
      if (p.input.communityCode && decision.route && settles(decision.outcome))
        await this.burden.record(tx, p.input.communityCode, finishedAt, verificationCounter(decision.route));
      await this.audit.record(tx, caller, {
        action: 'verification.finish',
        targetType: 'Verification',
        targetId: id,
        detail: {
          factType: p.fact.code,
          outcome: decision.outcome,
          route: decision.route,
          nextRoute: decision.nextRoute,
          source: decision.source,
          retryAfter: decision.retryAfter?.toISOString() ?? null,
          resumed: r.resumed,
        },
      });
      return row;
    });
  }

  private count(decision: Decision, started: number): void {
    this.metrics.verifications.inc({ outcome: decision.outcome, route: decision.route ?? 'NONE' });
    this.metrics.verificationDuration.observe((performance.now() - started) / 1000);
  }
}

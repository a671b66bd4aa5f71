import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import type { Caller } from '#gw/auth';
import { BurdenRecorder, verificationCounter } from '#gw/burden';
import { chinaDay, MetricsService, uuidv7 } from '#gw/common';
import { PROTOCOL_VERSION } from '#gw/protocol';
import { AttemptOutcome, ConnectorService, settles } from '#gw/sources';
import { StatusReason } from '#gw/status';
import type { DataSourceRow } from '#gw/sources';
import { maskClaim } from './claim';
import { Decision, decide, DEFAULT_RETRY_AFTER_MS, retryAfterFrom, SourceAnswer } from './decide';
import { ReceiptService } from './receipt.service';
import type { AttemptFinish } from './verification-hot-path';
import { PreparedRequest } from './verification-request';
import { VerificationRoute, VerificationStatus } from './verification.enums';
import { VerificationRepository, VerificationRow } from './verification.repository';

type AttemptRow = VerificationRow['attempts'][number];

// A request stored with its attempts and its receipt's status entry in one statement group
// (VerificationService.store): the row as stored, RUNNING.
export interface StoredRequest {
  row: VerificationRow;
  statusEntry: number;
}

// What a finished verification's row says of its outcome.
function finishOf(decision: Decision, receipt: string, finishedAt: Date) {
  return {
    outcome: decision.outcome,
    route: decision.route,
    nextRoute: decision.nextRoute,
    reason: decision.reason,
    sourceCode: decision.source,
    recordAsOf: decision.recordAsOf,
    recordRef: decision.recordRef,
    receipt,
    retryAfter: decision.retryAfter,
    finishedAt,
  };
}

// The attempts of one run: every source granted, a suspended one recorded without a call.
export function newAttempts(verificationId: string, sources: DataSourceRow[], now: Date): AttemptRow[] {
  return sources
    .map((s) => ({
      id: uuidv7(),
      verificationId,
      sourceId: s.id,
      sourceCode: s.code,
      route: VerificationRoute.DATA_SHARING,
      outcome: s.status === 'ACTIVE' ? AttemptOutcome.PENDING : AttemptOutcome.SUSPENDED,
      latencyMs: null,
      reason: s.status === 'ACTIVE' ? null : `数据源已暂停${s.statusReason ? `：${s.statusReason}` : ''}`,
      recordAsOf: null,
      recordRef: null,
      startedAt: now,
      finishedAt: s.status === 'ACTIVE' ? null : now,
    }))
    .sort((a, b) => (a.sourceCode < b.sourceCode ? -1 : a.sourceCode > b.sourceCode ? 1 : 0));
}

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

  // A request just stored with its attempts (the usual case): ask, decide, sign, and store the
  // outcome in one statement group; the answer is built from what was written, not read back.
  async runStored(
    caller: Caller,
    p: PreparedRequest,
    stored: StoredRequest,
    sources: DataSourceRow[],
    ctx: RunContext = {},
  ): Promise<VerificationRow> {
    const started = performance.now();
    const { row } = stored;
    const asked = await this.callSources(p, row.attempts, sources);
    const finishedAt = new Date();
    const decision = this.decide(asked, p, sources, finishedAt, ctx);
    const receipt = await this.sign(p, row.id, decision, finishedAt, stored.statusEntry);
    const finish = finishOf(decision, receipt, finishedAt);
    const finished = new Map(asked.calls.map((c) => [c.attemptId, c.finish]));
    const attempts = row.attempts.map((a) => ({ ...a, ...(finished.get(a.id) as Partial<AttemptRow>) }));
    const won = await this.repo.storeOutcome({
      id: row.id,
      finish,
      attempts: asked.calls.map((c) => ({ id: c.attemptId, ...c.finish })),
      burden: this.burdenOf(p, decision, finishedAt),
      audit: this.audit.newEvent(caller, this.finishEvent(p, row.id, decision, false)),
    });
    // another worker finished it first: its result stands
    if (!won) return (await this.repo.findById(row.id))!;
    this.count(decision, started);
    return { ...row, ...finish, status: VerificationStatus.DONE, leaseUntil: null, attempts };
  }

  // A resumed request or a retry: its new attempts are stored first, the outcome through Prisma.
  async run(
    caller: Caller,
    p: PreparedRequest,
    id: string,
    sources: DataSourceRow[],
    resumed: boolean,
    ctx: RunContext = {},
  ): Promise<VerificationRow> {
    const started = performance.now();
    const attempts = newAttempts(id, sources, new Date());
    // stored before the calls: a crash leaves them PENDING, which recovery marks INTERRUPTED
    await this.repo.createAttempts(attempts);
    const asked = await this.callSources(p, attempts, sources);
    const finishedAt = new Date();
    const decision = this.decide(asked, p, sources, finishedAt, ctx);
    const receipt = await this.sign(p, id, decision, finishedAt);
    const row = await this.persist(caller, p, id, { asked, decision, receipt, finishedAt, resumed });
    // another worker finished it first: its result stands
    if (!row) return (await this.repo.findById(id))!;
    this.count(decision, started);
    return row;
  }

  private decide(asked: Asked, p: PreparedRequest, sources: DataSourceRow[], at: Date, ctx: RunContext): Decision {
    return decide(asked.answers, p.fact, {
      registered: ctx.registered ?? sources.length,
      retryAfter: retryAfterFrom(at, ctx.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS),
    });
  }

  // Every source is asked at once; a suspended one is recorded without a call.
  private async callSources(p: PreparedRequest, attempts: AttemptRow[], sources: DataSourceRow[]): Promise<Asked> {
    const byId = new Map(sources.map((s) => [s.id, s]));
    const asked = await Promise.all(
      attempts.map(async (a): Promise<{ answer: SourceAnswer; call?: Asked['calls'][number] }> => {
        const code = a.sourceCode ?? '';
        if (a.outcome === AttemptOutcome.SUSPENDED) {
          const result = { outcome: AttemptOutcome.SUSPENDED, latencyMs: null, reason: a.reason };
          return { answer: { code, result } };
        }
        const result = await this.connector.ask(byId.get(a.sourceId ?? '')!, {
          protocol: PROTOCOL_VERSION,
          requestId: a.id,
          issuedAt: new Date().toISOString(),
          audience: code,
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
        return { answer: { code, result }, call: { attemptId: a.id, finish } };
      }),
    );
    return { answers: asked.map((x) => x.answer), calls: asked.flatMap((x) => (x.call ? [x.call] : [])) };
  }

  private sign(
    p: PreparedRequest,
    id: string,
    decision: Decision,
    verifiedAt: Date,
    statusEntry?: number,
  ): Promise<string> {
    return this.receipts.issue(
      {
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
      },
      undefined,
      statusEntry,
    );
  }

  // Counted when it settles, in the transaction (statement group) that settles it: a retry or a
  // resumed request finds it DONE and counts nothing.
  private burdenOf(p: PreparedRequest, decision: Decision, at: Date) {
    if (!p.input.communityCode || !decision.route || !settles(decision.outcome)) return null;
    return { communityCode: p.input.communityCode, day: chinaDay(at), column: verificationCounter(decision.route) };
  }

  private finishEvent(p: PreparedRequest, id: string, decision: Decision, resumed: boolean) {
    return {
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
        resumed,
      },
    };
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
        ...finishOf(decision, r.receipt, finishedAt),
        status: VerificationStatus.DONE,
        leaseUntil: null,
      });
      if (!row) return null;
      await this.receipts.supersedeEarlier(tx, id, r.receipt, StatusReason.ROUTE_RESULT);
      const burden = this.burdenOf(p, decision, finishedAt);
      if (burden) await this.burden.record(tx, burden.communityCode, finishedAt, burden.column);
      await this.audit.record(tx, caller, this.finishEvent(p, id, decision, r.resumed));
      return row;
    });
  }

  private count(decision: Decision, started: number): void {
    this.metrics.verifications.inc({ outcome: decision.outcome, route: decision.route ?? 'NONE' });
    this.metrics.verificationDuration.observe((performance.now() - started) / 1000);
  }
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditActor, AuditService } from '#gw/audit';
import { BurdenRecorder, verificationCounter } from '#gw/burden';
import { certificateOutcome } from './certificate-outcome';
import { Caller, Role } from '#gw/auth';
import {
  assertCommunityLevel,
  CatalogService,
  Disposition,
  FactTypeRow,
  REGION_CODE,
  toCertificateType,
  toDepartment,
} from '#gw/catalog';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  assertTimeRange,
  canonicalJson,
  decodeCursor,
  ErrorCode,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
  LOGGER,
  MetricsService,
  normalizeIdNumber,
  Page,
  pageSize,
  sliceToPage,
  uuidv7,
  UUID_PATTERN,
} from '#gw/common';
import { Prisma, Tx } from '#gw/db';
import { SubjectHasher, SubjectRef } from '#gw/signing';
import { AttemptOutcome, AttemptResult, ConnectorService, RegistryService } from '#gw/sources';
import type { DataSourceRow } from '#gw/sources';
import { PROTOCOL_VERSION } from '#gw/protocol';
import { claimProblems, ClaimSchemaLike, mapIdFields, maskClaim, normalizeClaim } from './claim';
import { ReceiptService } from './receipt.service';
import { VerificationOutcome, VerificationRoute, VerificationStatus } from './verification.enums';
import {
  CertificateVerificationModel,
  VerificationFilter,
  VerificationModel,
  VerifyCertificateInput,
  VerifyFactInput,
} from './verification.model';
import { VerificationRepository, VerificationRow } from './verification.repository';

const WAIT_POLL_MS = 25;

interface Prepared {
  department: string;
  fact: FactTypeRow;
  idNumber: string;
  name?: string;
  subject: SubjectRef;
  claim: Record<string, unknown>;
  requestHash: string;
  input: {
    matter: string;
    purpose: string;
    idempotencyKey: string;
    certificateCode: string | null;
    communityCode: string | null;
  };
}

const SETTLED: ReadonlySet<string> = new Set([
  VerificationOutcome.CONFIRMED,
  VerificationOutcome.REFUTED,
  VerificationOutcome.COMMITTED,
]);

// Shared data first: the request is stored, then every eligible source is asked at once; a
// settled answer ends it, otherwise it is UNRESOLVED with the route the catalog names next.
@Injectable()
export class VerificationService {
  private inFlight = 0;

  constructor(
    private readonly repo: VerificationRepository,
    private readonly catalog: CatalogService,
    private readonly registry: RegistryService,
    private readonly connector: ConnectorService,
    private readonly receipts: ReceiptService,
    private readonly hasher: SubjectHasher,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly burden: BurdenRecorder,
  ) {}

  async verifyFact(
    caller: Caller,
    input: VerifyFactInput,
    certificateCode: string | null = null,
  ): Promise<VerificationModel> {
    if (this.inFlight >= this.config.verification.maxInFlight) {
      this.metrics.verificationsShed.inc();
      throw new AppException(ErrorCode.SERVICE_UNAVAILABLE, '网关繁忙，请稍后以同一幂等键重试', { retryAfterMs: 1000 });
    }
    this.inFlight++;
    try {
      return await this.verifyAdmitted(caller, input, certificateCode);
    } finally {
      this.inFlight--;
    }
  }

  private async verifyAdmitted(
    caller: Caller,
    input: VerifyFactInput,
    certificateCode: string | null,
  ): Promise<VerificationModel> {
    const p = await this.prepare(caller, input, input.factType, input.claim, certificateCode);
    const { granted, registered } = await this.registry.sourcesFor(p.fact.code, p.department);
    if (registered > 0 && granted.length === 0) {
      throw AppException.forbidden(`本部门未获准使用“${p.fact.name}”的共享数据源，请向数据提供部门申请授权`, {
        factType: p.fact.code,
      });
    }
    const row = await this.obtain(caller, p, granted);
    return this.toModel(row, p.fact);
  }

  async verifyCertificate(caller: Caller, input: VerifyCertificateInput): Promise<CertificateVerificationModel> {
    const cert = await this.catalog.certificateRow(input.certificateCode);
    const needed = cert.facts.map((f) => f.factTypeCode).sort();
    if (needed.length === 0) {
      const why = cert.disposition === Disposition.COMMUNITY_PERMITTED ? '由社区据实出具' : '已取消，无需提供';
      throw AppException.badInput(`“${cert.name}”没有需要核验的事实（${why}）`, { field: 'certificateCode' });
    }
    const given = input.facts.map((f) => f.factType).sort();
    if (canonicalJson(given) !== canonicalJson(needed)) {
      throw AppException.badInput(`“${cert.name}”需要且只需要以下事实：${needed.join('、')}`, {
        field: 'facts',
        needed,
      });
    }
    const verifications = await Promise.all(
      input.facts.map((f) =>
        this.verifyFact(
          caller,
          { ...input, factType: f.factType, claim: f.claim, idempotencyKey: `${input.idempotencyKey}/${f.factType}` },
          cert.code,
        ),
      ),
    );
    return {
      certificate: toCertificateType(cert),
      outcome: certificateOutcome(verifications.map((v) => v.outcome)),
      verifications,
    };
  }

  async get(caller: Caller, id: string): Promise<VerificationModel> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('核验 ID 格式不正确', { field: 'id' });
    const row = await this.repo.byId(id);
    // another department's verification does not exist as far as this caller can tell
    if (!row || (!this.seesAll(caller) && row.requesterDepartment !== caller.user.departmentCode))
      throw AppException.notFound('未找到该核验');
    return this.toModel(row, await this.catalog.factTypeRow(row.factTypeCode));
  }

  async list(
    caller: Caller,
    filter: VerificationFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<VerificationModel>> {
    const size = pageSize(first);
    const beforeId = decodeCursor(after);
    if (beforeId !== undefined && !UUID_PATTERN.test(beforeId))
      throw AppException.badInput('分页游标无效', { field: 'after' });
    assertTimeRange(filter);
    const requesterDepartment = this.seesAll(caller) ? undefined : (caller.user.departmentCode ?? '-');
    const { rows, total } = await this.repo.page(
      {
        requesterDepartment,
        // an explicit null in an optional filter field means "any", like leaving it out
        outcome: filter.outcome ?? undefined,
        factTypeCode: filter.factType ?? undefined,
        subjectHash: filter.subjectIdNumber ? this.subjectHashOf(filter.subjectIdNumber) : undefined,
        from: filter.from,
        to: filter.to,
      },
      beforeId,
      size + 1,
    );
    const facts = new Map((await this.catalog.factTypeRows()).map((f) => [f.code, f]));
    return sliceToPage(
      rows.map((r) => this.toModel(r, facts.get(r.factTypeCode)!)),
      size,
      total,
      (v) => v.id,
    );
  }

  // a window looks up one resident's verifications by the ID number, never stored in the clear
  private subjectHashOf(value: string): string {
    const idNumber = normalizeIdNumber(value);
    const problem = idNumberProblem(idNumber);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field: 'subjectIdNumber' });
    return this.hasher.ref(idNumber).hash;
  }

  private seesAll(caller: Caller): boolean {
    return caller.user.roles.includes(Role.AUDITOR);
  }

  private async prepare(
    caller: Caller,
    input: Omit<VerifyFactInput, 'factType' | 'claim'>,
    factType: string,
    claim: Record<string, unknown>,
    certificateCode: string | null,
  ): Promise<Prepared> {
    const department = caller.user.departmentCode;
    if (!department) throw AppException.forbidden('登录凭证未载明所属部门');
    const idNumber = normalizeIdNumber(input.subject.idNumber);
    const problem = idNumberProblem(idNumber);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field: 'subject.idNumber', problem });
    const fact = await this.catalog.factTypeRow(factType);
    const normalized = normalizeClaim(claim);
    const problems = claimProblems(normalized, fact.claimSchema as ClaimSchemaLike);
    if (problems.length > 0)
      throw AppException.badInput(`所称事实不符合“${fact.name}”的要求：${problems.join('；')}`, {
        field: 'claim',
        problems,
      });
    const matter = input.matter.trim();
    const purpose = input.purpose.trim();
    if (!matter || !purpose)
      throw AppException.badInput('请填写办理事项和核验目的', { field: matter ? 'purpose' : 'matter' });
    const communityCode = await this.residentCommunity(input.communityCode);
    const subject = this.hasher.ref(idNumber);
    const name = input.subject.name?.trim() || undefined;
    const requestHash = createHash('sha256')
      .update(
        canonicalJson({
          factType: fact.code,
          certificateCode,
          subject: subject.hash,
          name: name ? this.hasher.ref(name).hash : null,
          claim: mapIdFields(normalized, (v) => this.hasher.ref(v).hash),
          matter,
          purpose,
          // only when given, so that requests stored before the field existed keep their hash
          ...(communityCode ? { communityCode } : {}),
        }),
      )
      .digest('hex');
    return {
      department,
      fact,
      idNumber,
      name,
      subject,
      claim: normalized,
      requestHash,
      input: { matter, purpose, idempotencyKey: input.idempotencyKey, certificateCode, communityCode },
    };
  }

  private async residentCommunity(value: string | null | undefined): Promise<string | null> {
    const code = value?.trim();
    if (!code) return null;
    if (!REGION_CODE.test(code))
      throw AppException.badInput('communityCode 须为 12 位数字区划代码', { field: 'communityCode' });
    const region = await this.catalog.findRegion(code);
    if (!region) throw AppException.badInput(`区划 ${code} 不存在`, { field: 'communityCode' });
    assertCommunityLevel(region);
    return code;
  }

  // Exactly one worker runs a request; duplicates of its idempotency key wait for its outcome.
  // The insert comes first: a new key (the usual case) costs no lookup.
  private async obtain(caller: Caller, p: Prepared, sources: DataSourceRow[]): Promise<VerificationRow> {
    for (;;) {
      const id = uuidv7();
      if (await this.store(caller, p, id, sources)) return this.run(caller, p, id, sources, false);
      const existing = await this.repo.byKey(p.department, p.input.idempotencyKey);
      if (!existing) continue;
      if (existing.requestHash !== p.requestHash) {
        throw AppException.conflict('该幂等键已用于内容不同的核验请求', {
          field: 'idempotencyKey',
          verificationId: existing.id,
        });
      }
      if (existing.status === VerificationStatus.DONE) return existing;
      const now = new Date();
      if (await this.repo.claim(existing.id, this.leaseFrom(now, sources), now))
        return this.run(caller, p, existing.id, sources, true);
      return this.waitFor(existing.id, sources);
    }
  }

  // Stores the request before any source is called; false when the key is already taken.
  private store(caller: Caller, p: Prepared, id: string, sources: DataSourceRow[]): Promise<boolean> {
    return this.repo
      .transaction(async (tx) => {
        await this.repo.create(tx, {
          id,
          requesterDepartment: p.department,
          requesterSubject: caller.user.subject,
          idempotencyKey: p.input.idempotencyKey,
          requestHash: p.requestHash,
          certificateCode: p.input.certificateCode,
          factTypeCode: p.fact.code,
          subjectHash: p.subject.hash,
          subjectMasked: p.subject.masked,
          claim: maskClaim(p.claim) as Prisma.InputJsonValue,
          matter: p.input.matter,
          purpose: p.input.purpose,
          communityCode: p.input.communityCode,
          status: VerificationStatus.RUNNING,
          leaseUntil: this.leaseFrom(new Date(), sources),
        });
        await this.audit.record(tx, caller, {
          action: 'verification.request',
          targetType: 'Verification',
          targetId: id,
          detail: {
            factType: p.fact.code,
            certificateCode: p.input.certificateCode,
            subjectHash: p.subject.hash.slice(0, 16),
            sources: sources.map((s) => s.code),
          },
        });
        return true;
      })
      .catch((err: unknown) => {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return false;
        throw err;
      });
  }

  // The lease outlives the slowest source call, so a live worker is never taken for a dead one.
  private leaseFrom(now: Date, sources: DataSourceRow[]): Date {
    const slowest = Math.max(0, ...sources.map((s) => s.timeoutMs));
    return new Date(now.getTime() + this.config.verification.leaseMs + slowest);
  }

  private async waitFor(id: string, sources: DataSourceRow[]): Promise<VerificationRow> {
    const giveUp = this.leaseFrom(new Date(), sources).getTime();
    while (Date.now() < giveUp) {
      await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
      const row = await this.repo.byId(id);
      if (row && row.status !== VerificationStatus.RUNNING) return row;
    }
    throw new AppException(ErrorCode.SERVICE_UNAVAILABLE, '同一请求仍在处理中，请稍后以同一幂等键重试');
  }

  private async run(
    caller: Caller,
    p: Prepared,
    id: string,
    sources: DataSourceRow[],
    resumed: boolean,
  ): Promise<VerificationRow> {
    const started = performance.now();
    const now = new Date();
    const attempts = sources.map((s) => ({
      id: uuidv7(),
      verificationId: id,
      sourceId: s.id,
      sourceCode: s.code,
      route: VerificationRoute.DATA_SHARING as string,
      outcome: (s.status === 'ACTIVE' ? AttemptOutcome.PENDING : AttemptOutcome.SUSPENDED) as string,
      latencyMs: null as number | null,
      reason: s.status === 'ACTIVE' ? null : `数据源已暂停${s.statusReason ? `：${s.statusReason}` : ''}`,
      recordAsOf: null as Date | null,
      recordRef: null as string | null,
      startedAt: now,
      finishedAt: s.status === 'ACTIVE' ? null : now,
    }));
    // stored before the calls: a crash leaves them PENDING, which recovery marks INTERRUPTED
    await this.repo.createAttempts(attempts);
    const results = await Promise.all(
      attempts.map(async (a, i): Promise<{ code: string; result: AttemptResult }> => {
        const source = sources[i];
        if (a.outcome === AttemptOutcome.SUSPENDED)
          return {
            code: a.sourceCode,
            result: { outcome: AttemptOutcome.SUSPENDED, latencyMs: null, reason: a.reason },
          };
        const result = await this.connector.ask(source, {
          protocol: PROTOCOL_VERSION,
          requestId: a.id,
          issuedAt: new Date().toISOString(),
          audience: source.code,
          factType: p.fact.code,
          subject: { idNumber: p.idNumber, ...(p.name ? { name: p.name } : {}) },
          claim: p.claim,
          purpose: p.input.purpose,
          requester: { department: p.department, matter: p.input.matter },
        });
        Object.assign(a, {
          outcome: result.outcome,
          latencyMs: result.latencyMs,
          reason: result.reason,
          recordAsOf: result.response ? new Date(result.response.asOf) : null,
          recordRef: result.response?.recordRef ?? null,
          finishedAt: new Date(),
        });
        return { code: a.sourceCode, result };
      }),
    );

    const decision = decide(results, p.fact);
    const finishedAt = new Date();
    const receipt = await this.receipts.issue({
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
      verifiedAt: finishedAt,
    });
    const outcome = {
      status: VerificationStatus.DONE,
      outcome: decision.outcome,
      route: decision.route,
      nextRoute: decision.nextRoute,
      reason: decision.reason,
      sourceCode: decision.source,
      recordAsOf: decision.recordAsOf,
      recordRef: decision.recordRef,
      receipt,
      leaseUntil: null,
      finishedAt,
    };
    const first = await this.repo.transaction(async (tx) => {
      for (const a of attempts) {
        if (a.finishedAt !== now)
          await this.repo.finishAttempt(tx, a.id, {
            outcome: a.outcome,
            latencyMs: a.latencyMs,
            reason: a.reason,
            recordAsOf: a.recordAsOf,
            recordRef: a.recordRef,
            finishedAt: a.finishedAt,
          });
      }
      if (!(await this.repo.finishRunning(tx, id, outcome))) return false;
      // counted when it settles, in the transaction that settles it: a retry or a resumed
      // request finds it DONE and counts nothing
      if (p.input.communityCode && decision.route && SETTLED.has(decision.outcome)) {
        await this.burden.record(tx, p.input.communityCode, finishedAt, verificationCounter(decision.route));
      }
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
          resumed,
        },
      });
      return true;
    });
    // another worker finished it first: its result stands
    if (!first) return (await this.repo.byId(id))!;
    this.metrics.verifications.inc({ outcome: decision.outcome, route: decision.route ?? 'NONE' });
    this.metrics.verificationDuration.observe((performance.now() - started) / 1000);
    if (resumed) return (await this.repo.byId(id))!;
    return {
      id,
      requesterDepartment: p.department,
      requesterSubject: caller.user.subject,
      idempotencyKey: p.input.idempotencyKey,
      requestHash: p.requestHash,
      parentId: null,
      certificateCode: p.input.certificateCode,
      factTypeCode: p.fact.code,
      subjectHash: p.subject.hash,
      subjectMasked: p.subject.masked,
      claim: maskClaim(p.claim) as Prisma.JsonValue,
      matter: p.input.matter,
      purpose: p.input.purpose,
      communityCode: p.input.communityCode,
      createdAt: now,
      ...outcome,
      attempts,
    };
  }

  // What a fallback route (assist request, third-party check) found. A CONFIRMED or REFUTED
  // answer settles the fact with a new receipt; anything else records the step and names the
  // next route. Runs in the caller's transaction so the route's own change commits with it.
  async applyRouteResult(tx: Tx, actor: AuditActor, verificationId: string, r: RouteResult): Promise<void> {
    const row = await this.repo.byIdIn(tx, verificationId);
    if (!row) throw AppException.notFound('未找到该核验');
    const settles =
      r.outcome === AttemptOutcome.CONFIRMED ||
      r.outcome === AttemptOutcome.REFUTED ||
      r.outcome === AttemptOutcome.COMMITTED;
    const now = new Date();
    const outcome = settles ? (r.outcome as unknown as VerificationOutcome) : VerificationOutcome.UNRESOLVED;
    const next = settles ? null : r.nextRoute;
    const reason = settles
      ? null
      : `${r.reason}${next ? `；下一步：${ROUTE_TEXT[next]}` : '；已无其他核验途径，可由办理部门人工核实'}`;
    const receipt = await this.receipts.issue({
      verificationId,
      factType: row.factTypeCode,
      certificateCode: row.certificateCode,
      claim: row.claim as Record<string, unknown>,
      subject: { masked: row.subjectMasked, hash: row.subjectHash },
      outcome,
      route: settles ? r.route : null,
      nextRoute: next,
      source: settles ? r.source : null,
      recordAsOf: settles ? now : null,
      recordRef: settles ? r.recordRef : null,
      requester: row.requesterDepartment,
      matter: row.matter,
      purpose: row.purpose,
      verifiedAt: now,
    });
    await this.repo.addAttempt(tx, {
      id: uuidv7(),
      verificationId,
      route: r.route,
      sourceCode: r.source,
      outcome: r.outcome,
      reason: r.reason,
      recordAsOf: settles ? now : null,
      recordRef: r.recordRef,
      startedAt: r.startedAt,
      finishedAt: now,
    });
    // The monitor counts a verification on the day it settles, by the route that settled it. A
    // settled fact that is undone (a signed commitment withdrawn) leaves the count of its day.
    if (row.communityCode) {
      if (SETTLED.has(row.outcome ?? '') && row.route && row.finishedAt)
        await this.burden.record(tx, row.communityCode, row.finishedAt, verificationCounter(row.route), -1);
      if (settles) await this.burden.record(tx, row.communityCode, now, verificationCounter(r.route));
    }
    await this.repo.finish(tx, verificationId, {
      outcome,
      route: settles ? r.route : null,
      nextRoute: next,
      reason,
      sourceCode: settles ? r.source : null,
      recordAsOf: settles ? now : null,
      recordRef: settles ? r.recordRef : null,
      receipt,
      finishedAt: now,
    });
    await this.audit.record(tx, actor, {
      action: 'verification.routeResult',
      targetType: 'Verification',
      targetId: verificationId,
      detail: { route: r.route, source: r.source, result: r.outcome, outcome, nextRoute: next },
    });
    this.metrics.verifications.inc({ outcome, route: settles ? r.route : 'NONE' });
  }

  // Where an unresolved fact goes when a fallback route could not settle it.
  async nextRouteAfter(fact: FactTypeRow, failed: VerificationRoute): Promise<VerificationRoute | null> {
    if (
      failed === VerificationRoute.INTER_DEPARTMENT &&
      fact.thirdPartyAllowed &&
      (await this.catalog.thirdPartiesFor(fact.code)).length > 0
    ) {
      return VerificationRoute.THIRD_PARTY;
    }
    if (failed !== VerificationRoute.COMMITMENT && fact.commitmentAllowed) return VerificationRoute.COMMITMENT;
    return null;
  }

  rowById(id: string): Promise<VerificationRow | null> {
    return this.repo.byId(id);
  }

  toModel(row: VerificationRow, fact: FactTypeRow): VerificationModel {
    const unresolved = row.outcome === VerificationOutcome.UNRESOLVED;
    return {
      id: row.id,
      factType: row.factTypeCode,
      certificateCode: row.certificateCode,
      status: row.status as VerificationStatus,
      outcome: row.outcome as VerificationOutcome | null,
      route: row.route as VerificationRoute | null,
      nextRoute: row.nextRoute as VerificationRoute | null,
      fallbackRoutes: unresolved ? fallbackRoutes(fact) : [],
      ownerDepartment: unresolved ? toDepartment(fact.ownerDepartment) : null,
      reason: row.reason,
      subjectMasked: row.subjectMasked,
      claim: row.claim,
      matter: row.matter,
      purpose: row.purpose,
      requesterDepartment: row.requesterDepartment,
      communityCode: row.communityCode,
      source: row.sourceCode,
      recordAsOf: row.recordAsOf,
      recordRef: row.recordRef,
      receipt: row.receipt,
      attempts: row.attempts.map((a) => ({
        id: a.id,
        route: a.route as VerificationRoute,
        source: a.sourceCode,
        outcome: a.outcome as AttemptOutcome,
        latencyMs: a.latencyMs,
        reason: a.reason,
        recordAsOf: a.recordAsOf,
        startedAt: a.startedAt,
      })),
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }
}

export interface RouteResult {
  route: VerificationRoute;
  source: string; // the department that answered
  outcome: AttemptOutcome;
  reason: string | null;
  recordRef: string | null;
  nextRoute: VerificationRoute | null;
  startedAt: Date;
}

const ROUTE_TEXT: Record<VerificationRoute, string> = {
  DATA_SHARING: '数据共享核验',
  INTER_DEPARTMENT: '部门间协查',
  THIRD_PARTY: '委托第三方核查',
  COMMITMENT: '个人告知承诺',
};

export function fallbackRoutes(
  fact: Pick<FactTypeRow, 'thirdPartyAllowed' | 'commitmentAllowed'>,
): VerificationRoute[] {
  return [
    VerificationRoute.INTER_DEPARTMENT,
    ...(fact.thirdPartyAllowed ? [VerificationRoute.THIRD_PARTY] : []),
    ...(fact.commitmentAllowed ? [VerificationRoute.COMMITMENT] : []),
  ];
}

const OUTCOME_TEXT: Partial<Record<AttemptOutcome, string>> = {
  NO_RECORD: '无此人记录',
  TIMEOUT: '超时',
  UNREACHABLE: '无法连接',
  ERROR: '返回错误',
  BAD_RESPONSE: '应答格式错误',
  BAD_SIGNATURE: '应答签名无效',
  CIRCUIT_OPEN: '熔断中',
  OVERLOADED: '并发已满',
  SUSPENDED: '已暂停',
};

export interface Decision {
  outcome: VerificationOutcome;
  route: VerificationRoute | null;
  nextRoute: VerificationRoute | null;
  reason: string | null;
  source: string | null;
  recordAsOf: Date | null;
  recordRef: string | null;
}

// Authoritative answers settle the fact; sources that contradict each other settle nothing.
export function decide(results: { code: string; result: AttemptResult }[], fact: FactTypeRow): Decision {
  const confirmed = results.filter((r) => r.result.outcome === AttemptOutcome.CONFIRMED);
  const refuted = results.filter((r) => r.result.outcome === AttemptOutcome.REFUTED);
  const unresolved = (reason: string): Decision => ({
    outcome: VerificationOutcome.UNRESOLVED,
    route: null,
    nextRoute: VerificationRoute.INTER_DEPARTMENT,
    reason: `${reason}；下一步：向${fact.ownerDepartment.name}发起部门间协查`,
    source: null,
    recordAsOf: null,
    recordRef: null,
  });
  if (confirmed.length > 0 && refuted.length > 0) {
    return unresolved(
      `数据源结论不一致（${confirmed.map((r) => r.code).join('、')} 确认；${refuted.map((r) => r.code).join('、')} 否认）`,
    );
  }
  const settled = confirmed[0] ?? refuted[0];
  if (settled) {
    return {
      outcome: confirmed.length > 0 ? VerificationOutcome.CONFIRMED : VerificationOutcome.REFUTED,
      route: VerificationRoute.DATA_SHARING,
      nextRoute: null,
      reason: null,
      source: settled.code,
      recordAsOf: settled.result.response ? new Date(settled.result.response.asOf) : null,
      recordRef: settled.result.response?.recordRef ?? null,
    };
  }
  if (results.length === 0) return unresolved('尚无可用的共享数据源');
  return unresolved(results.map((r) => `${r.code}：${OUTCOME_TEXT[r.result.outcome] ?? r.result.outcome}`).join('；'));
}

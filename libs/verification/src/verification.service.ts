import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { groupedCertificateOutcome } from './certificate-outcome';
import { AccessPolicy, Caller, callerDepartment, departmentFilter } from '#gw/auth';
import {
  assertCommunityLevel,
  CatalogService,
  describeRule,
  Disposition,
  factGroups,
  FactGroupKind,
  FactTypeRow,
  ruleProblems,
  toCertificateType,
  toDepartment,
} from '#gw/catalog';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  assertTimeRange,
  canonicalJson,
  emptyPage,
  ErrorCode,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
  isRegionCode,
  MetricsService,
  normalizeIdNumber,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  UUID_KEY,
  uuidv7,
  UUID_PATTERN,
} from '#gw/common';
import { Prisma } from '#gw/db';
import { SubjectHasher } from '#gw/signing';
import { AttemptOutcome, RegistryService } from '#gw/sources';
import type { DataSourceRow } from '#gw/sources';
import {
  claimProblems,
  ClaimSchemaLike,
  idFieldsOf,
  mapIdFields,
  mapNameFields,
  maskClaim,
  normalizeClaim,
} from './claim';
import { fallbackRoutes } from './routes';
import type { PreparedRequest as Prepared } from './verification-request';
import { newAttempts, StoredRequest, VerificationRunner } from './verification-runner';
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

interface Checked {
  p: Prepared;
  granted: DataSourceRow[];
  registered: number;
}

// An UNAVAILABLE verification whose retry time has come: a retry with its key asks again.
export function retryDue(v: { outcome: string | null; retryAfter: Date | null }, now: Date): boolean {
  return v.outcome === VerificationOutcome.UNAVAILABLE && !!v.retryAfter && v.retryAfter.getTime() <= now.getTime();
}

// Shared data first: the request is stored, then one worker runs it (VerificationRunner): every
// eligible source is asked at once; a settled answer ends it, otherwise it is UNRESOLVED with
// the route the catalog names next.
@Injectable()
export class VerificationService {
  private inFlight = 0;

  constructor(
    private readonly repo: VerificationRepository,
    private readonly catalog: CatalogService,
    private readonly registry: RegistryService,
    private readonly runner: VerificationRunner,
    private readonly hasher: SubjectHasher,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
  ) {}

  async verifyFact(
    caller: Caller,
    input: VerifyFactInput,
    certificateCode: string | null = null,
  ): Promise<VerificationModel> {
    const [model] = await this.verifyAll(caller, [{ input }], certificateCode);
    return model;
  }

  // Every request is checked (input, sources the department may use) before anything is stored
  // or any source called: one bad fact of a certificate leaves no trace of the others.
  private async verifyAll(
    caller: Caller,
    requests: { input: VerifyFactInput; claimField?: string }[],
    certificateCode: string | null,
  ): Promise<VerificationModel[]> {
    if (this.inFlight + requests.length > this.config.verification.maxInFlight) {
      this.metrics.verificationsShed.inc();
      throw new AppException(ErrorCode.SERVICE_UNAVAILABLE, '网关繁忙，请稍后以同一幂等键重试', { retryAfterMs: 1000 });
    }
    this.inFlight += requests.length;
    try {
      const checked: Checked[] = [];
      for (const r of requests) checked.push(await this.check(caller, r.input, certificateCode, r.claimField));
      return await Promise.all(
        checked.map(async ({ p, granted, registered }) =>
          this.toModel(await this.obtain(caller, p, granted, registered), p.fact),
        ),
      );
    } finally {
      this.inFlight -= requests.length;
    }
  }

  private async check(
    caller: Caller,
    input: VerifyFactInput,
    certificateCode: string | null,
    claimField: string | undefined,
  ): Promise<Checked> {
    const p = await this.prepare(caller, input, input.factType, input.claim, certificateCode, claimField);
    // a department without a grant (never given, or revoked) is not stopped: the verification is
    // stored as UNRESOLVED with that reason, and the routes after shared data remain open
    const { granted, registered } = await this.registry.sourcesFor(p.fact.code, p.department);
    return { p, granted, registered };
  }

  async verifyCertificate(caller: Caller, input: VerifyCertificateInput): Promise<CertificateVerificationModel> {
    const cert = await this.catalog.certificateRow(input.certificateCode);
    if (cert.facts.length === 0) {
      const why = cert.disposition === Disposition.COMMUNITY_PERMITTED ? '由社区据实出具' : '已取消，无需提供';
      throw AppException.badInput(`“${cert.name}”没有需要核验的事实（${why}）`, { field: 'certificateCode' });
    }
    const groups = factGroups(cert.facts);
    const given = input.facts.map((f) => f.factType);
    const problems = ruleProblems(groups, given);
    if (problems) {
      const names = new Map(cert.facts.map((f) => [f.factTypeCode, f.factType.name]));
      throw AppException.badInput(
        `所列事实不满足“${cert.name}”的核验要求，须核验：${describeRule(groups, (c) => names.get(c) ?? c)}${
          problems.unexpected.length ? `；${problems.unexpected.join('、')}不属于该证明事项` : ''
        }${problems.repeated.length ? `；${problems.repeated.join('、')}重复` : ''}`,
        { field: 'facts', groups, ...problems },
      );
    }
    const verifications = await this.verifyAll(
      caller,
      input.facts.map((f, i) => ({
        input: {
          ...input,
          factType: f.factType,
          claim: f.claim,
          idempotencyKey: `${input.idempotencyKey}/${f.factType}`,
        },
        claimField: `facts[${i}].claim`,
      })),
      cert.code,
    );
    return {
      certificate: toCertificateType(cert),
      outcome: groupedCertificateOutcome(
        groups.map((g) => ({
          anyOf: g.kind === FactGroupKind.ANY_OF,
          outcomes: verifications.filter((v) => g.factTypes.includes(v.factType)).map((v) => v.outcome),
        })),
      ),
      verifications,
    };
  }

  async get(caller: Caller, id: string): Promise<VerificationModel> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('核验 ID 格式不正确', { field: 'id' });
    const row = await this.repo.findById(id);
    // another department's verification does not exist as far as this caller can tell
    if (!row || !(await this.policy.seesDepartmentRecord(caller, 'verification', row.requesterDepartment)))
      throw AppException.notFound('未找到该核验');
    return this.toModel(row, await this.catalog.factTypeRow(row.factTypeCode));
  }

  async list(caller: Caller, filter: VerificationFilter, page?: PageArgs): Promise<Page<VerificationModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    assertTimeRange(filter);
    const requesterDepartment = departmentFilter(await this.policy.departmentScope(caller, 'verification'));
    if (requesterDepartment === null) return emptyPage();
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
      take,
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

  private async prepare(
    caller: Caller,
    input: Omit<VerifyFactInput, 'factType' | 'claim'>,
    factType: string,
    claim: Record<string, unknown>,
    certificateCode: string | null,
    claimField = 'claim',
  ): Promise<Prepared> {
    const department = callerDepartment(caller);
    const idNumber = normalizeIdNumber(input.subject.idNumber);
    const problem = idNumberProblem(idNumber);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field: 'subject.idNumber', problem });
    const fact = await this.catalog.factTypeRow(factType);
    const normalized = normalizeClaim(claim);
    const problems = claimProblems(normalized, fact.claimSchema as ClaimSchemaLike);
    if (problems.length > 0)
      throw AppException.badInput(`所称事实不符合“${fact.name}”的要求：${problems.join('；')}`, {
        field: claimField,
        factType: fact.code,
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
          claim: mapNameFields(
            mapIdFields(normalized, (v) => this.hasher.ref(v).hash),
            (v) => this.hasher.ref(v).hash,
          ),
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
      input: {
        matter,
        purpose,
        idempotencyKey: this.hasher.idempotencyKey(department, input.idempotencyKey),
        certificateCode,
        communityCode,
      },
    };
  }

  private async residentCommunity(value: string | null | undefined): Promise<string | null> {
    const code = value?.trim();
    if (!code) return null;
    if (!isRegionCode(code))
      throw AppException.badInput('communityCode 须为 12 位数字区划代码', { field: 'communityCode' });
    const region = await this.catalog.findRegion(code);
    if (!region) throw AppException.badInput(`区划 ${code} 不存在`, { field: 'communityCode' });
    assertCommunityLevel(region);
    return code;
  }

  // Exactly one worker runs a request; duplicates of its idempotency key wait for its outcome.
  // The insert comes first: a new key (the usual case) costs no lookup.
  private async obtain(
    caller: Caller,
    p: Prepared,
    sources: DataSourceRow[],
    registered: number,
  ): Promise<VerificationRow> {
    const ctx = { registered, retryAfterMs: this.config.verification.retryAfterMs };
    for (;;) {
      const stored = await this.store(caller, p, uuidv7(), sources);
      if (stored) return this.runner.runStored(caller, p, stored, sources, ctx);
      const existing = await this.repo.findByKey(p.department, p.input.idempotencyKey);
      if (!existing) continue;
      if (existing.requestHash !== p.requestHash) {
        throw AppException.conflict('该幂等键已用于内容不同的核验请求', {
          field: 'idempotencyKey',
          verificationId: existing.id,
        });
      }
      const now = new Date();
      if (existing.status === VerificationStatus.DONE) {
        // sources that were temporarily unavailable are asked again once the retry time has
        // come; before it, and for any other outcome, the stored answer stands
        if (!retryDue(existing, now)) return existing;
        if (await this.repo.claimRetry(existing.id, this.leaseFrom(now, sources), now))
          return this.runner.run(caller, p, existing.id, sources, true, ctx);
        return this.waitFor(existing.id, sources);
      }
      if (await this.repo.claim(existing.id, this.leaseFrom(now, sources), now))
        return this.runner.run(caller, p, existing.id, sources, true, ctx);
      return this.waitFor(existing.id, sources);
    }
  }

  // Stores the request, its attempts and the receipt's status entry before any source is called,
  // in one statement group; null when the key is already taken.
  private async store(
    caller: Caller,
    p: Prepared,
    id: string,
    sources: DataSourceRow[],
  ): Promise<StoredRequest | null> {
    const now = new Date();
    const attempts = newAttempts(id, sources, now);
    const row: VerificationRow = {
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
      status: VerificationStatus.RUNNING,
      outcome: null,
      route: null,
      nextRoute: null,
      reason: null,
      sourceCode: null,
      recordAsOf: null,
      recordRef: null,
      receipt: null,
      retryAfter: null,
      leaseUntil: this.leaseFrom(now, sources),
      createdAt: now,
      finishedAt: null,
      attempts,
    };
    const statusEntry = await this.repo.storeRequest({
      verification: { ...row, leaseUntil: row.leaseUntil! },
      attempts: attempts.map((a) => ({
        id: a.id,
        sourceId: a.sourceId,
        sourceCode: a.sourceCode!,
        outcome: a.outcome,
        reason: a.reason,
        finishedAt: a.finishedAt,
      })),
      parties: idFieldsOf(p.claim).map(([field, idNumber]) => ({ field, subjectHash: this.hasher.ref(idNumber).hash })),
      audit: this.audit.newEvent(caller, {
        action: 'verification.request',
        targetType: 'Verification',
        targetId: id,
        detail: {
          factType: p.fact.code,
          certificateCode: p.input.certificateCode,
          subjectHash: p.subject.hash.slice(0, 16),
          sources: sources.map((s) => s.code),
        },
      }),
    });
    return statusEntry === null ? null : { row, statusEntry };
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
      const row = await this.repo.findById(id);
      if (row && row.status !== VerificationStatus.RUNNING) return row;
    }
    throw new AppException(ErrorCode.SERVICE_UNAVAILABLE, '同一请求仍在处理中，请稍后以同一幂等键重试');
  }

  rowById(id: string): Promise<VerificationRow | null> {
    return this.repo.findById(id);
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
      retryAfter: row.outcome === VerificationOutcome.UNAVAILABLE ? row.retryAfter : null,
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

import { createPublicKey, JsonWebKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { JWK } from 'jose';
import { AuditService, SYSTEM_ACTOR } from '#gw/audit';
import { AccessPolicy, Caller, callerDepartment, departmentFilter } from '#gw/auth';
import { toDepartment } from '#gw/catalog';
import { APP_CONFIG, AppConfig, AppException, TtlCache, uuidv7, UUID_PATTERN } from '#gw/common';
import { ReferenceCache } from '#gw/reference';
import { ConnectorService, healthUrlOf, ProbeResult, signsResponses } from '../connector/connector.service';
import { SourceStatus } from '../sources.enums';
import { DataSourceFilter, DataSourceModel, RegisterDataSourceInput, UpdateDataSourceInput } from './data-source.model';
import { DataSourceRepository, DataSourceRow, DelegationRow } from './data-source.repository';
import { DelegateFactTypeInput, FactTypeDelegationFilter, FactTypeDelegationModel } from './delegation.model';

const STATS_WINDOW = 500;
const FAILED = new Set([
  'TIMEOUT',
  'UNREACHABLE',
  'ERROR',
  'BAD_RESPONSE',
  'BAD_SIGNATURE',
  'CIRCUIT_OPEN',
  'OVERLOADED',
  'INTERRUPTED',
]);
export type { DataSourceRow };
const DEFAULT_MAX_CONCURRENCY = 32;

// A source that answers for a fact, as guidance names it: "公安户籍（环县公安局）".
export interface SharedSourceInfo {
  name: string;
  providerName: string;
}

export interface ProvisionedSource {
  code: string;
  name: string;
  providerDepartmentCode: string;
  factTypes: string[];
  endpoint: string;
  jwksUrl?: string;
}

// The provider department runs its sources: only its SOURCE_ADMIN registers, changes, suspends
// them and decides which consumer departments may use them. A department registers sources only
// for the fact types it owns, or that their owner delegated to it; every source signs its answers.
// What verification and the community checks read of the registry comes from memory, dropped
// when the registry changes (here at once, on the other replicas at their next poll) or when the
// catalog does (which department owns a fact, departments' names).
@Injectable()
export class RegistryService {
  private readonly sourceCache: TtlCache<string, { granted: DataSourceRow[]; registered: number }>;
  private readonly sharedCache: TtlCache<string, Map<string, SharedSourceInfo[]>>;

  constructor(
    private readonly repo: DataSourceRepository,
    private readonly connector: ConnectorService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
    private readonly reference: ReferenceCache,
  ) {
    this.sourceCache = reference.cache('sources', 'catalog');
    this.sharedCache = reference.cache('sources', 'catalog');
  }

  // A department sees the sources it provides and those granted to it; the county's auditors all.
  async list(caller: Caller, filter: DataSourceFilter): Promise<DataSourceModel[]> {
    const visibleTo = departmentFilter(await this.policy.departmentScope(caller, 'dataSource'));
    if (visibleTo === null) return [];
    const rows = await this.repo.list({ ...filter, visibleTo });
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  async get(caller: Caller, id: string): Promise<DataSourceModel> {
    const row = await this.row(id);
    const departments = [row.providerDepartmentCode, ...row.grants.map((g) => g.consumerDepartmentCode)];
    if (!(await this.policy.seesDepartmentRecord(caller, 'dataSource', departments)))
      throw AppException.notFound('未找到该数据源', { id });
    return this.toModel(row);
  }

  // What verification may call for this fact on behalf of this department.
  sourcesFor(
    factTypeCode: string,
    consumerDepartmentCode: string,
  ): Promise<{ granted: DataSourceRow[]; registered: number }> {
    return this.sourceCache.get(`${factTypeCode}|${consumerDepartmentCode}`, async () => {
      const [granted, registered] = await Promise.all([
        this.repo.listGrantedFor(factTypeCode, consumerDepartmentCode),
        this.repo.countFor(factTypeCode),
      ]);
      return { granted, registered };
    });
  }

  // For each fact, the ACTIVE sources granted to at least one department: what a window can
  // check online today. A fact with none is checked by assist from its owner instead.
  activeGrantedSources(factTypeCodes: string[]): Promise<Map<string, SharedSourceInfo[]>> {
    const codes = [...new Set(factTypeCodes)].sort();
    if (codes.length === 0) return Promise.resolve(new Map());
    return this.sharedCache.get(codes.join('|'), async () => {
      const out = new Map<string, SharedSourceInfo[]>(codes.map((c) => [c, []]));
      for (const s of await this.repo.activeGrantedFor(codes)) {
        const serves = new Set([
          ...s.providerDepartment.factTypes.map((f) => f.code),
          ...s.providerDepartment.delegationsReceived.map((d) => d.factTypeCode),
        ]);
        for (const f of s.facts)
          if (serves.has(f.factTypeCode))
            out.get(f.factTypeCode)?.push({ name: s.name, providerName: s.providerDepartment.name });
      }
      return out;
    });
  }

  // Registry changes made in this process (committed, their version bumped in the same
  // transaction) take effect on its next verification.
  invalidate(): void {
    this.reference.changed('sources');
  }

  async register(caller: Caller, input: RegisterDataSourceInput): Promise<DataSourceModel> {
    const provider = callerDepartment(caller);
    const factTypes = await this.checkFactTypes(input.factTypes);
    const publicKeyJwk = checkPublicJwk(input.publicKeyJwk);
    if (!publicKeyJwk && !input.jwksUrl && !this.config.verification.allowUnsignedSources)
      throw AppException.badInput('数据源须对应答签名：请登记应答签名公钥（publicKeyJwk）或公钥集地址（jwksUrl）', {
        field: 'publicKeyJwk',
      });
    await this.assertServes(provider, factTypes);
    if (await this.repo.findByCode(input.code))
      throw AppException.conflict(`数据源编码 ${input.code} 已被使用`, { field: 'code' });
    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      await this.repo.create(
        tx,
        {
          id,
          code: input.code,
          name: input.name.trim(),
          providerDepartmentCode: provider,
          endpoint: input.endpoint,
          timeoutMs: input.timeoutMs ?? this.config.verification.sourceTimeoutMs,
          maxConcurrency: input.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY,
          publicKeyJwk: publicKeyJwk ?? undefined,
          jwksUrl: input.jwksUrl ?? null,
          authSecret: input.authSecret ?? null,
          status: SourceStatus.ACTIVE,
          createdBy: caller.user.subject,
        },
        factTypes,
      );
      await this.audit.record(tx, caller, {
        action: 'source.register',
        targetType: 'DataSource',
        targetId: id,
        detail: { code: input.code, factTypes, signsResponses: !!(publicKeyJwk || input.jwksUrl) },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return this.model(id);
  }

  // Provisioning without a signed-in administrator (a deployment manifest, the demo's sandbox):
  // each source is registered or updated as the system, granted to every government department,
  // and audited like any registration. Fact types the catalog does not know, or that the
  // provider neither owns nor was delegated, are skipped; a source that does not sign is refused.
  async provision(sources: ProvisionedSource[], timeoutMs: number): Promise<string[]> {
    const consumers = await this.repo.listGovernmentDepartments();
    const system = SYSTEM_ACTOR.user!.subject;
    for (const s of sources) {
      if (!s.jwksUrl && !this.config.verification.allowUnsignedSources)
        throw new Error(`source ${s.code} publishes no response-signing keys (jwksUrl): unsigned sources are refused`);
    }
    for (const s of sources) {
      const { served: factTypes, refused } = await this.servedBy(s.providerDepartmentCode, s.factTypes);
      await this.repo.transaction(async (tx) => {
        const existing = await this.repo.findByCode(s.code);
        const fields = {
          name: s.name,
          endpoint: s.endpoint,
          jwksUrl: s.jwksUrl ?? null,
          timeoutMs,
          status: SourceStatus.ACTIVE,
          statusReason: null,
        };
        const id = existing?.id ?? uuidv7();
        if (existing) await this.repo.update(tx, id, fields, factTypes);
        else
          await this.repo.create(
            tx,
            {
              id,
              code: s.code,
              providerDepartmentCode: s.providerDepartmentCode,
              maxConcurrency: 64,
              createdBy: system,
              ...fields,
            },
            factTypes,
          );
        for (const consumer of consumers) await this.repo.grant(tx, id, consumer, system);
        await this.audit.record(tx, SYSTEM_ACTOR, {
          action: 'source.provision',
          targetType: 'DataSource',
          targetId: id,
          detail: { code: s.code, factTypes, ...(refused.length ? { refusedFactTypes: refused } : {}) },
        });
        await this.reference.bump(tx, 'sources');
      });
    }
    this.invalidate();
    return sources.map((s) => s.code);
  }

  async update(caller: Caller, input: UpdateDataSourceInput): Promise<DataSourceModel> {
    const source = await this.ownRow(caller, input.id);
    const factTypes = input.factTypes ? await this.checkFactTypes(input.factTypes) : undefined;
    const publicKeyJwk = checkPublicJwk(input.publicKeyJwk);
    if (factTypes) await this.assertServes(source.providerDepartmentCode, factTypes);
    const changed = Object.keys(input)
      .filter((k) => k !== 'id' && input[k as keyof UpdateDataSourceInput] !== undefined)
      .sort();
    if (changed.length === 0) throw AppException.badInput('没有需要修改的内容');
    await this.repo.transaction(async (tx) => {
      await this.repo.update(
        tx,
        source.id,
        {
          name: input.name?.trim(),
          endpoint: input.endpoint,
          timeoutMs: input.timeoutMs,
          maxConcurrency: input.maxConcurrency,
          publicKeyJwk: publicKeyJwk ?? undefined,
          jwksUrl: input.jwksUrl,
          authSecret: input.authSecret === undefined ? undefined : input.authSecret === '' ? null : input.authSecret,
        },
        factTypes,
      );
      // the secret's value is never written to the audit trail, only that it changed
      await this.audit.record(tx, caller, {
        action: 'source.update',
        targetType: 'DataSource',
        targetId: source.id,
        detail: { code: source.code, changed },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return this.model(source.id);
  }

  async setStatus(
    caller: Caller,
    id: string,
    status: SourceStatus,
    reason: string | undefined,
  ): Promise<DataSourceModel> {
    const source = await this.ownRow(caller, id);
    if (source.status === status)
      throw AppException.conflict(status === SourceStatus.SUSPENDED ? '数据源已处于暂停状态' : '数据源已处于启用状态');
    const text = reason?.trim();
    if (status === SourceStatus.SUSPENDED && (!text || text.length > 200))
      throw AppException.badInput('暂停数据源须说明原因（200 字以内）', { field: 'reason' });
    await this.repo.transaction(async (tx) => {
      await this.repo.update(tx, source.id, { status, statusReason: status === SourceStatus.SUSPENDED ? text : null });
      await this.audit.record(tx, caller, {
        action: status === SourceStatus.SUSPENDED ? 'source.suspend' : 'source.reactivate',
        targetType: 'DataSource',
        targetId: source.id,
        detail: { code: source.code },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return this.model(source.id);
  }

  async setGrant(
    caller: Caller,
    id: string,
    consumerDepartmentCode: string,
    granted: boolean,
  ): Promise<DataSourceModel> {
    const source = await this.ownRow(caller, id);
    if (!(await this.repo.existsDepartment(consumerDepartmentCode)))
      throw AppException.notFound(`未找到部门 ${consumerDepartmentCode}`, { field: 'consumerDepartmentCode' });
    await this.repo.transaction(async (tx) => {
      const changed = granted
        ? await this.repo.grant(tx, source.id, consumerDepartmentCode, caller.user.subject)
        : await this.repo.revoke(tx, source.id, consumerDepartmentCode);
      if (!changed) throw AppException.conflict(granted ? '该部门已获授权' : '该部门尚未获授权');
      await this.audit.record(tx, caller, {
        action: granted ? 'source.grant' : 'source.revoke',
        targetType: 'DataSource',
        targetId: source.id,
        detail: { code: source.code, consumerDepartmentCode },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return this.model(source.id);
  }

  async probe(caller: Caller, id: string): Promise<DataSourceModel> {
    const source = await this.ownRow(caller, id);
    const result: ProbeResult = await this.connector.probe(source);
    await this.repo.transaction(async (tx) => {
      await this.repo.updateProbe(tx, source.id, result.ok, result.message, result.latencyMs);
      await this.audit.record(tx, caller, {
        action: 'source.probe',
        targetType: 'DataSource',
        targetId: source.id,
        detail: { code: source.code, ok: result.ok, latencyMs: result.latencyMs },
      });
    });
    return this.model(source.id);
  }

  // after a change the caller made to their own source
  private async model(id: string): Promise<DataSourceModel> {
    return this.toModel(await this.row(id));
  }

  private async row(id: string): Promise<DataSourceRow> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('数据源 ID 格式不正确', { field: 'id' });
    const row = await this.repo.findById(id);
    if (!row) throw AppException.notFound('未找到该数据源', { id });
    return row;
  }

  private async ownRow(caller: Caller, id: string): Promise<DataSourceRow> {
    const row = await this.row(id);
    if (row.providerDepartmentCode !== callerDepartment(caller)) throw AppException.forbidden('只能管理本部门的数据源');
    return row;
  }

  // --- delegation: the owner of a fact type lets another department run sources for it

  async listDelegations(caller: Caller, filter: FactTypeDelegationFilter): Promise<FactTypeDelegationModel[]> {
    const visibleTo = departmentFilter(await this.policy.departmentScope(caller, 'factTypeDelegation'));
    if (visibleTo === null) return [];
    return (await this.repo.listDelegations({ ...filter, visibleTo })).map(toDelegation);
  }

  async delegate(caller: Caller, input: DelegateFactTypeInput): Promise<FactTypeDelegationModel> {
    const owner = callerDepartment(caller);
    const reason = input.reason.trim();
    if (!reason) throw AppException.badInput('请填写委托依据或原因', { field: 'reason' });
    const [fact] = await this.repo.listFactTypeOwners([input.factType]);
    if (!fact) throw AppException.badInput(`未知的事实类型：${input.factType}`, { field: 'factType' });
    if (fact.ownerDepartmentCode !== owner)
      throw AppException.forbidden(`只有「${fact.name}」的主管部门才能委托其他部门登记数据源`, { field: 'factType' });
    const delegate = await this.repo.findDepartment(input.delegateDepartmentCode);
    if (!delegate)
      throw AppException.notFound(`未找到部门 ${input.delegateDepartmentCode}`, { field: 'delegateDepartmentCode' });
    if (delegate.code === owner) throw AppException.badInput('不能委托本部门', { field: 'delegateDepartmentCode' });
    if (delegate.kind !== 'GOVERNMENT')
      throw AppException.badInput('只能委托政府部门登记数据源', { field: 'delegateDepartmentCode' });
    if (await this.repo.findActiveDelegation(fact.code, delegate.code))
      throw AppException.conflict(`已委托${delegate.name}登记「${fact.name}」的数据源`, {
        field: 'delegateDepartmentCode',
      });
    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      await this.repo.createDelegation(tx, {
        id,
        factTypeCode: fact.code,
        ownerDepartmentCode: owner,
        delegateDepartmentCode: delegate.code,
        reason,
        grantedBy: caller.user.subject,
      });
      await this.audit.record(tx, caller, {
        action: 'source.delegate',
        targetType: 'FactTypeDelegation',
        targetId: id,
        detail: { factType: fact.code, delegateDepartmentCode: delegate.code },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return toDelegation((await this.repo.findDelegation(id))!);
  }

  async revokeDelegation(caller: Caller, id: string, reason: string): Promise<FactTypeDelegationModel> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('委托 ID 格式不正确', { field: 'id' });
    const row = await this.repo.findDelegation(id);
    const department = callerDepartment(caller);
    if (!row || (row.ownerDepartmentCode !== department && row.delegateDepartmentCode !== department))
      throw AppException.notFound('未找到该委托', { id });
    if (row.ownerDepartmentCode !== department)
      throw AppException.forbidden('只有委托方（事实类型的主管部门）才能撤销委托');
    const text = reason.trim();
    if (!text || text.length > 200)
      throw AppException.badInput('撤销委托须说明原因（200 字以内）', { field: 'reason' });
    await this.repo.transaction(async (tx) => {
      if (!(await this.repo.revokeDelegation(tx, id, caller.user.subject, text)))
        throw AppException.conflict('该委托已撤销');
      await this.audit.record(tx, caller, {
        action: 'source.revokeDelegation',
        targetType: 'FactTypeDelegation',
        targetId: id,
        detail: { factType: row.factTypeCode, delegateDepartmentCode: row.delegateDepartmentCode },
      });
      await this.reference.bump(tx, 'sources');
    });
    this.invalidate();
    return toDelegation((await this.repo.findDelegation(id))!);
  }

  // The facts among these the department owns or holds a delegation for, and the others.
  private async servedBy(department: string, codes: string[]): Promise<{ served: string[]; refused: string[] }> {
    const owners = await this.repo.listFactTypeOwners(codes);
    const delegated = new Set(await this.repo.delegatedFacts(department, codes));
    const known = new Set(owners.map((o) => o.code));
    const served = owners.filter((o) => o.ownerDepartmentCode === department || delegated.has(o.code));
    const servedCodes = new Set(served.map((o) => o.code));
    return {
      served: [...servedCodes].sort(),
      refused: [...new Set(codes)].filter((c) => known.has(c) && !servedCodes.has(c)).sort(),
    };
  }

  private async assertServes(department: string, factTypes: string[]): Promise<void> {
    const { refused } = await this.servedBy(department, factTypes);
    if (refused.length === 0) return;
    const owners = await this.repo.listFactTypeOwners(refused);
    const names = owners.map((o) => `「${o.name}」`).join('');
    throw AppException.forbidden(`本部门不是${names}的主管部门，也未获主管部门委托，不能为其登记数据源`, {
      field: 'factTypes',
      factTypes: refused,
    });
  }

  private async checkFactTypes(codes: string[]): Promise<string[]> {
    const unique = [...new Set(codes)];
    const existing = new Set(await this.repo.listExistingFactTypes(unique));
    const unknown = unique.filter((c) => !existing.has(c));
    if (unknown.length > 0)
      throw AppException.badInput(`未知的事实类型：${unknown.join('、')}`, { field: 'factTypes', unknown });
    return unique.sort();
  }

  private async toModel(r: DataSourceRow): Promise<DataSourceModel> {
    const recent = await this.repo.listRecentAttempts(r.id, STATS_WINDOW);
    const latencies = recent
      .map((a) => a.latencyMs)
      .filter((l): l is number => l !== null)
      .sort((a, b) => a - b);
    const failures = recent.filter((a) => FAILED.has(a.outcome)).length;
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      providerDepartment: toDepartment(r.providerDepartment),
      endpoint: r.endpoint,
      healthUrl: healthUrlOf(r.endpoint),
      factTypes: r.facts.map((f) => f.factTypeCode),
      timeoutMs: r.timeoutMs,
      maxConcurrency: r.maxConcurrency,
      signsResponses: signsResponses(r),
      jwksUrl: r.jwksUrl,
      hasAuthSecret: !!r.authSecret,
      status: r.status as SourceStatus,
      statusReason: r.statusReason,
      lastProbe: r.lastProbeAt
        ? { at: r.lastProbeAt, ok: !!r.lastProbeOk, message: r.lastProbeMessage, latencyMs: r.lastProbeLatencyMs }
        : null,
      grantedDepartments: r.grants.map((g) => toDepartment(g.consumerDepartment)),
      stats: {
        calls: recent.length,
        failures,
        errorRate: recent.length ? failures / recent.length : 0,
        p50LatencyMs: percentile(latencies, 0.5),
        p95LatencyMs: percentile(latencies, 0.95),
        breaker: this.connector.breakerState(r.id),
      },
      updatedAt: r.updatedAt,
    };
  }
}

function toDelegation(r: DelegationRow): FactTypeDelegationModel {
  return {
    id: r.id,
    factType: r.factTypeCode,
    ownerDepartment: toDepartment(r.ownerDepartment),
    delegateDepartment: toDepartment(r.delegateDepartment),
    reason: r.reason,
    active: r.revokedAt === null,
    grantedBy: r.grantedBy,
    grantedAt: r.grantedAt,
    revokedBy: r.revokedBy,
    revokedAt: r.revokedAt,
    revokeReason: r.revokeReason,
  };
}

function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// A public key only: a JWK carrying private parts is refused so it is never stored.
function checkPublicJwk(jwk: Record<string, unknown> | undefined): JWK | undefined {
  if (jwk === undefined || jwk === null) return undefined;
  if (typeof jwk !== 'object' || Array.isArray(jwk) || typeof jwk.kty !== 'string')
    throw AppException.badInput('publicKeyJwk 不是有效的 JWK', { field: 'publicKeyJwk' });
  if (['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'].some((k) => k in jwk))
    throw AppException.badInput('publicKeyJwk 含有私钥成分，只能登记公钥', { field: 'publicKeyJwk' });
  if (!['EC', 'RSA', 'OKP'].includes(jwk.kty))
    throw AppException.badInput('publicKeyJwk 的密钥类型不受支持', { field: 'publicKeyJwk' });
  // a key whose coordinates are not a point of its curve (or whose modulus is garbage) would
  // fail every response's signature check later: refused now
  let modulusLength: number | undefined;
  try {
    modulusLength = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).asymmetricKeyDetails?.modulusLength;
  } catch {
    throw AppException.badInput('publicKeyJwk 不是有效的公钥（曲线坐标或参数无效）', { field: 'publicKeyJwk' });
  }
  if (jwk.kty === 'RSA' && (modulusLength ?? 0) < 2048)
    throw AppException.badInput('publicKeyJwk 的 RSA 模数须至少 2048 位', { field: 'publicKeyJwk' });
  return jwk as JWK;
}

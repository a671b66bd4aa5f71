import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { BurdenRecorder, CHECK_COUNTER } from '#gw/burden';
import { AccessPolicy, actsForCommunity, Caller, scopeWithin } from '#gw/auth';
import {
  assertCommunityLevel,
  CatalogService,
  CertificateRow,
  CheckDecision,
  CheckReason,
  ListKind,
  ListVersionRow,
  regionPrefix,
  toCertificateType,
  toRegion,
} from '#gw/catalog';
import { Prisma } from '#gw/db';
import {
  AppException,
  assertTimeRange,
  emptyPage,
  isCatalogCode,
  isRegionCode,
  MetricsService,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  UUID_KEY,
  uuidv7,
} from '#gw/common';
import { CandidateMatch, CertificateMatchResult, responsibleFor, screenNegative } from '#gw/matching';
import { CertificateMatcherService } from './certificate-matcher.service';
import { decisionFor } from './check-decision';
import {
  CheckCommunityCertificateInput,
  CommunityCertificateCheckModel,
  CommunityCheckFilter,
} from './community.model';
import { CommunityCheckRow, CommunityRepository } from './community.repository';
import { FactRoute, guidanceFor, POLICY_BASIS } from './guidance';
import { CertificateCandidateModel } from './match-feedback.model';
import { MatchFeedbackService } from './match-feedback.service';
import { SHARED_SOURCE_DIRECTORY, SharedSourceDirectory } from './shared-sources.port';

// Input with no Chinese text is taken as a catalog code (and must be a well-formed one);
// anything else is the name the resident used.
const CODE_LIKE = /^[\x20-\x7e]+$/;

interface Decision {
  decision: CheckDecision;
  reason: CheckReason;
  certificate: CertificateRow | null;
  list: ListVersionRow | null;
  legalBasis: string;
  negativeItem: ListVersionRow['items'][number] | null;
  // the entries offered: the one matched, or those to choose from, or a near miss for NOT_LISTED
  candidates: CertificateCandidateModel[];
  // what the matcher made of the words, when they were words (not a code)
  match: CertificateMatchResult | null;
}

@Injectable()
export class CommunityService {
  constructor(
    private readonly repo: CommunityRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
    private readonly burden: BurdenRecorder,
    private readonly policy: AccessPolicy,
    private readonly matcher: CertificateMatcherService,
    private readonly feedback: MatchFeedbackService,
    @Inject(SHARED_SOURCE_DIRECTORY) private readonly sources: SharedSourceDirectory,
  ) {}

  async checkCertificate(
    caller: Caller,
    input: CheckCommunityCertificateInput,
  ): Promise<CommunityCertificateCheckModel> {
    const communityCode = input.communityCode.trim();
    const text = input.certificate.trim();
    if (!isRegionCode(communityCode))
      throw AppException.badInput('communityCode 须为 12 位数字区划代码', { field: 'communityCode' });
    if (!text || text.length > 100)
      throw AppException.badInput('请填写证明名称或编码（最多 100 个字符）', { field: 'certificate' });
    if (!actsForCommunity(caller, communityCode)) {
      throw AppException.forbidden('只能为本人所在社区核对证明事项', { communityCode });
    }
    const community = await this.catalog.region(communityCode);
    assertCommunityLevel(community);

    const d = await this.decide(text);
    const guidance = await this.guidance(d, community.name, text);
    const id = uuidv7();
    const now = new Date();
    const row = await this.repo.transaction(async (tx) => {
      const created = await this.repo.createCheck(tx, {
        id,
        communityCode,
        certificateInput: text,
        certificateCode: d.certificate?.code ?? null,
        decision: d.decision,
        reason: d.reason,
        guidance,
        legalBasis: d.legalBasis,
        listVersionId: d.list?.id ?? null,
        candidates: d.candidates.length > 0 ? (d.candidates as unknown as Prisma.InputJsonValue) : undefined,
        actorSubject: caller.user.subject,
        actorDepartment: caller.user.departmentCode,
        requestId: caller.requestId ?? null,
        createdAt: now,
      });
      // an ambiguous check decides nothing: the check the clerk makes after choosing is counted
      const counter = CHECK_COUNTER[d.reason];
      if (counter) await this.burden.record(tx, communityCode, now, counter);
      if (d.match) await this.feedback.record(tx, text, d.match, now);
      await this.audit.record(tx, caller, {
        action: 'community.checkCertificate',
        targetType: 'CommunityCheck',
        targetId: id,
        detail: {
          communityCode,
          certificateCode: d.certificate?.code ?? null,
          decision: d.decision,
          reason: d.reason,
          listVersionId: d.list?.id ?? null,
        },
      });
      return created;
    });
    this.metrics.communityChecks.inc({ decision: d.decision, reason: d.reason });
    const model = toCheckModel(row);
    model.negativeListItem = d.negativeItem;
    return model;
  }

  async checks(
    caller: Caller,
    filter: CommunityCheckFilter,
    page?: PageArgs,
  ): Promise<Page<CommunityCertificateCheckModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    assertTimeRange(filter);
    let scope = await this.policy.communityScope(caller, 'communityCheck');
    if (filter.regionCode) {
      const region = await this.catalog.region(filter.regionCode);
      const within = scopeWithin(scope, { code: region.code, prefix: regionPrefix(region.code, region.level) });
      if (!within) throw AppException.forbidden('只能查看本辖区的社区证明核对记录', { regionCode: region.code });
      scope = within;
    }
    if (scope.prefixes.length === 0) return emptyPage();
    const { rows, total } = await this.repo.page({ ...filter, communityPrefixes: scope.prefixes }, beforeId, take);
    return sliceToPage(rows.map(toCheckModel), size, total, (c) => c.id);
  }

  private async decide(text: string): Promise<Decision> {
    const permitted = await this.catalog.listInForce(ListKind.PERMITTED_CERTIFICATE);
    const none = { list: permitted, negativeItem: null };
    if (CODE_LIKE.test(text)) {
      const code = text.toUpperCase();
      if (!isCatalogCode(code)) throw AppException.badInput('证明事项编码格式不正确', { field: 'certificate' });
      const certificate = await this.catalog.certificateRow(code);
      const d = decisionFor(certificate, permitted);
      return { ...d, ...none, certificate, candidates: [candidate(certificate, d, null)], match: null };
    }

    const { result: match, rowOf } = await this.matcher.match(text);
    const offered = match.candidates.map((c) => {
      const row = rowOf(c.code);
      return candidate(row, decisionFor(row, permitted), c);
    });
    if (match.kind === 'MATCHED') {
      const certificate = rowOf(match.candidates[0].code);
      return { ...decisionFor(certificate, permitted), ...none, certificate, candidates: offered, match };
    }
    if (match.kind === 'AMBIGUOUS') {
      return {
        decision: CheckDecision.AMBIGUOUS,
        reason: CheckReason.AMBIGUOUS,
        legalBasis: POLICY_BASIS,
        ...none,
        certificate: null,
        candidates: offered,
        match,
      };
    }
    const negative = await this.catalog.listInForce(ListKind.NEGATIVE);
    const screened = screenNegative([text], negative.items);
    if (screened.verdict === 'REFUSE') {
      return {
        decision: CheckDecision.REFUSED,
        reason: CheckReason.NEGATIVE_LIST,
        certificate: null,
        list: negative,
        legalBasis: `${negative.title}：${screened.hit!.item.legalBasis}`,
        negativeItem: screened.hit!.item,
        candidates: [],
        match: null,
      };
    }
    return {
      decision: CheckDecision.REFUSED,
      reason: CheckReason.NOT_LISTED,
      legalBasis: POLICY_BASIS,
      ...none,
      certificate: null,
      candidates: offered,
      match,
    };
  }

  // Guidance from what is registered today: which of the certificate's facts a window can check
  // online, and who answers the rest.
  private async guidance(d: Decision, communityName: string, text: string): Promise<string> {
    const facts = d.certificate?.facts.map((f) => f.factType) ?? [];
    const sources = await this.sources.activeGrantedSources(facts.map((f) => f.code));
    const routes: FactRoute[] = facts.map((f) => ({
      name: f.name,
      owner: f.ownerDepartment.name,
      assistDueHours: f.assistDueHours,
      commitmentAllowed: f.commitmentAllowed,
      postVerifyDays: f.postVerifyDays,
      sources: sources.get(f.code) ?? [],
    }));
    const understood = (d.match?.understood.length ?? 1) > 0;
    return guidanceFor({
      reason: d.reason,
      certificate: d.certificate,
      facts: routes,
      communityName,
      negative: d.negativeItem
        ? {
            seq: d.negativeItem.seq,
            category: d.negativeItem.category,
            responsible: responsibleFor(d.negativeItem.category),
          }
        : null,
      candidates: d.candidates,
      unrecognised: understood ? null : text,
    });
  }
}

function candidate(
  row: CertificateRow,
  d: { decision: CheckDecision; reason: CheckReason },
  match: CandidateMatch | null,
): CertificateCandidateModel {
  return {
    code: row.code,
    name: row.name,
    decision: d.decision,
    reason: d.reason,
    score: match?.score ?? 1,
    matchedOn: match?.matchedOn ?? row.code,
    explanation: match ? match.evidence.join('、') : '按证明事项编码核对',
  };
}

function toCheckModel(row: CommunityCheckRow): CommunityCertificateCheckModel {
  return {
    id: row.id,
    communityCode: row.communityCode,
    community: toRegion(row.community),
    certificateInput: row.certificateInput,
    certificateType: row.certificate ? toCertificateType(row.certificate) : null,
    decision: row.decision as CheckDecision,
    reason: row.reason as CheckReason,
    guidance: row.guidance,
    legalBasis: row.legalBasis,
    listVersion: row.listVersion
      ? {
          id: row.listVersion.id,
          kind: row.listVersion.kind as ListKind,
          version: row.listVersion.version,
          title: row.listVersion.title,
          effectiveFrom: row.listVersion.effectiveFrom,
        }
      : null,
    negativeListItem: null,
    candidates: Array.isArray(row.candidates) ? (row.candidates as unknown as CertificateCandidateModel[]) : [],
    actorSubject: row.actorSubject,
    checkedAt: row.createdAt,
  };
}

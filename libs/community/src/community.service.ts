import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { BurdenRecorder, CHECK_COUNTER } from '#gw/burden';
import { AccessPolicy, actsForCommunity, Caller, scopeWithin } from '#gw/auth';
import {
  assertCommunityLevel,
  CatalogService,
  CertificateRow,
  CheckDecision,
  CheckReason,
  Disposition,
  ListKind,
  ListVersionRow,
  regionPrefix,
  toCertificateType,
  toRegion,
} from '#gw/catalog';
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
import { matchCertificate, matchNegativeItem } from './certificate-matcher';
import {
  CheckCommunityCertificateInput,
  CommunityCertificateCheckModel,
  CommunityCheckFilter,
} from './community.model';
import { CommunityCheckRow, CommunityRepository } from './community.repository';
import { guidanceFor, POLICY_BASIS, withPolicyBasis } from './guidance';

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
    const guidance = guidanceFor(d.reason, d.certificate, d.negativeItem ?? undefined);
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
        actorSubject: caller.user.subject,
        actorDepartment: caller.user.departmentCode,
        requestId: caller.requestId ?? null,
        createdAt: now,
      });
      await this.burden.record(tx, communityCode, now, CHECK_COUNTER[d.reason]);
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
    let certificate: CertificateRow | null;
    if (CODE_LIKE.test(text)) {
      const code = text.toUpperCase();
      if (!isCatalogCode(code)) throw AppException.badInput('证明事项编码格式不正确', { field: 'certificate' });
      certificate = await this.catalog.certificateRow(code);
    } else {
      const all = await this.catalog.allCertificateRows();
      const match = matchCertificate(
        text,
        all.map((c) => ({ ...c, aliases: (c.aliases as string[]) ?? [] })),
      );
      certificate = match ? (all.find((c) => c.code === match.certificate.code) ?? null) : null;
    }

    if (!certificate) {
      const negative = await this.catalog.listInForce(ListKind.NEGATIVE);
      const hit = matchNegativeItem(text, negative.items);
      if (hit) {
        return {
          decision: CheckDecision.REFUSED,
          reason: CheckReason.NEGATIVE_LIST,
          certificate: null,
          list: negative,
          legalBasis: `${negative.title}：${hit.item.legalBasis}`,
          negativeItem: hit.item,
        };
      }
      return {
        decision: CheckDecision.REFUSED,
        reason: CheckReason.NOT_LISTED,
        certificate: null,
        list: permitted,
        legalBasis: POLICY_BASIS,
        negativeItem: null,
      };
    }

    const disposition = certificate.disposition as Disposition;
    if (disposition === Disposition.COMMUNITY_PERMITTED) {
      const item = permitted.items.find((i) => i.certificateCode === certificate.code);
      if (item) {
        return {
          decision: CheckDecision.ALLOWED,
          reason: CheckReason.ON_PERMITTED_LIST,
          certificate,
          list: permitted,
          legalBasis: item.legalBasis,
          negativeItem: null,
        };
      }
      return {
        decision: CheckDecision.REFUSED,
        reason: CheckReason.NOT_LISTED,
        certificate,
        list: permitted,
        legalBasis: POLICY_BASIS,
        negativeItem: null,
      };
    }
    return {
      decision: CheckDecision.REFUSED,
      reason: CheckReason[disposition],
      certificate,
      list: permitted,
      legalBasis: withPolicyBasis(certificate.legalBasis),
      negativeItem: null,
    };
  }
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
    actorSubject: row.actorSubject,
    checkedAt: row.createdAt,
  };
}

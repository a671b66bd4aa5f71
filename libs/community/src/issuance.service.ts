import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { BurdenRecorder } from '#gw/burden';
import { AccessPolicy, actsForCommunity, Caller } from '#gw/auth';
import {
  AppException,
  assertNoIdNumber,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
  normalizeIdNumber,
  Page,
  PageArgs,
  pageRequest,
  emptyPage,
  UUID_KEY,
  sliceToPage,
  uuidv7,
  UUID_PATTERN,
  formatBeijingTime,
} from '#gw/common';
import type { IssuedCertificate } from '#gw/db';
import { SigningService, SubjectHasher, TokenProblem } from '#gw/signing';
import { CheckDecision } from '#gw/catalog';
import { StatusKind, StatusListService, StatusReason, TokenStatus } from '#gw/status';
import { CommunityService } from './community.service';
import {
  IssueCommunityCertificateInput,
  IssuedCertificateCheckModel,
  IssuedCertificateFilter,
  IssuedCertificateModel,
} from './issuance.model';
import { IssuanceRepository } from './issuance.repository';

export const ISSUED_TYP = 'community-certificate+jwt';
export const QR_PREFIX = 'HXZM1:';

// A community issues only what the permitted list in force allows; every issued certificate
// carries a serial and the gateway's signature, so a receiving office verifies it with one query.
@Injectable()
export class IssuanceService {
  constructor(
    private readonly repo: IssuanceRepository,
    private readonly community: CommunityService,
    private readonly hasher: SubjectHasher,
    private readonly signing: SigningService,
    private readonly audit: AuditService,
    private readonly burden: BurdenRecorder,
    private readonly policy: AccessPolicy,
    private readonly statusLists: StatusListService,
  ) {}

  async issue(caller: Caller, input: IssueCommunityCertificateInput): Promise<IssuedCertificateModel> {
    const idNumber = normalizeIdNumber(input.idNumber);
    const problem = idNumberProblem(idNumber);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field: 'idNumber' });
    // the content is signed and printed: the one detector, also for calls that bypass the input type
    assertNoIdNumber(input.content, 'content', '证明内容');
    assertNoIdNumber(input.purpose, 'purpose', '用途');
    // the same check a clerk runs by hand: it validates the community and the caller, and is
    // recorded, so refused issuing attempts are counted in the burden monitor
    const check = await this.community.checkCertificate(caller, {
      communityCode: input.communityCode,
      certificate: input.certificateCode,
    });
    if (check.decision !== CheckDecision.ALLOWED) {
      throw AppException.forbidden(`社区不能出具该证明：${check.guidance}`, {
        reason: check.reason,
        checkId: check.id,
      });
    }
    const subject = this.hasher.ref(idNumber);
    const now = new Date();
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
    await this.repo.ensureCounter(input.communityCode, year);
    const id = uuidv7();
    const row = await this.repo.transaction(async (tx) => {
      const n = await this.repo.incrementSerial(tx, input.communityCode, year);
      const serial = `${input.communityCode}-${year}-${String(n).padStart(6, '0')}`;
      const status = await this.statusLists.allocate(StatusKind.COMMUNITY_CERTIFICATE, id, tx);
      const token = await this.signing.signJwt(
        {
          ...status,
          jti: id,
          serial,
          community: input.communityCode,
          communityName: check.community.name,
          cert: input.certificateCode,
          certName: check.certificateType?.name ?? input.certificateCode,
          subject: subject.masked,
          sub: subject.hash,
          purpose: input.purpose.trim(),
          content: input.content.trim(),
          list: check.listVersion?.id ?? null,
          issuedAt: now.toISOString(),
        },
        ISSUED_TYP,
      );
      const created = await this.repo.create(tx, {
        id,
        serial,
        communityCode: input.communityCode,
        year,
        certificateCode: input.certificateCode,
        listVersionId: check.listVersion?.id ?? '',
        subjectHash: subject.hash,
        subjectMasked: subject.masked,
        purpose: input.purpose.trim(),
        content: input.content.trim(),
        token,
        status: 'ISSUED',
        issuedBy: caller.user.subject,
        issuedAt: now,
      });
      await this.burden.record(tx, input.communityCode, now, 'certificatesIssued');
      await this.audit.record(tx, caller, {
        action: 'community.issueCertificate',
        targetType: 'IssuedCertificate',
        targetId: id,
        detail: { serial, certificateCode: input.certificateCode, communityCode: input.communityCode },
      });
      return created;
    });
    return toModel(row);
  }

  async revoke(caller: Caller, id: string, reason: string): Promise<IssuedCertificateModel> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('证明 ID 格式不正确', { field: 'id' });
    const row = await this.repo.findById(id);
    if (!row || !actsForCommunity(caller, row.communityCode)) throw AppException.notFound('未找到该证明');
    const text = reason.trim();
    if (!text || text.length > 200) throw AppException.badInput('撤销须说明原因（200 字以内）', { field: 'reason' });
    const done = await this.repo.transaction(async (tx) => {
      const at = new Date();
      if (!(await this.repo.revoke(tx, id, text, at))) return false;
      await this.statusLists.mark(
        tx,
        StatusKind.COMMUNITY_CERTIFICATE,
        id,
        TokenStatus.REVOKED,
        StatusReason.CERTIFICATE_REVOKED,
      );
      await this.burden.record(tx, row.communityCode, at, 'certificatesRevoked');
      await this.audit.record(tx, caller, {
        action: 'community.revokeCertificate',
        targetType: 'IssuedCertificate',
        targetId: id,
        detail: { serial: row.serial },
      });
      return true;
    });
    if (!done) throw AppException.conflict('该证明已撤销');
    return toModel((await this.repo.findById(id))!);
  }

  // A clerk sees the certificates of their own community only (the one policy's community scope).
  async list(caller: Caller, filter: IssuedCertificateFilter, page?: PageArgs): Promise<Page<IssuedCertificateModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    const scope = await this.policy.communityScope(caller, 'issuedCertificate');
    if (scope.prefixes.length === 0) return emptyPage();
    const { rows, total } = await this.repo.page(
      { communityPrefixes: scope.prefixes, serial: filter.serial ?? undefined, status: filter.status ?? undefined },
      beforeId,
      take,
    );
    return sliceToPage(rows.map(toModel), size, total, (r) => r.id);
  }

  async verify(token: string): Promise<IssuedCertificateCheckModel> {
    const empty: IssuedCertificateCheckModel = {
      valid: false,
      problem: null,
      serial: null,
      certificateName: null,
      communityName: null,
      subjectMasked: null,
      content: null,
      issuedAt: null,
      revoked: false,
      status: null,
    };
    const raw = token.trim().startsWith(QR_PREFIX) ? token.trim().slice(QR_PREFIX.length) : token.trim();
    const checked = await this.signing.checkToken(raw, ISSUED_TYP);
    if (!checked.ok) return { ...empty, problem: certificateProblem(checked.problem) };
    const { payload } = checked;
    const row = await this.repo.findBySerial(String(payload.serial));
    const status = row ? await this.statusLists.statusOf(payload, StatusKind.COMMUNITY_CERTIFICATE, row.id) : null;
    const revoked = row?.status === 'REVOKED' || status?.status === TokenStatus.REVOKED;
    return {
      valid: !!row && !revoked,
      problem: !row
        ? '未找到该编号的证明'
        : revoked
          ? `该证明已于 ${formatBeijingTime(status?.changedAt ?? row.revokedAt!)} 撤销：${row.revokeReason}`
          : null,
      serial: String(payload.serial),
      certificateName: String(payload.certName),
      communityName: String(payload.communityName),
      subjectMasked: String(payload.subject),
      content: String(payload.content),
      issuedAt: new Date(String(payload.issuedAt)),
      revoked,
      status,
    };
  }
}

// What a receiving office is told about a token that is not a certificate this gateway issued.
function certificateProblem(problem: TokenProblem): string {
  switch (problem) {
    case TokenProblem.MALFORMED:
    case TokenProblem.TOO_LARGE:
      return '不是有效的证明令牌';
    case TokenProblem.BAD_HEADER:
    case TokenProblem.ALGORITHM_NOT_ALLOWED:
    case TokenProblem.UNKNOWN_KEY:
    case TokenProblem.BAD_SIGNATURE:
    case TokenProblem.WRONG_TYPE:
    case TokenProblem.WRONG_ISSUER:
    case TokenProblem.EXPIRED:
    case TokenProblem.BAD_CLAIMS:
    case TokenProblem.UNVERIFIABLE:
      return '签名无效：证明被改动或非本网关签发';
  }
}

function toModel(r: IssuedCertificate): IssuedCertificateModel {
  return {
    id: r.id,
    serial: r.serial,
    communityCode: r.communityCode,
    certificateCode: r.certificateCode,
    subjectMasked: r.subjectMasked,
    purpose: r.purpose,
    content: r.content,
    token: r.token,
    qr: `${QR_PREFIX}${r.token}`,
    status: r.status,
    issuedAt: r.issuedAt,
    revokedAt: r.revokedAt,
    revokeReason: r.revokeReason,
  };
}

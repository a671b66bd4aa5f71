import { Injectable } from '@nestjs/common';
import type { Tx } from '#gw/db';
import { SigningService, TokenProblem } from '#gw/signing';
import { StatusKind, StatusListService, StatusReason, statusProblem, TokenStatus } from '#gw/status';
import { VerificationOutcome } from './verification.enums';
import { ReceiptCheckModel } from './verification.model';

export const RECEIPT_TYP = 'verification-receipt+jwt';

export interface ReceiptContent {
  verificationId: string;
  factType: string;
  certificateCode: string | null;
  claim: Record<string, unknown>;
  subject: { masked: string; hash: string };
  outcome: VerificationOutcome;
  route: string | null;
  nextRoute: string | null;
  source: string | null;
  recordAsOf: Date | null;
  recordRef: string | null;
  requester: string;
  matter: string;
  purpose: string;
  verifiedAt: Date;
}

// A receipt is what a downstream office keeps instead of a stamped paper: it says what was
// checked, for whom (masked and keyed-hash only), with what result, and is signed by the gateway.
@Injectable()
export class ReceiptService {
  constructor(
    private readonly signing: SigningService,
    private readonly statusLists: StatusListService,
  ) {}

  // Each receipt gets its own status entry (in the caller's transaction when there is one), or
  // carries the one allocated for it when its request was stored.
  async issue(c: ReceiptContent, tx?: Tx, statusEntry?: number): Promise<string> {
    const status =
      statusEntry === undefined
        ? await this.statusLists.allocate(StatusKind.RECEIPT, c.verificationId, tx)
        : this.statusLists.claimOf(statusEntry);
    return this.signing.signJwt(
      {
        ...status,
        jti: c.verificationId,
        sub: c.subject.hash,
        vid: c.verificationId,
        fact: c.factType,
        ...(c.certificateCode ? { cert: c.certificateCode } : {}),
        claim: c.claim,
        subject: c.subject.masked,
        outcome: c.outcome,
        route: c.route,
        next: c.nextRoute,
        source: c.source,
        asOf: c.recordAsOf?.toISOString() ?? null,
        ref: c.recordRef,
        requester: c.requester,
        matter: c.matter,
        purpose: c.purpose,
        verifiedAt: c.verifiedAt.toISOString(),
      },
      RECEIPT_TYP,
    );
  }

  // A verification's new receipt makes the ones before it SUPERSEDED (why: `reason`).
  supersedeEarlier(tx: Tx, verificationId: string, receipt: string, reason: StatusReason): Promise<void> {
    return this.statusLists.supersedeEarlierReceipts(tx, verificationId, receipt, reason);
  }

  async check(token: string): Promise<ReceiptCheckModel> {
    const empty: ReceiptCheckModel = {
      valid: false,
      problem: null,
      keyId: null,
      verificationId: null,
      factType: null,
      outcome: null,
      subjectMasked: null,
      source: null,
      issuedAt: null,
      payload: null,
      status: null,
    };
    const checked = await this.signing.checkToken(token.trim(), RECEIPT_TYP);
    if (!checked.ok) return { ...empty, keyId: checked.kid, problem: receiptProblem(checked.problem, checked.claim) };
    const { payload } = checked;
    const status = await this.statusLists.statusOf(payload, StatusKind.RECEIPT, String(payload.vid ?? ''));
    return {
      valid: !status || status.status === TokenStatus.VALID,
      problem: status ? statusProblem('回执', status) : null,
      keyId: checked.kid,
      verificationId: String(payload.vid ?? ''),
      factType: String(payload.fact ?? ''),
      outcome: payload.outcome as VerificationOutcome,
      subjectMasked: String(payload.subject ?? ''),
      source: (payload.source as string | null) ?? null,
      issuedAt: payload.iat ? new Date(payload.iat * 1000) : null,
      payload,
      status,
    };
  }
}

function receiptProblem(problem: TokenProblem, claim: string | undefined): string {
  switch (problem) {
    case TokenProblem.MALFORMED:
    case TokenProblem.TOO_LARGE:
      return '不是有效的回执格式（JWS 紧凑格式）';
    case TokenProblem.BAD_HEADER:
      return '回执头部无法解析';
    case TokenProblem.BAD_SIGNATURE:
      return '签名无效：回执内容被改动或非本网关签发';
    case TokenProblem.WRONG_TYPE:
    case TokenProblem.WRONG_ISSUER:
    case TokenProblem.EXPIRED:
    case TokenProblem.BAD_CLAIMS:
      return `回执声明无效（${claim ?? problem}）`;
    case TokenProblem.ALGORITHM_NOT_ALLOWED:
      return '签名算法不被接受';
    case TokenProblem.UNKNOWN_KEY:
      return '签名密钥不是本网关的密钥';
    case TokenProblem.UNVERIFIABLE:
      return '回执无法验证';
  }
}

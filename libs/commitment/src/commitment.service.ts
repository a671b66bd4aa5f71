import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { AuditService } from '#gw/audit';
import { AccessPolicy, actsForDepartment, Caller, callerDepartment, departmentFilter, Role } from '#gw/auth';
import { CatalogService, ClaimSchemaLike, claimRegionCodes } from '#gw/catalog';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  deadlineMs,
  emptyPage,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
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
import type { Commitment, CreditRecord } from '#gw/db';
import { CreditOutboxService } from '#gw/credit';
import { SigningService, SubjectHasher, TokenProblem } from '#gw/signing';
import { AttemptOutcome } from '#gw/sources';
import {
  StatusKind,
  StatusListService,
  StatusReason,
  statusProblem,
  StatusReferenceModel,
  TokenStatus,
} from '#gw/status';
import { awaitsRoute, RouteResultService, VerificationRoute, VerificationService } from '#gw/verification';
import { CommitmentStatus, PostVerificationResult, SignatureMethod } from './commitment.enums';
import {
  CommitmentFilter,
  CommitmentModel,
  CommitmentRecordCheckModel,
  CreditRecordModel,
  OfferCommitmentInput,
  PostVerifyCommitmentInput,
  SignCommitmentInput,
} from './commitment.model';
import { CommitmentRepository } from './commitment.repository';
import { NOTICE_VERSION, noticeHash, renderNotice } from './notice';

export const COMMITMENT_RECORD_TYP = 'commitment-record+jwt';
const DAY = 86_400_000;

// Notify-and-commit (告知承诺): where a fact cannot be verified and its type allows it, the
// resident signs the written notice; the gateway signs the record; the department checks it
// afterwards, and a false commitment goes on the resident's credit record.
@Injectable()
export class CommitmentService {
  constructor(
    private readonly repo: CommitmentRepository,
    private readonly verifications: VerificationService,
    private readonly routes: RouteResultService,
    private readonly catalog: CatalogService,
    private readonly hasher: SubjectHasher,
    private readonly signing: SigningService,
    private readonly audit: AuditService,
    private readonly outbox: CreditOutboxService,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statusLists: StatusListService,
  ) {}

  async offer(caller: Caller, input: OfferCommitmentInput): Promise<CommitmentModel> {
    const department = callerDepartment(caller);
    if (!UUID_PATTERN.test(input.verificationId))
      throw AppException.badInput('核验 ID 格式不正确', { field: 'verificationId' });
    const v = await this.verifications.rowById(input.verificationId);
    if (!v || v.requesterDepartment !== department) throw AppException.notFound('未找到该核验');
    const subject = this.subjectOf(input.idNumber, v.subjectHash, 'idNumber', '公民身份号码与该核验的当事人不一致');
    const fact = await this.catalog.factTypeRow(v.factTypeCode);
    if (!fact.commitmentAllowed)
      throw AppException.forbidden(`“${fact.name}”属于不适用告知承诺的事项，须通过核查确认`, { factType: fact.code });
    if (!awaitsRoute(v) || v.nextRoute !== VerificationRoute.COMMITMENT) {
      throw AppException.conflict('只有在共享数据、协查等途径均无法核实后，才能以告知承诺代替', {
        verificationId: v.id,
        nextRoute: v.nextRoute,
      });
    }
    if ((await this.repo.countUnrepairedCredit(subject)) > 0) {
      throw AppException.forbidden('当事人有尚未修复的虚假承诺信用记录，不适用告知承诺', { reason: 'CREDIT_RECORD' });
    }
    const departmentName = (await this.catalog.departments()).find((d) => d.code === department)?.name ?? department;
    const claim = v.claim as Record<string, unknown>;
    const claimSchema = fact.claimSchema as unknown as ClaimSchemaLike;
    const text = renderNotice({
      factCode: fact.code,
      factName: fact.name,
      claimSchema,
      claim,
      regionNames: await this.catalog.regionNames(claimRegionCodes(claimSchema, claim)),
      subjectMasked: v.subjectMasked,
      department: departmentName,
      matter: v.matter,
      postVerifyDays: fact.postVerifyDays ?? 30,
      disclosed: input.disclosed ?? false,
    });
    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      if (await this.repo.findActiveFor(v.id, tx))
        throw AppException.conflict('该核验已有待签署或已签署的承诺', { verificationId: v.id });
      await this.repo.create(tx, {
        id,
        verificationId: v.id,
        factTypeCode: fact.code,
        subjectHash: v.subjectHash,
        subjectMasked: v.subjectMasked,
        requesterDepartment: department,
        offeredBy: caller.user.subject,
        status: CommitmentStatus.OFFERED,
        noticeVersion: NOTICE_VERSION,
        noticeText: text,
        noticeHash: noticeHash(text),
        disclosed: input.disclosed ?? false,
      });
      await this.audit.record(tx, caller, {
        action: 'commitment.offer',
        targetType: 'Commitment',
        targetId: id,
        detail: { verificationId: v.id, factType: fact.code, noticeVersion: NOTICE_VERSION },
      });
    });
    return toModel((await this.repo.findById(id))!);
  }

  async sign(caller: Caller, input: SignCommitmentInput): Promise<CommitmentModel> {
    const c = await this.own(caller, input.id);
    this.subjectOf(input.signerIdNumber, c.subjectHash, 'signerIdNumber', '承诺须由当事人本人签署，不得代签');
    // sealed until the post-verification: a breach must reach the credit platform with the ID number
    return this.signChecked(caller, c, input, this.hasher.seal(normalizeIdNumber(input.signerIdNumber)));
  }

  // The resident signs on their own phone (a one-time link from the window): the signer is the
  // authenticated resident, whose subject hash must be the commitment's. No one signs for them.
  async signAsResident(caller: Caller, id: string, input: Omit<SignCommitmentInput, 'id' | 'signerIdNumber'>) {
    const c = await this.residentsOwn(caller, id);
    const resident = caller.user.resident!;
    return this.signChecked(caller, c, { ...input, id, signerIdNumber: '' }, resident.sealIdNumber());
  }

  // The resident withdraws their own commitment before the decision (the post-verification).
  async withdrawAsResident(caller: Caller, id: string, reason: string): Promise<CommitmentModel> {
    return this.withdrawChecked(caller, await this.residentsOwn(caller, id), reason);
  }

  // A commitment of the caller's department (a window offering a sign link for it).
  ofDepartment(caller: Caller, id: string): Promise<Commitment> {
    return this.own(caller, id);
  }

  // A resident's own commitment; another's does not exist as far as they can tell.
  async residentsOwn(caller: Caller, id: string): Promise<Commitment> {
    const own = caller.user.resident?.subjectHash;
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('承诺 ID 格式不正确', { field: 'id' });
    const c = await this.repo.findById(id);
    if (!own || !c || c.subjectHash !== own) throw AppException.notFound('未找到该承诺');
    return c;
  }

  private async signChecked(
    caller: Caller,
    c: Commitment,
    input: SignCommitmentInput,
    subjectSealed: string,
  ): Promise<CommitmentModel> {
    if (
      c.status === CommitmentStatus.SIGNED &&
      c.evidenceHash === input.evidenceHash &&
      c.noticeHash === input.acceptedNoticeHash
    )
      return toModel(c);
    if (c.status === CommitmentStatus.WITHDRAWN)
      throw AppException.conflict('该承诺已撤回，不能再签署', { status: c.status });
    if (c.status !== CommitmentStatus.OFFERED) throw AppException.conflict('该承诺已签署', { status: c.status });
    if (input.acceptedNoticeHash !== c.noticeHash)
      throw AppException.conflict('签署的告知书与提供给当事人的文本不一致，请重新告知', {
        field: 'acceptedNoticeHash',
      });
    const fact = await this.catalog.factTypeRow(c.factTypeCode);
    const signedAt = new Date();
    // the fact type's days, after the configured scale or override (DEADLINE_*)
    const postVerifyMs = deadlineMs(this.config.deadlines, 'postVerify', fact.code, (fact.postVerifyDays ?? 30) * DAY);
    const postVerifyDueAt = new Date(signedAt.getTime() + postVerifyMs);
    const status = await this.statusLists.allocate(StatusKind.COMMITMENT_RECORD, c.id);
    const record = await this.signing.signJwt(
      {
        ...status,
        jti: c.id,
        cid: c.id,
        vid: c.verificationId,
        fact: c.factTypeCode,
        sub: c.subjectHash,
        subject: c.subjectMasked,
        noticeVersion: c.noticeVersion,
        noticeHash: c.noticeHash,
        method: input.method,
        evidenceHash: input.evidenceHash,
        evidenceRef: input.evidenceRef,
        signedAt: signedAt.toISOString(),
        postVerifyDueAt: postVerifyDueAt.toISOString(),
        disclosed: c.disclosed,
        requester: c.requesterDepartment,
      },
      COMMITMENT_RECORD_TYP,
    );
    const done = await this.repo.transaction(async (tx) => {
      const moved = await this.repo.transition(tx, c.id, [CommitmentStatus.OFFERED], {
        status: CommitmentStatus.SIGNED,
        signatureMethod: input.method,
        evidenceHash: input.evidenceHash,
        evidenceRef: input.evidenceRef,
        record,
        signedAt,
        postVerifyDueAt,
        subjectSealed,
      });
      if (!moved) return false;
      await this.routes.apply(tx, caller, c.verificationId, {
        route: VerificationRoute.COMMITMENT,
        source: 'RESIDENT',
        outcome: AttemptOutcome.COMMITTED,
        reason: null,
        recordRef: `commitment:${c.id}`,
        nextRoute: null,
        startedAt: c.createdAt,
      });
      await this.audit.record(tx, caller, {
        action: 'commitment.sign',
        targetType: 'Commitment',
        targetId: c.id,
        detail: {
          method: input.method,
          evidenceHash: input.evidenceHash,
          postVerifyDueAt: postVerifyDueAt.toISOString(),
        },
      });
      return true;
    });
    if (!done) throw AppException.conflict('该承诺状态已变化，请刷新后重试');
    return toModel((await this.repo.findById(c.id))!);
  }

  async withdraw(caller: Caller, id: string, reason: string): Promise<CommitmentModel> {
    return this.withdrawChecked(caller, await this.own(caller, id), reason);
  }

  private async withdrawChecked(caller: Caller, c: Commitment, reason: string): Promise<CommitmentModel> {
    const text = reason.trim();
    if (!text || text.length > 200) throw AppException.badInput('撤回须说明原因（200 字以内）', { field: 'reason' });
    if (c.status !== CommitmentStatus.OFFERED && c.status !== CommitmentStatus.SIGNED) {
      throw AppException.conflict('只能在作出决定和事后核查之前撤回承诺', { status: c.status });
    }
    const done = await this.repo.transaction(async (tx) => {
      if (
        !(await this.repo.transition(tx, c.id, [CommitmentStatus.OFFERED, CommitmentStatus.SIGNED], {
          status: CommitmentStatus.WITHDRAWN,
          withdrawnAt: new Date(),
          withdrawReason: text,
          subjectSealed: null,
        }))
      )
        return false;
      if (c.status === CommitmentStatus.SIGNED) {
        await this.statusLists.mark(
          tx,
          StatusKind.COMMITMENT_RECORD,
          c.id,
          TokenStatus.WITHDRAWN,
          StatusReason.COMMITMENT_WITHDRAWN,
        );
        await this.routes.apply(tx, caller, c.verificationId, {
          route: VerificationRoute.COMMITMENT,
          source: 'RESIDENT',
          outcome: AttemptOutcome.WITHDRAWN,
          reason: `当事人撤回承诺：${text}；须提交证明材料`,
          recordRef: `commitment:${c.id}`,
          nextRoute: null,
          startedAt: c.createdAt,
        });
      }
      await this.audit.record(tx, caller, {
        action: 'commitment.withdraw',
        targetType: 'Commitment',
        targetId: c.id,
        detail: { wasSigned: c.status === CommitmentStatus.SIGNED },
      });
      return true;
    });
    if (!done) throw AppException.conflict('该承诺状态已变化，请刷新后重试');
    return toModel((await this.repo.findById(c.id))!);
  }

  async postVerify(caller: Caller, input: PostVerifyCommitmentInput): Promise<CommitmentModel> {
    const c = await this.postVerifier(caller, input.id);
    const evidence = input.evidence.trim();
    if (!evidence) throw AppException.badInput('请填写核查依据与情况', { field: 'evidence' });
    if (c.status === input.result && c.postEvidence === evidence) return toModel(c);
    if (c.status !== CommitmentStatus.SIGNED)
      throw AppException.conflict('只有已签署的承诺才能登记事后核查结果', { status: c.status });
    const done = await this.repo.transaction(async (tx) => {
      const moved = await this.repo.transition(tx, c.id, [CommitmentStatus.SIGNED], {
        status: input.result,
        postResult: input.result,
        postEvidence: evidence,
        postVerifiedBy: caller.user.subject,
        postVerifiedAt: new Date(),
        // handed to the credit outbox on a breach, not needed otherwise
        subjectSealed: null,
      });
      if (!moved) return false;
      if (input.result === PostVerificationResult.BREACHED) {
        const creditId = uuidv7();
        const reason = `告知承诺事后核查不实（${c.factTypeCode}）`;
        await this.repo.createCredit(tx, {
          id: creditId,
          subjectHash: c.subjectHash,
          subjectMasked: c.subjectMasked,
          commitmentId: c.id,
          kind: 'FALSE_COMMITMENT',
          reason,
        });
        await this.outbox.enqueue(tx, {
          type: 'CREDIT_RECORD_CREATED',
          payload: {
            creditRecordId: creditId,
            kind: 'FALSE_COMMITMENT',
            subjectHash: c.subjectHash,
            subjectMasked: c.subjectMasked,
            commitmentId: c.id,
            factType: c.factTypeCode,
            department: c.requesterDepartment,
            reason,
          },
          subjectSealed: c.subjectSealed,
        });
        await this.audit.record(tx, caller, {
          action: 'credit.record',
          targetType: 'CreditRecord',
          targetId: creditId,
          detail: { commitmentId: c.id },
        });
        // the signed record says it no longer holds, and the verification is no longer COMMITTED:
        // a new receipt (REFUTED by the post-verification) supersedes the COMMITTED one
        await this.statusLists.mark(
          tx,
          StatusKind.COMMITMENT_RECORD,
          c.id,
          TokenStatus.BREACHED,
          StatusReason.COMMITMENT_BREACHED,
        );
        await this.routes.apply(tx, caller, c.verificationId, {
          route: VerificationRoute.COMMITMENT,
          source: c.requesterDepartment,
          outcome: AttemptOutcome.REFUTED,
          reason,
          recordRef: `commitment:${c.id}`,
          nextRoute: null,
          startedAt: c.signedAt ?? c.createdAt,
        });
      }
      await this.audit.record(tx, caller, {
        action: 'commitment.postVerify',
        targetType: 'Commitment',
        targetId: c.id,
        detail: { result: input.result },
      });
      return true;
    });
    if (!done) throw AppException.conflict('该承诺状态已变化，请刷新后重试');
    return toModel((await this.repo.findById(c.id))!);
  }

  async repairCredit(caller: Caller, id: string, note: string): Promise<CreditRecordModel> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('信用记录 ID 格式不正确', { field: 'id' });
    const text = note.trim();
    if (!text || text.length > 500)
      throw AppException.badInput('请说明信用修复的依据（500 字以内）', { field: 'note' });
    const record = await this.repo.findCredit(id);
    // credit records are the county's: another region's overseer does not find them
    if (!record || !(await this.policy.overseesCounty(caller, 'creditRecord')))
      throw AppException.notFound('未找到该信用记录');
    const done = await this.repo.transaction(async (tx) => {
      if (!(await this.repo.repairCredit(tx, id, caller.user.subject, text))) return false;
      await this.outbox.enqueue(tx, {
        type: 'CREDIT_RECORD_REPAIRED',
        payload: {
          creditRecordId: id,
          subjectHash: record.subjectHash,
          subjectMasked: record.subjectMasked,
          note: text,
        },
      });
      await this.audit.record(tx, caller, {
        action: 'credit.repair',
        targetType: 'CreditRecord',
        targetId: id,
        detail: {},
      });
      return true;
    });
    if (!done) throw AppException.conflict('该信用记录已修复');
    return toCredit((await this.repo.findCredit(id))!);
  }

  async creditRecords(caller: Caller, subjectIdNumber?: string): Promise<CreditRecordModel[]> {
    const where: Prisma.CreditRecordWhereInput = subjectIdNumber
      ? { subjectHash: this.hashOf(subjectIdNumber, 'subjectIdNumber') }
      : {};
    if (!(await this.policy.overseesCounty(caller, 'creditRecord'))) return [];
    return (await this.repo.listCredits(where)).map(toCredit);
  }

  async verifyRecord(token: string): Promise<CommitmentRecordCheckModel> {
    const empty: CommitmentRecordCheckModel = {
      valid: false,
      problem: null,
      commitmentId: null,
      subjectMasked: null,
      noticeHash: null,
      signedAt: null,
      status: null,
    };
    const checked = await this.signing.checkToken(token.trim(), COMMITMENT_RECORD_TYP);
    if (!checked.ok) return { ...empty, problem: recordProblem(checked.problem) };
    const { payload } = checked;
    const status = await this.statusLists.statusOf(payload, StatusKind.COMMITMENT_RECORD, String(payload.cid));
    return {
      valid: !status || status.status === TokenStatus.VALID,
      problem: status ? statusProblem('承诺记录', status) : null,
      commitmentId: String(payload.cid),
      subjectMasked: String(payload.subject),
      noticeHash: String(payload.noticeHash),
      signedAt: new Date(String(payload.signedAt)),
      status,
    };
  }

  // what a receiving office would read about this commitment's signed record right now
  async recordStatus(c: Pick<CommitmentModel, 'id' | 'record'>): Promise<StatusReferenceModel | null> {
    if (!c.record) return null;
    return this.statusLists.statusOf(decodeJwt(c.record), StatusKind.COMMITMENT_RECORD, c.id);
  }

  async list(caller: Caller, filter: CommitmentFilter, page?: PageArgs): Promise<Page<CommitmentModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    const requesterDepartment = departmentFilter(await this.policy.departmentScope(caller, 'commitment'));
    if (requesterDepartment === null) return emptyPage();
    const where: Prisma.CommitmentWhereInput = {
      status: filter.due ? CommitmentStatus.SIGNED : filter.status,
      ...(filter.due ? { postVerifyDueAt: { lte: new Date() } } : {}),
      requesterDepartment,
      verificationId: filter.verificationId ?? undefined,
    };
    const { rows, total } = await this.repo.page(where, beforeId, take);
    return sliceToPage(rows.map(toModel), size, total, (c) => c.id);
  }

  // What the fact-owning department must post-verify: signed commitments about the fact types it
  // owns, whichever window took them (a county overseer sees all). `status` other than SIGNED
  // shows those already post-verified; `due` only those whose post-verification is due.
  async toPostVerify(caller: Caller, filter: CommitmentFilter, page?: PageArgs): Promise<Page<CommitmentModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    const scope = await this.policy.departmentScope(caller, 'commitment');
    let factTypeCode: Prisma.CommitmentWhereInput['factTypeCode'];
    if (!scope.all) {
      if (!scope.department || !scope.roles.includes(Role.DEPT_OFFICER)) return emptyPage();
      const owned = (await this.catalog.factTypeRows())
        .filter((f) => f.ownerDepartmentCode === scope.department)
        .map((f) => f.code);
      if (owned.length === 0) return emptyPage();
      factTypeCode = { in: owned };
    }
    const status = filter.due ? CommitmentStatus.SIGNED : (filter.status ?? CommitmentStatus.SIGNED);
    const where: Prisma.CommitmentWhereInput = {
      status,
      ...(filter.due ? { postVerifyDueAt: { lte: new Date() } } : {}),
      factTypeCode,
      verificationId: filter.verificationId ?? undefined,
    };
    const { rows, total } = await this.repo.page(where, beforeId, take);
    return sliceToPage(rows.map(toModel), size, total, (c) => c.id);
  }

  async get(caller: Caller, id: string): Promise<CommitmentModel> {
    const c = await this.find(id);
    if (!(await this.policy.seesDepartmentRecord(caller, 'commitment', c.requesterDepartment)))
      throw AppException.notFound('未找到该承诺');
    return toModel(c);
  }

  private async find(id: string): Promise<Commitment> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('承诺 ID 格式不正确', { field: 'id' });
    const c = await this.repo.findById(id);
    if (!c) throw AppException.notFound('未找到该承诺');
    return c;
  }

  private async own(caller: Caller, id: string): Promise<Commitment> {
    const c = await this.find(id);
    if (c.requesterDepartment !== callerDepartment(caller)) throw AppException.notFound('未找到该承诺');
    return c;
  }

  // The requesting department records the post-verification, and so may the officers of the
  // department that owns the fact (who find it in commitmentsToPostVerify).
  private async postVerifier(caller: Caller, id: string): Promise<Commitment> {
    const c = await this.find(id);
    if (c.requesterDepartment === callerDepartment(caller)) return c;
    const owner = (await this.catalog.factTypeRow(c.factTypeCode)).ownerDepartmentCode;
    if (actsForDepartment(caller, owner, Role.DEPT_OFFICER)) return c;
    throw AppException.notFound('未找到该承诺');
  }

  private hashOf(idNumber: string, field: string): string {
    const value = normalizeIdNumber(idNumber);
    const problem = idNumberProblem(value);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field });
    return this.hasher.ref(value).hash;
  }

  private subjectOf(idNumber: string, expectedHash: string, field: string, message: string): string {
    const hash = this.hashOf(idNumber, field);
    if (hash !== expectedHash) throw AppException.badInput(message, { field });
    return hash;
  }
}

function recordProblem(problem: TokenProblem): string {
  switch (problem) {
    case TokenProblem.MALFORMED:
    case TokenProblem.TOO_LARGE:
      return '不是有效的承诺记录格式（JWS 紧凑格式）';
    case TokenProblem.BAD_SIGNATURE:
      return '签名无效：记录被改动或非本网关签发';
    case TokenProblem.UNKNOWN_KEY:
      return '签名密钥不是本网关的密钥';
    case TokenProblem.BAD_HEADER:
    case TokenProblem.ALGORITHM_NOT_ALLOWED:
    case TokenProblem.WRONG_TYPE:
    case TokenProblem.WRONG_ISSUER:
    case TokenProblem.EXPIRED:
    case TokenProblem.BAD_CLAIMS:
    case TokenProblem.UNVERIFIABLE:
      return '承诺记录无法验证';
  }
}

function toModel(c: Commitment): CommitmentModel {
  return {
    id: c.id,
    verificationId: c.verificationId,
    factType: c.factTypeCode,
    subjectMasked: c.subjectMasked,
    requesterDepartment: c.requesterDepartment,
    status: c.status as CommitmentStatus,
    noticeVersion: c.noticeVersion,
    noticeText: c.noticeText,
    noticeHash: c.noticeHash,
    disclosed: c.disclosed,
    signatureMethod: c.signatureMethod as SignatureMethod | null,
    evidenceRef: c.evidenceRef,
    record: c.record,
    signedAt: c.signedAt,
    postVerifyDueAt: c.postVerifyDueAt,
    overdue: c.status === CommitmentStatus.SIGNED && !!c.postVerifyDueAt && c.postVerifyDueAt.getTime() < Date.now(),
    postResult: c.postResult as PostVerificationResult | null,
    postVerifiedAt: c.postVerifiedAt,
    withdrawReason: c.withdrawReason,
    createdAt: c.createdAt,
  };
}

function toCredit(r: CreditRecord): CreditRecordModel {
  return {
    id: r.id,
    subjectMasked: r.subjectMasked,
    commitmentId: r.commitmentId,
    kind: r.kind,
    reason: r.reason,
    createdAt: r.createdAt,
    repairedAt: r.repairedAt,
    repairNote: r.repairNote,
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { AccessPolicy, Caller, residentSubject } from '#gw/auth';
import { CatalogService } from '#gw/catalog';
import { CommitmentService, CommitmentStatus, SignatureMethod } from '#gw/commitment';
import {
  AppException,
  containsIdNumber,
  CursorKey,
  emptyPage,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  UUID_KEY,
  UUID_PATTERN,
  assertTimeRange,
  uuidv7,
} from '#gw/common';
import { DataUseKind, ObjectionStatus, SourceAnswer } from './resident.enums';
import {
  AnswerObjectionInput,
  CommitmentSignLinkModel,
  DataUseEntry,
  DataUseFilter,
  MyCertificateModel,
  MyCommitmentModel,
  MyCreditRecordModel,
  ObjectionCaseFilter,
  ObjectionCaseModel,
  ObjectionModel,
  RaiseObjectionInput,
  ResidentMeModel,
  SignByLinkInput,
  SignLinkNoticeModel,
} from './resident.model';
import { Period, ResidentRepository, TrackedVerification } from './resident.repository';

// A link is for the resident standing at the window: long enough to read the notice, no longer.
export const SIGN_LINK_TTL_MS = 15 * 60_000;
const ENTRY_ID = /^([A-Z_]+):([0-9a-f-]{36})$/;
const ENTRY_KEY: CursorKey<string> = { encode: (k) => k, parse: (k) => (ENTRY_ID.test(k) ? k : null) };

const NAMED_AS: Record<string, string> = {
  spouseIdNumber: '配偶',
  relativeIdNumber: '亲属',
  counterpartIdNumber: '对方当事人',
  householdHeadIdNumber: '户主',
  motherIdNumber: '母亲',
  fatherIdNumber: '父亲',
};

const OUTCOME_TEXT: Record<string, string> = { CONFIRMED: '属实', REFUTED: '不属实', UNRESOLVED: '未能核实' };
const COMMITMENT_TEXT: Record<string, string> = {
  OFFERED: '已告知，待您签署',
  SIGNED: '已签署，待事后核查',
  WITHDRAWN: '您已撤回',
  HONORED: '事后核查：承诺属实',
  BREACHED: '事后核查：承诺不实（已记入信用记录）',
};
const CREDIT_BLOCKS = '有尚未修复的虚假承诺记录时，办理证明事项不能再以告知承诺代替，须提交证明材料或等待部门核查。';
const CREDIT_REPAIR =
  '纠正失信行为（如补交真实材料、说明情况）后，可向县民政局（信用修复经办）申请信用修复；修复登记后即恢复使用告知承诺，修复情况同步至信用平台。';

function answerOf(outcome: string): SourceAnswer {
  if (outcome === 'CONFIRMED') return SourceAnswer.YES;
  if (outcome === 'REFUTED') return SourceAnswer.NO;
  if (outcome === 'NO_RECORD') return SourceAnswer.NO_RECORD;
  return SourceAnswer.NO_ANSWER;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// The resident's own view (我的数据使用记录): every use of their data, their outcomes, their
// objections, and signing a commitment on their phone. A resident sees only their subject's
// records; every read of the tracker is itself on the audit trail.
@Injectable()
export class ResidentService {
  constructor(
    private readonly repo: ResidentRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
    private readonly commitments: CommitmentService,
  ) {}

  me(caller: Caller): ResidentMeModel {
    residentSubject(caller);
    return { subjectMasked: caller.user.resident!.subjectMasked, name: caller.user.name };
  }

  async dataUses(caller: Caller, filter: DataUseFilter, page?: PageArgs): Promise<Page<DataUseEntry>> {
    const subject = residentSubject(caller);
    assertTimeRange(filter);
    const { size, after } = pageRequest(page, ENTRY_KEY);
    let entries = await this.entries(subject, filter);
    if (filter.kinds && filter.kinds.length > 0) entries = entries.filter((e) => filter.kinds!.includes(e.kind));
    let start = 0;
    if (after) {
      const i = entries.findIndex((e) => e.id === after);
      if (i < 0) throw AppException.badInput('分页游标无效', { field: 'after' });
      start = i + 1;
    }
    const rows = entries.slice(start, start + size + 1);
    await this.recordRead(caller, 'resident.dataUses.read', {
      from: filter.from?.toISOString() ?? null,
      to: filter.to?.toISOString() ?? null,
      entries: Math.min(rows.length, size),
    });
    return sliceToPage(rows, size, entries.length, (e) => e.id);
  }

  // Every entry of the subject's tracker in the period, newest first.
  private async entries(subject: string, period: Period): Promise<DataUseEntry[]> {
    const [verifications, named, reveals, commitments, credits, objections] = await Promise.all([
      this.repo.listVerifications(subject, period),
      this.repo.listNamedIn(subject, period),
      this.repo.listReveals(subject, period),
      this.repo.listCommitments(subject),
      this.repo.listCredits(subject),
      this.repo.listObjections(subject),
    ]);
    const names = await this.names();
    const inPeriod = (at: Date | null): at is Date =>
      !!at && (!period.from || at >= period.from) && (!period.to || at < period.to);
    const out: DataUseEntry[] = [
      ...verifications.map((v) => this.verificationEntry(v, names)),
      ...named.map((n) => this.namedEntry(n.verification, n.field, names)),
      ...reveals.map((r) => this.revealEntry(r.event, r.assist, names)),
    ];
    for (const c of commitments) {
      if (inPeriod(c.createdAt)) out.push(this.commitmentEntry(c, names));
      if (inPeriod(c.postVerifiedAt)) out.push(this.postEntry(c, names));
    }
    for (const r of credits) if (inPeriod(r.createdAt)) out.push(this.creditEntry(r));
    const objected = new Map<string, ObjectionStatus>();
    // the newest objection of an entry gives its status (the list is newest first)
    for (const o of objections)
      if (!objected.has(`${o.entryKind}:${o.entryId}`))
        objected.set(`${o.entryKind}:${o.entryId}`, o.status as ObjectionStatus);
    for (const e of out) e.objection = objected.get(e.id) ?? null;
    return out.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  }

  private async names() {
    const [departments, facts] = await Promise.all([this.catalog.departments(), this.catalog.factTypeRows()]);
    return {
      department: (code: string | null) => (code ? (departments.find((d) => d.code === code)?.name ?? code) : null),
      fact: (code: string) => facts.find((f) => f.code === code)?.name ?? code,
    };
  }

  private sourcesOf(v: TrackedVerification, names: Names) {
    return v.attempts
      .filter((a) => a.route !== 'COMMITMENT' && a.outcome !== 'PENDING')
      .map((a) => ({
        source: a.source?.name ?? names.department(a.sourceCode) ?? '未知来源',
        department: names.department(a.source?.providerDepartmentCode ?? null),
        answer: answerOf(a.outcome),
        askedAt: a.startedAt,
      }));
  }

  private verificationEntry(v: TrackedVerification, names: Names): DataUseEntry {
    return {
      id: `${DataUseKind.VERIFICATION}:${v.id}`,
      kind: DataUseKind.VERIFICATION,
      at: v.createdAt,
      departmentCode: v.requesterDepartment,
      department: names.department(v.requesterDepartment),
      window: v.requesterSubject,
      matter: v.matter,
      purpose: v.purpose,
      fact: names.fact(v.factTypeCode),
      namedAs: null,
      sources: this.sourcesOf(v, names),
      result: v.outcome ? OUTCOME_TEXT[v.outcome] : '处理中',
      objection: null,
    };
  }

  // someone else's verification: what was asked and by whom, never about whom
  private namedEntry(v: TrackedVerification, field: string, names: Names): DataUseEntry {
    return {
      ...this.verificationEntry(v, names),
      id: `${DataUseKind.NAMED_IN_VERIFICATION}:${v.id}`,
      kind: DataUseKind.NAMED_IN_VERIFICATION,
      namedAs: NAMED_AS[field] ?? '关系人',
    };
  }

  private revealEntry(
    e: { id: string; at: Date; actorSubject: string; actorDepartment: string | null },
    a: { factTypeCode: string; verification: { matter: string; purpose: string } },
    names: Names,
  ): DataUseEntry {
    return {
      id: `${DataUseKind.ASSIST_REVEAL}:${e.id}`,
      kind: DataUseKind.ASSIST_REVEAL,
      at: e.at,
      departmentCode: e.actorDepartment,
      department: names.department(e.actorDepartment),
      window: e.actorSubject,
      matter: a.verification.matter,
      purpose: a.verification.purpose,
      fact: names.fact(a.factTypeCode),
      namedAs: null,
      sources: [],
      result: '协查人员查看了您的完整身份号码（已记录）',
      objection: null,
    };
  }

  private commitmentEntry(c: CommitmentRow, names: Names): DataUseEntry {
    return {
      id: `${DataUseKind.COMMITMENT}:${c.id}`,
      kind: DataUseKind.COMMITMENT,
      at: c.createdAt,
      departmentCode: c.requesterDepartment,
      department: names.department(c.requesterDepartment),
      window: c.offeredBy,
      matter: c.verification.matter,
      purpose: c.verification.purpose,
      fact: names.fact(c.factTypeCode),
      namedAs: null,
      sources: [],
      result: COMMITMENT_TEXT[c.status] ?? c.status,
      objection: null,
    };
  }

  private postEntry(c: CommitmentRow, names: Names): DataUseEntry {
    return {
      ...this.commitmentEntry(c, names),
      id: `${DataUseKind.POST_VERIFICATION}:${c.id}`,
      kind: DataUseKind.POST_VERIFICATION,
      at: c.postVerifiedAt!,
      window: c.postVerifiedBy,
      result: c.postResult === 'BREACHED' ? '承诺不实' : '承诺属实',
    };
  }

  private creditEntry(r: CreditRow): DataUseEntry {
    return {
      id: `${DataUseKind.CREDIT_RECORD}:${r.id}`,
      kind: DataUseKind.CREDIT_RECORD,
      at: r.createdAt,
      departmentCode: null,
      department: '县信用信息共享平台',
      window: null,
      matter: null,
      purpose: null,
      fact: null,
      namedAs: null,
      sources: [],
      result: r.repairedAt ? `${r.reason}（已修复）` : r.reason,
      objection: null,
    };
  }

  // One entry of the subject's tracker by its id; null when it is not the subject's.
  private async entry(subject: string, entryId: string): Promise<DataUseEntry | null> {
    const m = ENTRY_ID.exec(entryId);
    if (!m || !UUID_PATTERN.test(m[2])) return null;
    const [, kind, id] = m;
    const names = await this.names();
    switch (kind as DataUseKind) {
      case DataUseKind.VERIFICATION: {
        const v = await this.repo.findVerification(id);
        return v && v.subjectHash === subject ? this.verificationEntry(v, names) : null;
      }
      case DataUseKind.NAMED_IN_VERIFICATION: {
        const [v, party] = await Promise.all([this.repo.findVerification(id), this.repo.findParty(id, subject)]);
        return v && party && v.subjectHash !== subject ? this.namedEntry(v, party.field, names) : null;
      }
      case DataUseKind.ASSIST_REVEAL: {
        const e = await this.repo.findRevealEvent(id);
        const a = e?.targetId ? await this.repo.findAssist(e.targetId) : null;
        return e && a && a.verification.subjectHash === subject ? this.revealEntry(e, a, names) : null;
      }
      case DataUseKind.COMMITMENT:
      case DataUseKind.POST_VERIFICATION: {
        const c = await this.repo.findCommitment(id);
        if (!c || c.subjectHash !== subject) return null;
        if (kind === DataUseKind.COMMITMENT) return this.commitmentEntry(c, names);
        return c.postVerifiedAt ? this.postEntry(c, names) : null;
      }
      case DataUseKind.CREDIT_RECORD: {
        const r = await this.repo.findCredit(id);
        return r && r.subjectHash === subject ? this.creditEntry(r) : null;
      }
      default:
        return null;
    }
  }

  // --- objections (质疑)

  async raiseObjection(caller: Caller, input: RaiseObjectionInput): Promise<ObjectionModel> {
    const subject = residentSubject(caller);
    const text = input.text.trim();
    if (!text || text.length > 1000) throw AppException.badInput('请写明质疑的内容（1000 字以内）', { field: 'text' });
    if (containsIdNumber(text))
      throw AppException.badInput('质疑内容中不要填写身份号码：网关已知道是您本人', { field: 'text' });
    const entry = await this.entry(subject, input.entryId.trim());
    if (!entry) throw AppException.notFound('未找到该条数据使用记录', { field: 'entryId' });
    const [kind, entryId] = entry.id.split(':');
    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      await this.repo.createObjection(tx, {
        id,
        subjectHash: subject,
        entryKind: kind,
        entryId,
        text,
        status: ObjectionStatus.OPEN,
      });
      await this.audit.record(tx, caller, {
        action: 'resident.objection.raise',
        targetType: 'ResidentObjection',
        targetId: id,
        detail: { entryKind: kind, entryId },
      });
    });
    return toObjection((await this.repo.findObjection(id))!);
  }

  async myObjections(caller: Caller): Promise<ObjectionModel[]> {
    const subject = residentSubject(caller);
    return (await this.repo.listObjections(subject)).map(toObjection);
  }

  async objectionCases(
    caller: Caller,
    filter: ObjectionCaseFilter,
    page?: PageArgs,
  ): Promise<Page<ObjectionCaseModel>> {
    // the paging arguments are the client's mistake whoever sends them: read before the scope
    const { size, take, after } = pageRequest(page, UUID_KEY);
    if (!(await this.policy.overseesCounty(caller, 'residentObjection'))) return emptyPage();
    const { rows, total } = await this.repo.pageObjections(filter.status ?? undefined, after, take);
    const cases = await Promise.all(rows.map((o) => this.toCase(o)));
    return sliceToPage(cases, size, total, (c) => c.id);
  }

  async answerObjection(caller: Caller, input: AnswerObjectionInput): Promise<ObjectionCaseModel> {
    await this.policy.assertOverseesCounty(caller, 'residentObjection');
    if (!UUID_PATTERN.test(input.id)) throw AppException.badInput('质疑编号格式不正确', { field: 'id' });
    const answer = input.answer.trim();
    if (!answer) throw AppException.badInput('请填写答复内容', { field: 'answer' });
    if (containsIdNumber(answer)) throw AppException.badInput('答复中不要填写身份号码', { field: 'answer' });
    const o = await this.repo.findObjection(input.id);
    if (!o) throw AppException.notFound('未找到该质疑');
    if (o.status === ObjectionStatus.CLOSED) throw AppException.conflict('该质疑已办结', { status: o.status });
    const status = input.close ? ObjectionStatus.CLOSED : ObjectionStatus.ANSWERED;
    const done = await this.repo.transaction(async (tx) => {
      if (
        !(await this.repo.answerObjection(tx, o.id, {
          status,
          answer,
          answeredBy: caller.user.subject,
          answeredAt: new Date(),
        }))
      )
        return false;
      await this.audit.record(tx, caller, {
        action: 'resident.objection.answer',
        targetType: 'ResidentObjection',
        targetId: o.id,
        detail: { status },
      });
      return true;
    });
    if (!done) throw AppException.conflict('该质疑状态已变化，请刷新后重试');
    return this.toCase((await this.repo.findObjection(o.id))!);
  }

  private async toCase(o: ObjectionRow): Promise<ObjectionCaseModel> {
    const entry = await this.entry(o.subjectHash, `${o.entryKind}:${o.entryId}`);
    const targets = [o.entryId, o.id];
    if (o.entryKind === DataUseKind.ASSIST_REVEAL) {
      const e = await this.repo.findRevealEvent(o.entryId);
      if (e?.targetId) targets.push(e.targetId);
    }
    const trail = await this.repo.listTrail(targets);
    const commitment =
      o.entryKind === DataUseKind.COMMITMENT || o.entryKind === DataUseKind.POST_VERIFICATION
        ? await this.repo.findCommitment(o.entryId)
        : null;
    const verification =
      o.entryKind === DataUseKind.VERIFICATION || o.entryKind === DataUseKind.NAMED_IN_VERIFICATION
        ? await this.repo.findVerification(o.entryId)
        : null;
    const credit = o.entryKind === DataUseKind.CREDIT_RECORD ? await this.repo.findCredit(o.entryId) : null;
    return {
      ...toObjection(o),
      subjectMasked:
        verification?.subjectMasked ?? commitment?.subjectMasked ?? credit?.subjectMasked ?? '（见审计日志）',
      entry,
      answeredBy: o.answeredBy,
      trail: trail.map((e) => ({
        at: e.at,
        action: e.action,
        actorSubject: e.actorSubject,
        actorDepartment: e.actorDepartment,
        outcome: e.outcome,
        detail: e.detail,
      })),
    };
  }

  // --- my outcomes

  async myCommitments(caller: Caller): Promise<MyCommitmentModel[]> {
    const subject = residentSubject(caller);
    const names = await this.names();
    const rows = await this.repo.listCommitments(subject);
    await this.recordRead(caller, 'resident.commitments.read', { count: rows.length });
    return rows.map((c) => toMine(c, names));
  }

  async myCreditRecords(caller: Caller): Promise<MyCreditRecordModel[]> {
    const subject = residentSubject(caller);
    const rows = await this.repo.listCredits(subject);
    await this.recordRead(caller, 'resident.creditRecords.read', { count: rows.length });
    return rows.map((r) => ({
      id: r.id,
      reason: r.reason,
      createdAt: r.createdAt,
      repairedAt: r.repairedAt,
      blocks: r.repairedAt ? '已修复，不再影响告知承诺的使用。' : CREDIT_BLOCKS,
      repair: r.repairedAt ? `已于修复登记：${r.repairNote ?? ''}` : CREDIT_REPAIR,
    }));
  }

  async myCertificates(caller: Caller): Promise<MyCertificateModel[]> {
    const subject = residentSubject(caller);
    const rows = await this.repo.listCertificates(subject);
    await this.recordRead(caller, 'resident.certificates.read', { count: rows.length });
    const regions = new Map((await this.catalog.regions()).map((r) => [r.code, r.name]));
    const certs = new Map<string, string>();
    for (const r of rows)
      if (!certs.has(r.certificateCode))
        certs.set(r.certificateCode, (await this.catalog.certificateRow(r.certificateCode)).name);
    return rows.map((r) => ({
      id: r.id,
      serial: r.serial,
      certificate: certs.get(r.certificateCode) ?? r.certificateCode,
      community: regions.get(r.communityCode) ?? r.communityCode,
      content: r.content,
      purpose: r.purpose,
      issuedAt: r.issuedAt,
      status: r.status,
      revokeReason: r.revokeReason,
      token: r.token,
    }));
  }

  // --- signing a commitment on the phone

  async createSignLink(caller: Caller, commitmentId: string): Promise<CommitmentSignLinkModel> {
    const c = await this.commitments.ofDepartment(caller, commitmentId);
    if (c.status !== CommitmentStatus.OFFERED)
      throw AppException.conflict('只有待签署的承诺才能生成手机签署链接', { status: c.status });
    const token = randomBytes(24).toString('base64url');
    const id = uuidv7();
    const expiresAt = new Date(Date.now() + SIGN_LINK_TTL_MS);
    await this.repo.transaction(async (tx) => {
      await this.repo.createLink(tx, {
        id,
        tokenHash: sha256(token),
        commitmentId: c.id,
        subjectHash: c.subjectHash,
        createdBy: caller.user.subject,
        expiresAt,
      });
      await this.audit.record(tx, caller, {
        action: 'commitment.signLink.create',
        targetType: 'Commitment',
        targetId: c.id,
        detail: { linkId: id, expiresAt: expiresAt.toISOString() },
      });
    });
    return { token, path: `/resident/sign#${token}`, expiresAt };
  }

  async openSignLink(caller: Caller, token: string): Promise<SignLinkNoticeModel> {
    const { link, commitment: c } = await this.usableLink(caller, token, 'commitment.signLink.open');
    const names = await this.names();
    await this.recordRead(caller, 'commitment.signLink.open', { linkId: link.id }, c.id, 'Commitment');
    return {
      commitmentId: c.id,
      fact: names.fact(c.factTypeCode),
      department: names.department(c.requesterDepartment) ?? c.requesterDepartment,
      matter: c.verification.matter,
      noticeText: c.noticeText,
      noticeVersion: c.noticeVersion,
      noticeHash: c.noticeHash,
      expiresAt: link.expiresAt,
    };
  }

  async signByLink(caller: Caller, input: SignByLinkInput): Promise<MyCommitmentModel> {
    const { link, commitment: c } = await this.usableLink(caller, input.token, 'commitment.signLink.sign');
    if (input.acceptedNoticeHash !== c.noticeHash)
      throw AppException.conflict('签署的告知书与提供给您的文本不一致，请重新打开链接', {
        field: 'acceptedNoticeHash',
      });
    if (!!input.signatureRef && !input.signatureHash)
      throw AppException.badInput('提供手写签名编号时须同时提供其哈希', { field: 'signatureHash' });
    const subject = residentSubject(caller);
    const drawn = !!input.signatureHash;
    const evidence = drawn
      ? {
          method: SignatureMethod.ON_SCREEN,
          evidenceHash: input.signatureHash!,
          evidenceRef: input.signatureRef ?? `resident-pad:${link.id}`,
        }
      : {
          method: SignatureMethod.ELECTRONIC_SIGNATURE,
          evidenceHash: sha256(`resident-consent|${subject}|${c.noticeHash}|${link.id}`),
          evidenceRef: `resident-consent:${link.id}`,
        };
    const spent = await this.repo.transaction((tx) => this.repo.markLinkUsed(tx, link.id, new Date()));
    if (!spent) throw AppException.conflict('该签署链接已使用，请到窗口重新生成', { reason: 'LINK_USED' });
    try {
      await this.commitments.signAsResident(caller, c.id, {
        acceptedNoticeHash: input.acceptedNoticeHash,
        ...evidence,
      });
    } catch (err) {
      await this.repo.releaseLink(link.id);
      throw err;
    }
    return toMine((await this.repo.findCommitment(c.id))!, await this.names());
  }

  async withdrawMine(caller: Caller, id: string, reason: string): Promise<MyCommitmentModel> {
    residentSubject(caller);
    await this.commitments.withdrawAsResident(caller, id, reason);
    return toMine((await this.repo.findCommitment(id))!, await this.names());
  }

  // The link as the signed-in resident may use it: known, unspent, unexpired, theirs, and its
  // commitment still waiting for a signature. Opened by another resident: refused and audited.
  private async usableLink(caller: Caller, token: string, action: string) {
    const subject = residentSubject(caller);
    const value = token.trim();
    if (!/^[A-Za-z0-9_-]{16,200}$/.test(value)) throw AppException.badInput('签署链接无效', { field: 'token' });
    const link = await this.repo.findLink(sha256(value));
    if (!link) throw AppException.notFound('签署链接无效或不存在，请到窗口重新生成');
    if (link.subjectHash !== subject) {
      await this.audit.recordRefusal(caller, {
        action,
        targetType: 'Commitment',
        targetId: link.commitmentId,
        detail: { linkId: link.id, reason: 'OTHER_RESIDENT', subject: subject.slice(0, 16) },
      });
      throw AppException.forbidden('该签署链接不是为您生成的：承诺须由当事人本人签署', { reason: 'OTHER_RESIDENT' });
    }
    if (link.usedAt) throw AppException.conflict('该签署链接已使用，请到窗口重新生成', { reason: 'LINK_USED' });
    if (link.expiresAt.getTime() <= Date.now())
      throw AppException.forbidden('签署链接已过期，请到窗口重新生成', { reason: 'LINK_EXPIRED' });
    const commitment = await this.repo.findCommitment(link.commitmentId);
    if (!commitment || commitment.subjectHash !== subject) throw AppException.notFound('未找到该承诺');
    if (commitment.status !== CommitmentStatus.OFFERED)
      throw AppException.conflict(`该承诺${COMMITMENT_TEXT[commitment.status] ?? ''}，无需再签署`, {
        status: commitment.status,
      });
    return { link, commitment };
  }

  private async recordRead(
    caller: Caller,
    action: string,
    detail: Record<string, unknown>,
    targetId: string | null = null,
    targetType = 'Resident',
  ): Promise<void> {
    const subject = residentSubject(caller);
    await this.repo.transaction((tx) =>
      this.audit.record(tx, caller, {
        action,
        targetType,
        targetId,
        detail: { subject: subject.slice(0, 16), ...detail },
      }),
    );
  }
}

type Names = Awaited<ReturnType<ResidentService['names']>>;
type CommitmentRow = NonNullable<Awaited<ReturnType<ResidentRepository['findCommitment']>>>;
type CreditRow = NonNullable<Awaited<ReturnType<ResidentRepository['findCredit']>>>;
type ObjectionRow = NonNullable<Awaited<ReturnType<ResidentRepository['findObjection']>>>;

function toObjection(o: ObjectionRow): ObjectionModel {
  return {
    id: o.id,
    entryId: `${o.entryKind}:${o.entryId}`,
    entryKind: o.entryKind as DataUseKind,
    text: o.text,
    status: o.status as ObjectionStatus,
    answer: o.answer,
    answeredAt: o.answeredAt,
    createdAt: o.createdAt,
  };
}

function toMine(c: CommitmentRow, names: Names): MyCommitmentModel {
  return {
    id: c.id,
    fact: names.fact(c.factTypeCode),
    department: names.department(c.requesterDepartment) ?? c.requesterDepartment,
    matter: c.verification.matter,
    status: c.status as CommitmentStatus,
    statusText: COMMITMENT_TEXT[c.status] ?? c.status,
    noticeText: c.noticeText,
    noticeVersion: c.noticeVersion,
    noticeHash: c.noticeHash,
    signatureMethod: c.signatureMethod,
    record: c.record,
    offeredAt: c.createdAt,
    signedAt: c.signedAt,
    withdrawnAt: c.withdrawnAt,
    postVerifyDueAt: c.postVerifyDueAt,
    postResult: (c.postResult as MyCommitmentModel['postResult']) ?? null,
    postVerifiedAt: c.postVerifiedAt,
    canWithdraw: c.status === CommitmentStatus.OFFERED || c.status === CommitmentStatus.SIGNED,
  };
}

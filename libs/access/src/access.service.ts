import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { AccessPolicy, actsForDepartment, Caller, departmentFilter } from '#gw/auth';
import { CatalogService, CertificateRow, DepartmentKind, Disposition, ListKind, listContentHash } from '#gw/catalog';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  chinaDay,
  emptyPage,
  ErrorCode,
  Page,
  PageArgs,
  pageRequest,
  parseChinaDay,
  sliceToPage,
  UUID_KEY,
  uuidv7,
  UUID_PATTERN,
  formatBeijingDate,
} from '#gw/common';
import { isUniqueViolation, Prisma, Tx } from '#gw/db';
import { screenNegative } from '#gw/matching';
import type { ListSeed } from '#gw/catalog';
import {
  AUTHORITY_NAME,
  PENDING_STATUSES,
  ReviewDecision,
  StepDecision,
  WorkAccessAction,
  WorkAccessStatus,
  WorkAccessStep,
} from './access.enums';
import {
  RecordCountyApprovalInput,
  ReviewWorkAccessInput,
  SubmitWorkAccessApplicationInput,
  WorkAccessApplicationModel,
  WorkAccessFilter,
} from './access.model';
import { AccessRepository, ApplicationRow, LatestListRow, ListVersionRef } from './access.repository';
import { applyListChange, duplicateOf, ListChange } from './list-change';
import { assertReviewer, stepStatus } from './review-rule';
import { assertScreeningAllowsPass } from './screening-rule';
import {
  ResolveWorkAccessScreeningInput,
  ScreeningResolution,
  ScreeningStatus,
  WorkAccessScreeningModel,
} from './screening.model';
import { ScreeningRepository, ScreeningRow } from './screening.repository';

// A possible negative-list match, kept on the application for civil affairs to confirm or clear.
type Flag = Omit<
  ScreeningRow,
  'applicationId' | 'flaggedAt' | 'resolvedBy' | 'resolvedByDepartment' | 'resolvedAt' | 'resolutionReason'
>;

const DOCUMENT_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,20}[〔[]\d{4}[〕\]]\d{1,5}号$/;
const PUBLISH_ATTEMPTS = 3;

const NOT_PERMITTABLE: Record<Exclude<Disposition, Disposition.COMMUNITY_PERMITTED>, string> = {
  [Disposition.ABOLISHED]: '该证明已取消',
  [Disposition.DATA_SHARING]: '该证明改由数据共享核验',
  [Disposition.INTER_DEPARTMENT]: '该证明改由部门间协查核验',
  [Disposition.COMMITMENT]: '该证明改由个人告知承诺',
};

function text(value: string | undefined | null, field: string, label: string, max = 500): string {
  const t = value?.trim() ?? '';
  if (t.length < 2 || t.length > max) throw AppException.badInput(`请填写${label}（2–${max} 个字符）`, { field });
  return t;
}

// 社区工作准入 (四（二）): a department applies, civil affairs then the organization department
// review, the county party committee or government approves, and only then does a new version
// of the list exist. Nothing else writes list versions after the shipped ones.
@Injectable()
export class AccessService {
  constructor(
    private readonly repo: AccessRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
    private readonly screenings: ScreeningRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(caller: Caller, input: SubmitWorkAccessApplicationInput): Promise<WorkAccessApplicationModel> {
    const department = await this.applicantDepartment(caller);
    if (input.listKind === ListKind.NEGATIVE)
      throw AppException.badInput('负面清单只增不减，不通过准入申请调整', { field: 'listKind' });
    const latest = await this.repo.findLatestList(input.listKind);
    if (!latest) throw AppException.notFound('该清单尚无已发布的版本', { listKind: input.listKind });
    this.assertCurrent(latest, input.baseVersion);
    const justification = text(input.justification, 'justification', '申请理由', 1000);

    let flag: Flag | null = null;
    let fields: Pick<
      Prisma.WorkAccessApplicationUncheckedCreateInput,
      'content' | 'legalBasis' | 'certificateCode' | 'frequency' | 'itemSeq' | 'funding' | 'workingConditions'
    >;
    if (input.action === WorkAccessAction.REMOVE) {
      if (!input.itemSeq) throw AppException.badInput('移出申请须填写清单中的序号 itemSeq', { field: 'itemSeq' });
      const item = latest.items.find((i) => i.seq === input.itemSeq);
      if (!item)
        throw AppException.badInput(`第 ${latest.version} 版清单中没有第 ${input.itemSeq} 项`, { field: 'itemSeq' });
      fields = {
        content: item.content,
        legalBasis: item.legalBasis,
        certificateCode: item.certificateCode,
        frequency: item.frequency,
        itemSeq: item.seq,
        funding: '',
        workingConditions: '',
      };
    } else {
      const certificate = await this.permittedCertificate(input);
      if (input.listKind === ListKind.FORM && !input.frequency)
        throw AppException.badInput('纳入填报表格清单须填写填报频次 frequency', { field: 'frequency' });
      if (input.listKind !== ListKind.FORM && input.frequency)
        throw AppException.badInput('只有填报表格清单有填报频次', { field: 'frequency' });
      const content =
        certificate && !input.content?.trim() ? certificate.name : text(input.content, 'content', '事项内容');
      fields = {
        content,
        legalBasis: text(input.legalBasis, 'legalBasis', '法律法规或政策依据'),
        certificateCode: certificate?.code ?? null,
        frequency: input.frequency ?? null,
        itemSeq: null,
        // 四（三）: whoever puts work on communities provides the money and the means for it
        funding: text(input.funding, 'funding', '申请部门提供的经费支持'),
        workingConditions: text(input.workingConditions, 'workingConditions', '申请部门提供的必要工作条件'),
      };
      flag = await this.screen([
        content,
        ...(certificate ? [certificate.name, ...((certificate.aliases as string[]) ?? [])] : []),
      ]);
      const dup = duplicateOf(latest.items, { content, certificateCode: fields.certificateCode ?? null });
      if (dup)
        throw AppException.conflict(`第 ${latest.version} 版清单中已有该事项（第 ${dup.seq} 项）`, { seq: dup.seq });
    }

    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      await this.repo.createApplication(tx, {
        id,
        listKind: input.listKind,
        action: input.action,
        baseVersion: latest.version,
        ...fields,
        justification,
        applicantDepartment: department,
        applicantSubject: caller.user.subject,
        status: WorkAccessStatus.SUBMITTED,
      });
      await this.step(tx, caller, id, WorkAccessStep.SUBMIT, StepDecision.SUBMITTED, justification);
      if (flag)
        await this.screenings.create(tx, { applicationId: id, ...flag, terms: flag.terms as Prisma.InputJsonValue });
      await this.audit.record(tx, caller, {
        action: 'access.submit',
        targetType: 'WorkAccessApplication',
        targetId: id,
        detail: {
          listKind: input.listKind,
          action: input.action,
          baseVersion: latest.version,
          itemSeq: fields.itemSeq ?? null,
          certificateCode: fields.certificateCode ?? null,
          ...(flag ? { screening: ScreeningStatus.FLAGGED, negativeSeq: flag.itemSeq } : {}),
        },
      });
    });
    return this.application(caller, id);
  }

  async review(caller: Caller, input: ReviewWorkAccessInput): Promise<WorkAccessApplicationModel> {
    if (input.step !== WorkAccessStep.CIVIL_AFFAIRS_REVIEW && input.step !== WorkAccessStep.ORGANIZATION_REVIEW) {
      throw AppException.badInput('step 须为 CIVIL_AFFAIRS_REVIEW 或 ORGANIZATION_REVIEW', { field: 'step' });
    }
    const rule = stepStatus(input.step);
    const app = await this.loadForAction(caller, input.id);
    assertReviewer(caller, input.step, app.applicantDepartment, this.config.review);
    if (app.status !== rule.from) throw this.outOfOrder(app, input.step);
    if (
      input.step === WorkAccessStep.ORGANIZATION_REVIEW &&
      app.steps.some((s) => s.step === WorkAccessStep.CIVIL_AFFAIRS_REVIEW && s.actorSubject === caller.user.subject)
    ) {
      throw AppException.forbidden('同一人不能办理两级审核', { step: input.step });
    }
    const reason = text(input.reason, 'reason', '审核意见');
    const passed = input.decision === ReviewDecision.PASS;
    if (passed && input.step === WorkAccessStep.CIVIL_AFFAIRS_REVIEW)
      assertScreeningAllowsPass(await this.screenings.of(app.id));
    await this.repo.transaction(async (tx) => {
      if (
        !(await this.repo.transition(tx, app.id, [rule.from], {
          status: passed ? rule.passTo : WorkAccessStatus.REJECTED,
        }))
      ) {
        throw AppException.conflict('申请状态已变化，请刷新后重试', { id: app.id });
      }
      await this.step(tx, caller, app.id, input.step, passed ? StepDecision.PASSED : StepDecision.REJECTED, reason);
      await this.audit.record(tx, caller, {
        action: 'access.review',
        targetType: 'WorkAccessApplication',
        targetId: app.id,
        detail: { step: input.step, decision: input.decision },
      });
    });
    return this.application(caller, app.id);
  }

  async recordCountyApproval(caller: Caller, input: RecordCountyApprovalInput): Promise<WorkAccessApplicationModel> {
    const app = await this.loadForAction(caller, input.id);
    if (app.status !== WorkAccessStatus.ORGANIZATION_PASSED) throw this.outOfOrder(app, WorkAccessStep.COUNTY_APPROVAL);
    const documentNumber = input.documentNumber.trim();
    if (!DOCUMENT_NUMBER.test(documentNumber))
      throw AppException.badInput('文号格式应如 环政发〔2026〕12号', { field: 'documentNumber' });
    const today = chinaDay(new Date());
    const approvedOn = parseChinaDay(input.approvedOn, 'approvedOn');
    if (input.approvedOn > today) throw AppException.badInput('批准日期不能晚于今天', { field: 'approvedOn' });
    if (input.approvedOn < chinaDay(app.createdAt))
      throw AppException.badInput('批准日期不能早于申请日期', { field: 'approvedOn' });
    const reason = text(input.reason, 'reason', '说明');
    const authority = AUTHORITY_NAME[input.authority];

    if (!input.approved) {
      await this.repo.transaction(async (tx) => {
        const data = {
          status: WorkAccessStatus.REJECTED,
          approvalAuthority: input.authority,
          approvalDocument: documentNumber,
          approvedOn,
        };
        if (!(await this.repo.transition(tx, app.id, [WorkAccessStatus.ORGANIZATION_PASSED], data)))
          throw AppException.conflict('申请状态已变化，请刷新后重试', { id: app.id });
        await this.step(
          tx,
          caller,
          app.id,
          WorkAccessStep.COUNTY_APPROVAL,
          StepDecision.REJECTED,
          `${authority}${documentNumber}不予批准：${reason}`,
        );
        await this.audit.record(tx, caller, {
          action: 'access.countyDecision',
          targetType: 'WorkAccessApplication',
          targetId: app.id,
          detail: { approved: false, authority: input.authority, documentNumber },
        });
      });
      return this.application(caller, app.id);
    }

    if (!input.effectiveFrom)
      throw AppException.badInput('批准时须填写新版清单生效日期 effectiveFrom', { field: 'effectiveFrom' });
    const effectiveFrom = parseChinaDay(input.effectiveFrom, 'effectiveFrom');
    if (input.effectiveFrom < today)
      throw AppException.badInput('生效日期不能早于今天：已作出的核对不能被改写', { field: 'effectiveFrom' });
    if (input.effectiveFrom < input.approvedOn)
      throw AppException.badInput('生效日期不能早于批准日期', { field: 'effectiveFrom' });
    const change: ListChange =
      app.action === WorkAccessAction.REMOVE
        ? { action: 'REMOVE', seq: app.itemSeq! }
        : {
            action: 'ADD',
            item: {
              category: null,
              content: app.content,
              legalBasis: app.legalBasis,
              reason: null,
              certificateCode: app.certificateCode,
              departmentCode: app.listKind === ListKind.FORM ? app.applicantDepartment : null,
              frequency: app.frequency,
            },
          };

    for (let attempt = 1; ; attempt++) {
      try {
        await this.repo.transaction((tx) =>
          this.publish(tx, caller, app, change, {
            documentNumber,
            approvedOn,
            effectiveFrom,
            effectiveDay: input.effectiveFrom!,
            authority: input.authority,
            reason,
          }),
        );
        break;
      } catch (err) {
        // another approval published the same version number first: apply this change on top of it
        if (!isUniqueViolation(err)) throw err;
        if (attempt >= PUBLISH_ATTEMPTS)
          throw AppException.conflict('清单正在被其他批准更新，请稍后重试', { listKind: app.listKind });
      }
    }
    return this.application(caller, app.id);
  }

  async withdraw(caller: Caller, id: string, reasonText: string): Promise<WorkAccessApplicationModel> {
    const app = await this.visible(caller, id);
    if (!actsForDepartment(caller, app.applicantDepartment)) throw AppException.forbidden('只有申请部门可以撤回申请');
    if (!PENDING_STATUSES.includes(app.status as WorkAccessStatus))
      throw AppException.conflict(`申请已办结（${app.status}），不能撤回`, { status: app.status });
    const reason = text(reasonText, 'reason', '撤回理由');
    await this.repo.transaction(async (tx) => {
      if (!(await this.repo.transition(tx, app.id, PENDING_STATUSES, { status: WorkAccessStatus.WITHDRAWN })))
        throw AppException.conflict('申请状态已变化，请刷新后重试', { id: app.id });
      await this.step(tx, caller, app.id, WorkAccessStep.WITHDRAW, StepDecision.WITHDRAWN, reason);
      await this.audit.record(tx, caller, {
        action: 'access.withdraw',
        targetType: 'WorkAccessApplication',
        targetId: app.id,
        detail: {},
      });
    });
    return this.application(caller, app.id);
  }

  async application(caller: Caller, id: string): Promise<WorkAccessApplicationModel> {
    const row = await this.visible(caller, id);
    return (await this.toModels([row]))[0];
  }

  async applications(
    caller: Caller,
    filter: WorkAccessFilter,
    page?: PageArgs,
  ): Promise<Page<WorkAccessApplicationModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    // overseers of the county see every department's applications, anyone else their own
    const own = departmentFilter(await this.policy.departmentScope(caller, 'workAccessApplication'));
    if (own !== undefined && filter.applicantDepartment && filter.applicantDepartment !== own)
      throw AppException.forbidden('只能查看本部门的准入申请');
    if (own === null) return emptyPage();
    const applicantDepartment = own ?? filter.applicantDepartment;
    const { rows, total } = await this.repo.page(
      { status: filter.status, listKind: filter.listKind, applicantDepartment },
      beforeId,
      take,
    );
    const models = await this.toModels(rows);
    return sliceToPage(models, size, total, (m) => m.id);
  }

  private async publish(
    tx: Tx,
    caller: Caller,
    app: ApplicationRow,
    change: ListChange,
    approval: {
      documentNumber: string;
      approvedOn: Date;
      effectiveFrom: Date;
      effectiveDay: string;
      authority: RecordCountyApprovalInput['authority'];
      reason: string;
    },
  ): Promise<void> {
    const latest = await this.repo.findLatestList(app.listKind, tx);
    if (!latest) throw AppException.notFound('该清单尚无已发布的版本', { listKind: app.listKind });
    if (approval.effectiveFrom < latest.effectiveFrom) {
      throw AppException.badInput(
        `生效日期不能早于现行第 ${latest.version} 版的生效日期 ${formatBeijingDate(latest.effectiveFrom)}`,
        { field: 'effectiveFrom' },
      );
    }
    const applied = applyListChange(latest.items, change);
    const version = latest.version + 1;
    const id = `${app.listKind}-v${version}`;
    const authority = AUTHORITY_NAME[approval.authority];
    const source = `${authority}批准（${approval.documentNumber}），社区工作准入申请 ${app.id}`;
    const contentHash = listContentHash({
      kind: app.listKind,
      version,
      title: latest.title,
      source,
      effectiveFrom: approval.effectiveDay,
      items: applied.items,
    } as unknown as ListSeed);
    await this.repo.createListVersion(tx, {
      id,
      kind: app.listKind,
      version,
      title: latest.title,
      source,
      effectiveFrom: approval.effectiveFrom,
      isSample: latest.isSample,
      contentHash,
      applicationId: app.id,
      changeSummary: applied.summary,
      items: applied.items,
    });
    const data = {
      status: WorkAccessStatus.PUBLISHED,
      approvalAuthority: approval.authority,
      approvalDocument: approval.documentNumber,
      approvedOn: approval.approvedOn,
      effectiveFrom: approval.effectiveFrom,
      listVersionId: id,
    };
    if (!(await this.repo.transition(tx, app.id, [WorkAccessStatus.ORGANIZATION_PASSED], data)))
      throw AppException.conflict('申请状态已变化，请刷新后重试', { id: app.id });
    await this.step(
      tx,
      caller,
      app.id,
      WorkAccessStep.COUNTY_APPROVAL,
      StepDecision.APPROVED,
      `${authority}${approval.documentNumber}批准：${approval.reason}`,
    );
    await this.audit.record(tx, caller, {
      action: 'access.publishList',
      targetType: 'ListVersion',
      targetId: id,
      detail: {
        applicationId: app.id,
        listKind: app.listKind,
        version,
        effectiveFrom: approval.effectiveDay,
        authority: approval.authority,
        documentNumber: approval.documentNumber,
        change: applied.summary,
      },
    });
  }

  private async applicantDepartment(caller: Caller): Promise<string> {
    const code = caller.user.departmentCode;
    if (!code) throw AppException.forbidden('准入申请须由党政群机构以部门身份提出');
    const department = await this.catalog.department(code);
    if (department.kind !== DepartmentKind.GOVERNMENT)
      throw AppException.forbidden('准入申请须由党政群机构提出，受委托机构不能申请');
    return code;
  }

  private assertCurrent(latest: LatestListRow, baseVersion: number): void {
    if (baseVersion === latest.version) return;
    if (baseVersion > latest.version)
      throw AppException.badInput(`该清单没有第 ${baseVersion} 版（最新为第 ${latest.version} 版）`, {
        field: 'baseVersion',
      });
    throw new AppException(
      ErrorCode.LIST_VERSION_EXPIRED,
      `第 ${baseVersion} 版清单已被第 ${latest.version} 版取代（${formatBeijingDate(latest.effectiveFrom)}起生效），请按最新版本提出申请`,
      {
        baseVersion,
        latestVersion: latest.version,
      },
    );
  }

  private async permittedCertificate(input: SubmitWorkAccessApplicationInput): Promise<CertificateRow | null> {
    if (input.listKind !== ListKind.PERMITTED_CERTIFICATE) {
      if (input.certificateCode)
        throw AppException.badInput('只有可出具证明清单的事项对应证明事项编码', { field: 'certificateCode' });
      return null;
    }
    if (!input.certificateCode)
      throw AppException.badInput('纳入可出具证明清单须填写证明事项编码 certificateCode', { field: 'certificateCode' });
    const certificate = await this.catalog.certificateRow(input.certificateCode);
    const disposition = certificate.disposition as Disposition;
    if (disposition !== Disposition.COMMUNITY_PERMITTED) {
      throw AppException.badInput(`${NOT_PERMITTABLE[disposition]}，不能列入社区可出具证明清单`, {
        field: 'certificateCode',
        disposition,
      });
    }
    return certificate;
  }

  // Screens the item against the negative list by meaning: work the list names is refused with
  // NEGATIVE_LIST; a text that only touches it is returned as a flag for civil affairs. A text
  // that restates an item of the duty or assist list is at most flagged.
  private async screen(texts: string[]): Promise<Flag | null> {
    const [negative, duty, assist] = await Promise.all([
      this.catalog.listInForce(ListKind.NEGATIVE),
      this.catalog.listInForce(ListKind.DUTY),
      this.catalog.listInForce(ListKind.ASSIST),
    ]);
    const listed = [...duty.items, ...assist.items].map((i) => i.content);
    const result = screenNegative(texts, negative.items, listed);
    if (result.verdict === 'PASS' || !result.hit) return null;
    const { item, terms, clause, responsible } = result.hit;
    if (result.verdict === 'REFUSE') {
      throw new AppException(
        ErrorCode.NEGATIVE_LIST,
        `该事项属于《${negative.title}》第 ${item.seq} 项（${item.category ?? ''}）：${item.content}不得交由社区组织承担（${item.reason ?? item.legalBasis}），应由${responsible ?? '相关部门及其执法机构'}办理。申请中的“${terms.join('”“')}”即属此类`,
        { listVersionId: negative.id, seq: item.seq, terms },
      );
    }
    return {
      status: ScreeningStatus.FLAGGED,
      listVersionId: negative.id,
      itemSeq: item.seq,
      category: item.category,
      terms,
      clause,
    };
  }

  // Civil affairs decides a negative-list flag before its review: confirmed (the application can
  // then only be rejected) or cleared (it may pass), with a reason, audited.
  async resolveScreening(caller: Caller, input: ResolveWorkAccessScreeningInput): Promise<WorkAccessApplicationModel> {
    const app = await this.loadForAction(caller, input.id);
    // whoever takes the civil-affairs step of this application checks its negative-list flag
    assertReviewer(caller, WorkAccessStep.CIVIL_AFFAIRS_REVIEW, app.applicantDepartment, this.config.review);
    if (app.status !== WorkAccessStatus.SUBMITTED)
      throw AppException.conflict('只有待县民政局审核的申请可以核实负面清单提示', { status: app.status });
    const screening = await this.screenings.of(app.id);
    if (!screening) throw AppException.conflict('该申请没有负面清单筛查提示', { id: app.id });
    if (screening.status !== ScreeningStatus.FLAGGED)
      throw AppException.conflict('该提示已核实，不能重复办理', { status: screening.status });
    const reason = text(input.reason, 'reason', '核实意见');
    const status =
      input.resolution === ScreeningResolution.CONFIRM ? ScreeningStatus.CONFIRMED : ScreeningStatus.CLEARED;
    await this.repo.transaction(async (tx) => {
      const done = await this.screenings.resolve(tx, app.id, {
        status,
        resolvedBy: caller.user.subject,
        resolvedByDepartment: caller.user.departmentCode,
        resolvedAt: new Date(),
        resolutionReason: reason,
      });
      if (!done) throw AppException.conflict('该提示已被他人核实，请刷新后查看', { id: app.id });
      await this.audit.record(tx, caller, {
        action: 'access.resolveScreening',
        targetType: 'WorkAccessApplication',
        targetId: app.id,
        detail: { resolution: input.resolution, seq: screening.itemSeq, listVersionId: screening.listVersionId },
      });
    });
    return this.application(caller, app.id);
  }

  private outOfOrder(app: ApplicationRow, step: WorkAccessStep): AppException {
    const status = app.status as WorkAccessStatus;
    if (!PENDING_STATUSES.includes(status))
      return AppException.conflict(`申请已办结（${status}），不能再办理`, { status, step });
    const next =
      status === WorkAccessStatus.SUBMITTED
        ? '县民政局审核'
        : status === WorkAccessStatus.CIVIL_AFFAIRS_PASSED
          ? '县委组织部审核'
          : '报县委、县政府批准';
    return AppException.conflict(`该申请当前应由${next}，不能越过或重复办理环节`, { status, step });
  }

  // Reviewers act on other departments' applications only: nobody reviews their own.
  private async loadForAction(caller: Caller, id: string): Promise<ApplicationRow> {
    const app = await this.visible(caller, id);
    if (!caller.user.departmentCode) throw AppException.forbidden('审核人须属于某一部门');
    if (caller.user.departmentCode === app.applicantDepartment)
      throw AppException.forbidden('不能审核或报批本部门提出的准入申请', { id });
    return app;
  }

  // An application the caller may not see does not exist as far as they can tell.
  private async visible(caller: Caller, id: string): Promise<ApplicationRow> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('申请 ID 格式不正确', { field: 'id' });
    const app = await this.repo.findById(id);
    if (!app || !(await this.policy.seesDepartmentRecord(caller, 'workAccessApplication', app.applicantDepartment)))
      throw AppException.notFound('未找到该准入申请', { id });
    return app;
  }

  private step(
    tx: Tx,
    caller: Caller,
    applicationId: string,
    step: WorkAccessStep,
    decision: StepDecision,
    reason: string,
  ): Promise<void> {
    return this.repo.createStep(tx, {
      id: uuidv7(),
      applicationId,
      step,
      decision,
      reason,
      actorSubject: caller.user.subject,
      actorDepartment: caller.user.departmentCode,
      actorRoles: caller.user.roles.join(','),
    });
  }

  private async toModels(rows: ApplicationRow[]): Promise<WorkAccessApplicationModel[]> {
    const screenings = await this.screenings.ofMany(rows.map((r) => r.id));
    const refs = new Map<string, ListVersionRef>(
      (await this.repo.listVersionRefs(rows.flatMap((r) => (r.listVersionId ? [r.listVersionId] : [])))).map((v) => [
        v.id,
        v,
      ]),
    );
    return rows.map((r) => {
      const ref = r.listVersionId ? refs.get(r.listVersionId) : undefined;
      return {
        ...r,
        listKind: r.listKind as ListKind,
        action: r.action as WorkAccessAction,
        status: r.status as WorkAccessStatus,
        approvalAuthority: r.approvalAuthority as RecordCountyApprovalInput['authority'] | null,
        listVersion: ref ? { ...ref, kind: ref.kind as ListKind } : null,
        steps: r.steps.map((s) => ({ ...s, step: s.step as WorkAccessStep, decision: s.decision as StepDecision })),
        screening: toScreeningModel(screenings.get(r.id)),
      };
    });
  }
}

function toScreeningModel(r: ScreeningRow | undefined): WorkAccessScreeningModel | null {
  if (!r) return null;
  return {
    status: r.status as ScreeningStatus,
    listVersionId: r.listVersionId,
    itemSeq: r.itemSeq,
    category: r.category,
    terms: Array.isArray(r.terms) ? (r.terms as string[]) : [],
    clause: r.clause,
    flaggedAt: r.flaggedAt,
    resolvedBy: r.resolvedBy,
    resolvedAt: r.resolvedAt,
    resolutionReason: r.resolutionReason,
  };
}

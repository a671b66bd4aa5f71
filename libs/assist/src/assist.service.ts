import { Inject, Injectable } from '@nestjs/common';
import { AuditActor, AuditService, SYSTEM_ACTOR } from '#gw/audit';
import { BurdenRecorder } from '#gw/burden';
import { AccessPolicy, actsForDepartment, Caller, callerDepartment, departmentFilter, Role } from '#gw/auth';
import { CatalogService, ClaimSchemaLike, claimRegionCodes, FactTypeRow, renderClaim } from '#gw/catalog';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  deadlineMs,
  emptyPage,
  ID_NUMBER_PROBLEM_TEXT,
  idNumberProblem,
  maskIdNumber,
  normalizeIdNumber,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  UUID_KEY,
  uuidv7,
  UUID_PATTERN,
  formatBeijingTime,
} from '#gw/common';
import { CreditOutboxService, DepartmentNoticeType } from '#gw/credit';
import { Prisma, Tx } from '#gw/db';
import { SubjectHasher } from '#gw/signing';
import { AttemptOutcome, settles } from '#gw/sources';
import {
  awaitsRoute,
  isIdField,
  RouteResultService,
  VerificationOutcome,
  VerificationRoute,
  VerificationService,
} from '#gw/verification';
import { AssistAnswer, AssistKind, AssistStatus } from './assist.enums';
import {
  AnswerAssistInput,
  AssistClaimIdNumberInput,
  AssistFilter,
  AssistPersonModel,
  AssistRequestModel,
  RequestAssistInput,
} from './assist.model';
import { AssistRepository, AssistRow } from './assist.repository';

const HOUR = 3600_000;
// revealAssistSubject's field for the subject; the others are the claim's ID fields
export const SUBJECT_FIELD = 'subject';

// Inter-department assist requests (部门间协查) and commissioned third-party checks: what shared
// data could not settle goes to the department that owns the fact, then to a commissioned
// organisation, each with a due time; the verification moves on by itself when they fail.
@Injectable()
export class AssistService {
  constructor(
    private readonly repo: AssistRepository,
    private readonly verifications: VerificationService,
    private readonly routes: RouteResultService,
    private readonly catalog: CatalogService,
    private readonly hasher: SubjectHasher,
    private readonly audit: AuditService,
    private readonly burden: BurdenRecorder,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: CreditOutboxService,
  ) {}

  async request(caller: Caller, input: RequestAssistInput): Promise<AssistRequestModel> {
    const department = callerDepartment(caller);
    if (!UUID_PATTERN.test(input.verificationId))
      throw AppException.badInput('核验 ID 格式不正确', { field: 'verificationId' });
    const v = await this.verifications.rowById(input.verificationId);
    if (!v || v.requesterDepartment !== department) throw AppException.notFound('未找到该核验');
    const idNumber = normalizeIdNumber(input.idNumber);
    const problem = idNumberProblem(idNumber);
    if (problem) throw AppException.badInput(ID_NUMBER_PROBLEM_TEXT[problem], { field: 'idNumber' });
    if (this.hasher.ref(idNumber).hash !== v.subjectHash)
      throw AppException.badInput('公民身份号码与该核验的当事人不一致', { field: 'idNumber' });
    if (v.outcome === VerificationOutcome.UNAVAILABLE) {
      throw AppException.conflict('数据源暂时无法访问：请在核验结果所示时间后以同一幂等键重试，无需协查', {
        verificationId: v.id,
        retryAfter: v.retryAfter?.toISOString() ?? null,
      });
    }
    if (!awaitsRoute(v)) {
      throw AppException.conflict('该核验已有结论，无需协查', { verificationId: v.id });
    }
    if (v.nextRoute !== VerificationRoute.INTER_DEPARTMENT && v.nextRoute !== VerificationRoute.THIRD_PARTY) {
      throw AppException.conflict(`该核验的下一步不是协查或第三方核查（${v.nextRoute ?? '无'}）`, {
        verificationId: v.id,
      });
    }
    const fact = await this.catalog.factTypeRow(v.factTypeCode);
    const others = claimIdNumbers(v.claim, input.claimIdNumbers ?? []);
    const kind = v.nextRoute === VerificationRoute.THIRD_PARTY ? AssistKind.THIRD_PARTY : AssistKind.ASSIST;
    const toDepartment =
      kind === AssistKind.ASSIST ? fact.ownerDepartmentCode : (await this.catalog.thirdPartiesFor(fact.code))[0];
    if (!toDepartment) throw AppException.conflict('该事实类型没有受委托的第三方机构');
    const question = input.question?.trim() || (await this.defaultQuestion(fact, v.claim));
    const id = uuidv7();
    await this.repo.transaction(async (tx) => {
      if (await this.repo.findOpenFor(v.id, tx))
        throw AppException.conflict('该核验已有待答复的协查', { verificationId: v.id });
      const createdAt = new Date();
      await this.repo.create(tx, {
        id,
        kind,
        verificationId: v.id,
        fromDepartment: department,
        toDepartment,
        requestedBy: caller.user.subject,
        factTypeCode: fact.code,
        communityCode: v.communityCode,
        subjectMasked: v.subjectMasked,
        subjectSealed: this.hasher.seal(idNumber),
        claimSealed: Object.keys(others).length > 0 ? this.hasher.seal(JSON.stringify(others)) : null,
        question,
        status: AssistStatus.OPEN,
        dueAt: new Date(createdAt.getTime() + this.assistDueMs(fact)),
        createdAt,
      });
      if (v.communityCode) await this.burden.record(tx, v.communityCode, createdAt, 'assistRequested');
      await this.notify(tx, 'ASSIST_REQUESTED', (await this.repo.findById(id, tx))!);
      await this.audit.record(tx, caller, {
        action: 'assist.request',
        targetType: 'AssistRequest',
        targetId: id,
        detail: { kind, verificationId: v.id, toDepartment, factType: fact.code },
      });
    });
    return this.get(caller, id);
  }

  async answer(caller: Caller, input: AnswerAssistInput): Promise<AssistRequestModel> {
    const row = await this.addressed(caller, input.id);
    const note = input.note.trim();
    if (!note) throw AppException.badInput('请填写核实情况说明', { field: 'note' });
    if (row.status === AssistStatus.ANSWERED) {
      if (row.answer === input.answer && row.note === note) return this.toModel(row);
      throw AppException.conflict('该协查已答复，不能改变答复', { status: row.status, answer: row.answer });
    }
    if (row.status !== AssistStatus.OPEN) throw closedError(row);
    if (row.dueAt.getTime() <= Date.now()) {
      await this.expire(row.id);
      throw closedError({ ...row, status: AssistStatus.EXPIRED });
    }
    const answered = await this.repo.transaction(async (tx) => {
      const current = await this.repo.findById(row.id, tx);
      const closedAt = new Date();
      const closed = await this.repo.close(tx, row.id, {
        status: AssistStatus.ANSWERED,
        answer: input.answer,
        note,
        closedBy: caller.user.subject,
        closedAt,
        subjectSealed: null,
        claimSealed: null,
      });
      if (!closed || !current) return false;
      if (current.communityCode) await this.burden.record(tx, current.communityCode, closedAt, 'assistAnswered');
      await this.moveOn(tx, caller, current, AttemptOutcome[input.answer], `${current.toDepartment}答复：${note}`);
      await this.audit.record(tx, caller, {
        action: 'assist.answer',
        targetType: 'AssistRequest',
        targetId: row.id,
        detail: { answer: input.answer, verificationId: row.verificationId },
      });
      return true;
    });
    if (!answered) return this.answer(caller, input);
    return this.get(caller, row.id);
  }

  async cancel(caller: Caller, id: string, reason: string): Promise<AssistRequestModel> {
    const row = await this.find(id);
    if (row.fromDepartment !== callerDepartment(caller)) throw AppException.notFound('未找到该协查');
    const text = reason.trim();
    if (!text || text.length > 200) throw AppException.badInput('撤回须说明原因（200 字以内）', { field: 'reason' });
    if (row.status !== AssistStatus.OPEN) throw closedError(row);
    const done = await this.repo.transaction(async (tx) => {
      if (
        !(await this.repo.close(tx, row.id, {
          status: AssistStatus.CANCELLED,
          note: text,
          closedBy: caller.user.subject,
          closedAt: new Date(),
          subjectSealed: null,
          claimSealed: null,
        }))
      )
        return false;
      await this.routes.apply(tx, caller, row.verificationId, {
        route: routeOf(row.kind),
        source: row.toDepartment,
        outcome: AttemptOutcome.CANCELLED,
        reason: `发起部门撤回：${text}`,
        recordRef: `assist:${row.id}`,
        nextRoute: routeOf(row.kind),
        startedAt: row.createdAt,
      });
      await this.audit.record(tx, caller, {
        action: 'assist.cancel',
        targetType: 'AssistRequest',
        targetId: row.id,
        detail: { verificationId: row.verificationId },
      });
      return true;
    });
    if (!done) throw closedError(await this.find(id));
    return this.toModel(await this.find(id));
  }

  // Expires one overdue request and moves its verification on; exactly one caller (of all
  // replicas) wins the conditional update, the others do nothing.
  expire(id: string, now = new Date()): Promise<boolean> {
    return this.repo.transaction((tx) => this.expireIn(tx, id, now));
  }

  // The same, in the caller's transaction (the sweep's, one per request).
  async expireIn(tx: Tx, id: string, now: Date): Promise<boolean> {
    const row = await this.repo.findById(id, tx);
    if (!row || row.status !== AssistStatus.OPEN || row.dueAt >= now) return false;
    if (
      !(await this.repo.close(
        tx,
        id,
        { status: AssistStatus.EXPIRED, closedAt: now, subjectSealed: null, claimSealed: null },
        now,
      ))
    )
      return false;
    if (row.communityCode) await this.burden.record(tx, row.communityCode, now, 'assistOverdue');
    await this.notify(tx, 'ASSIST_OVERDUE', row);
    await this.moveOn(
      tx,
      SYSTEM_ACTOR,
      row,
      AttemptOutcome.EXPIRED,
      `${row.toDepartment}逾期未答复（期限 ${formatBeijingTime(row.dueAt)}）`,
    );
    await this.audit.record(tx, SYSTEM_ACTOR, {
      action: 'assist.expired',
      targetType: 'AssistRequest',
      targetId: id,
      detail: { kind: row.kind, verificationId: row.verificationId },
    });
    return true;
  }

  // The addressed department hears of new and overdue work through its webhook, if it has one.
  private async notify(tx: Tx, type: DepartmentNoticeType, row: AssistRow): Promise<void> {
    await this.outbox.enqueueNotice(tx, {
      type,
      department: row.toDepartment,
      subjectId: row.id,
      payload: {
        assistRequestId: row.id,
        kind: row.kind,
        verificationId: row.verificationId,
        factType: row.factTypeCode,
        fromDepartment: row.fromDepartment,
        toDepartment: row.toDepartment,
        subjectMasked: row.subjectMasked,
        dueAt: row.dueAt.toISOString(),
      },
    });
  }

  // the fact type's due hours, after the configured scale or override (DEADLINE_*)
  // What the officer of the other department reads: the fact and the claim as a Chinese sentence
  // about the person concerned (当事人), with places by name and other people's ID numbers masked.
  private async defaultQuestion(fact: FactTypeRow, claim: unknown): Promise<string> {
    const schema = fact.claimSchema as unknown as ClaimSchemaLike;
    const values = (claim ?? {}) as Record<string, unknown>;
    const regionNames = await this.catalog.regionNames(claimRegionCodes(schema, values));
    const sentence = renderClaim({ factCode: fact.code, schema, claim: values, regionNames, person: 'THIRD' });
    return `请核实${fact.name}：${fact.description}所称内容：${sentence}`;
  }

  private assistDueMs(fact: FactTypeRow): number {
    return deadlineMs(this.config.deadlines, 'assist', fact.code, fact.assistDueHours * HOUR);
  }

  // One ID number of an open request, to the department it is addressed to: the subject's or
  // one the claim names (field = the claim's field, e.g. spouseIdNumber); each reveal audited with
  // its field. Nothing is left to reveal once the request is closed (the seals are erased).
  async reveal(caller: Caller, id: string, field = SUBJECT_FIELD): Promise<string> {
    if (!/^[A-Za-z]{1,64}$/.test(field))
      throw AppException.badInput('field 须为 subject 或所称事实中的身份号码字段名', { field: 'field' });
    const row = await this.addressed(caller, id);
    if (row.status === AssistStatus.OPEN && row.dueAt.getTime() <= Date.now()) await this.expire(row.id);
    const current = row.status === AssistStatus.OPEN ? await this.find(id) : row;
    if (current.status !== AssistStatus.OPEN || !current.subjectSealed)
      throw AppException.conflict('协查已结束，密封的身份号码已删除，不能再查看', {
        status: current.status,
        field,
      });
    const value = this.sealedValue(current, field);
    await this.repo.transaction((tx) =>
      this.audit.record(tx, caller, {
        action: 'assist.revealSubject',
        targetType: 'AssistRequest',
        targetId: id,
        detail: { field },
      }),
    );
    return value;
  }

  private sealedValue(row: AssistRow, field: string): string {
    if (field === SUBJECT_FIELD) return this.hasher.unseal(row.subjectSealed!);
    const others = row.claimSealed ? (JSON.parse(this.hasher.unseal(row.claimSealed)) as Record<string, string>) : {};
    const value = Object.prototype.hasOwnProperty.call(others, field) ? others[field] : undefined;
    if (typeof value !== 'string')
      throw AppException.badInput(`该协查没有可查看的“${field}”：字段须为 subject 或所称事实中的身份号码字段`, {
        field: 'field',
        fields: [SUBJECT_FIELD, ...Object.keys(others)],
      });
    return value;
  }

  async get(caller: Caller, id: string): Promise<AssistRequestModel> {
    const row = await this.find(id);
    if (!(await this.policy.seesDepartmentRecord(caller, 'assistRequest', (role) => ownerAs(role, row))))
      throw AppException.notFound('未找到该协查');
    return this.toModel(row);
  }

  async list(caller: Caller, filter: AssistFilter, page?: PageArgs): Promise<Page<AssistRequestModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    const scope = await this.policy.departmentScope(caller, 'assistRequest');
    const department = departmentFilter(scope);
    if (department === null) return emptyPage();
    const own = department === undefined || scope.all ? [] : scope.roles.map((role) => ownedAs(role, department));
    const where: Prisma.AssistRequestWhereInput = {
      status: filter.status,
      kind: filter.kind,
      verificationId: filter.verificationId ?? undefined,
      ...(scope.all ? {} : { OR: own }),
    };
    const { rows, total } = await this.repo.page(where, beforeId, take);
    const facts = new Map((await this.catalog.factTypeRows()).map((f) => [f.code, f]));
    return sliceToPage(
      rows.map((r) => toModel(r, facts.get(r.factTypeCode))),
      size,
      total,
      (r) => r.id,
    );
  }

  private async moveOn(
    tx: Tx,
    actor: AuditActor,
    row: AssistRow,
    outcome: AttemptOutcome,
    reason: string,
  ): Promise<void> {
    const route = routeOf(row.kind);
    const fact = await this.catalog.factTypeRow(row.factTypeCode);
    const next = settles(outcome) ? null : await this.routes.nextRouteAfter(fact, route);
    if (next === VerificationRoute.THIRD_PARTY && row.subjectSealed) {
      const target = (await this.catalog.thirdPartiesFor(fact.code))[0];
      const id = uuidv7();
      const createdAt = new Date();
      await this.repo.create(tx, {
        id,
        kind: AssistKind.THIRD_PARTY,
        verificationId: row.verificationId,
        fromDepartment: row.fromDepartment,
        toDepartment: target,
        requestedBy: 'system:gateway',
        factTypeCode: fact.code,
        communityCode: row.communityCode,
        subjectMasked: row.subjectMasked,
        subjectSealed: row.subjectSealed,
        claimSealed: row.claimSealed,
        question: row.question,
        status: AssistStatus.OPEN,
        dueAt: new Date(createdAt.getTime() + this.assistDueMs(fact)),
        createdAt,
      });
      // a third-party check is one more request the community did not have to answer
      if (row.communityCode) await this.burden.record(tx, row.communityCode, createdAt, 'assistRequested');
      await this.notify(tx, 'ASSIST_REQUESTED', (await this.repo.findById(id, tx))!);
      await this.audit.record(tx, SYSTEM_ACTOR, {
        action: 'assist.request',
        targetType: 'AssistRequest',
        targetId: id,
        detail: {
          kind: AssistKind.THIRD_PARTY,
          verificationId: row.verificationId,
          toDepartment: target,
          factType: fact.code,
          after: row.id,
        },
      });
    }
    await this.routes.apply(tx, actor, row.verificationId, {
      route,
      source: row.toDepartment,
      outcome,
      reason,
      recordRef: `assist:${row.id}`,
      nextRoute: next,
      startedAt: row.createdAt,
    });
  }

  private async toModel(row: AssistRow): Promise<AssistRequestModel> {
    return toModel(row, await this.catalog.factTypeRow(row.factTypeCode));
  }

  private async find(id: string): Promise<AssistRow> {
    if (!UUID_PATTERN.test(id)) throw AppException.badInput('协查 ID 格式不正确', { field: 'id' });
    const row = await this.repo.findById(id);
    if (!row) throw AppException.notFound('未找到该协查');
    return row;
  }

  // The request must be addressed to the caller's department, in the caller's capacity.
  private async addressed(caller: Caller, id: string): Promise<AssistRow> {
    const row = await this.find(id);
    if (!actsForDepartment(caller, row.toDepartment, addresseeRole(row.kind))) {
      throw AppException.forbidden('只能处理发给本部门（机构）的协查');
    }
    return row;
  }
}

// An assist request is the requesting window's, and the addressee's in the capacity it was
// addressed to (a department's officer, or a commissioned organisation).
function addresseeRole(kind: string): Role {
  return kind === AssistKind.ASSIST ? Role.DEPT_OFFICER : Role.THIRD_PARTY;
}

function ownerAs(role: Role, row: Pick<AssistRow, 'kind' | 'fromDepartment' | 'toDepartment'>): string | null {
  if (role === Role.WINDOW_STAFF) return row.fromDepartment;
  return role === addresseeRole(row.kind) ? row.toDepartment : null;
}

// The same, for a list: the requests a department holds in one capacity.
function ownedAs(role: Role, department: string): Prisma.AssistRequestWhereInput {
  if (role === Role.WINDOW_STAFF) return { fromDepartment: department };
  return { toDepartment: department, kind: role === Role.DEPT_OFFICER ? AssistKind.ASSIST : AssistKind.THIRD_PARTY };
}

function routeOf(kind: string): VerificationRoute {
  return kind === AssistKind.THIRD_PARTY ? VerificationRoute.THIRD_PARTY : VerificationRoute.INTER_DEPARTMENT;
}

function closedError(row: Pick<AssistRow, 'status' | 'dueAt'>): AppException {
  switch (row.status) {
    case AssistStatus.EXPIRED:
      return AppException.conflict(`该协查已于 ${formatBeijingTime(row.dueAt)} 逾期，不再接受答复`, {
        status: row.status,
      });
    case AssistStatus.CANCELLED:
      return AppException.conflict('该协查已被发起部门撤回', { status: row.status });
    default:
      return AppException.conflict('该协查已结束', { status: row.status });
  }
}

// The claim's other ID numbers, as the window typed them again: every ID field the verification's
// claim names must be given, each matching its masked form (the verification keeps no more).
function claimIdNumbers(claim: unknown, given: AssistClaimIdNumberInput[]): Record<string, string> {
  const masked = idFieldsOf(claim);
  const out: Record<string, string> = {};
  for (const [i, g] of given.entries()) {
    const at = `claimIdNumbers.${i}`;
    if (!Object.prototype.hasOwnProperty.call(masked, g.field))
      throw AppException.badInput(`所称事实中没有需要提供的“${g.field}”`, { field: `${at}.field` });
    if (out[g.field] !== undefined) throw AppException.badInput(`“${g.field}”重复提供`, { field: `${at}.field` });
    const idNumber = normalizeIdNumber(g.idNumber);
    const problem = idNumberProblem(idNumber);
    if (problem)
      throw AppException.badInput(`${g.field}：${ID_NUMBER_PROBLEM_TEXT[problem]}`, { field: `${at}.idNumber` });
    if (maskIdNumber(idNumber) !== masked[g.field])
      throw AppException.badInput(`${g.field} 与核验时所称的号码不一致`, { field: `${at}.idNumber` });
    out[g.field] = idNumber;
  }
  const missing = Object.keys(masked).filter((k) => out[k] === undefined);
  if (missing.length > 0)
    throw AppException.badInput(`请提供所称事实中 ${missing.join('、')} 的完整公民身份号码，供协查部门核实`, {
      field: 'claimIdNumbers',
      missing,
    });
  return out;
}

function idFieldsOf(claim: unknown): Record<string, string> {
  if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) return {};
  return Object.fromEntries(
    Object.entries(claim as Record<string, unknown>).filter(
      (e): e is [string, string] => isIdField(e[0]) && typeof e[1] === 'string',
    ),
  );
}

// Who the officer sees: the subject and each person the claim names, masked; a label from the
// claim schema's description (配偶公民身份号码 → 配偶).
function personsOf(row: AssistRow, fact: FactTypeRow | undefined): AssistPersonModel[] {
  const open = row.status === AssistStatus.OPEN && !!row.subjectSealed;
  const props = ((fact?.claimSchema as { properties?: Record<string, { description?: string }> } | undefined)
    ?.properties ?? {}) as Record<string, { description?: string }>;
  const others = Object.entries(idFieldsOf(row.verification.claim)).map(([field, masked]) => ({
    field,
    label: personLabel(props[field]?.description) ?? field,
    masked,
    // requests made before the claim's numbers were sealed have only the subject's
    revealable: open && !!row.claimSealed,
  }));
  return [{ field: SUBJECT_FIELD, label: '当事人', masked: row.subjectMasked, revealable: open }, ...others];
}

function personLabel(description: string | undefined): string | null {
  const label = description
    ?.replace(/[（(].*$/, '')
    .replace(/的?公民身份号码$/, '')
    .trim();
  return label || null;
}

function toModel(row: AssistRow, fact: FactTypeRow | undefined): AssistRequestModel {
  return {
    id: row.id,
    kind: row.kind as AssistKind,
    verificationId: row.verificationId,
    fromDepartment: row.fromDepartment,
    toDepartment: row.toDepartment,
    factType: row.factTypeCode,
    claim: row.verification.claim,
    subjectMasked: row.subjectMasked,
    persons: personsOf(row, fact),
    question: row.question,
    status: row.status as AssistStatus,
    dueAt: row.dueAt,
    answer: row.answer as AssistAnswer | null,
    note: row.note,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
  };
}

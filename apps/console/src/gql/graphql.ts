/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnswerAssistInput = {
  answer: AssistAnswer;
  id: string | number;
  /** 核实情况说明 */
  note: string;
};

export type AnswerObjectionInput = {
  /** 答复内容 */
  answer: string;
  /** 同时办结（居民看到“已办结”） */
  close?: boolean | null | undefined;
  id: string | number;
};

export type ApprovalAuthority =
  /** 环县人民政府 */
  | 'COUNTY_GOVERNMENT'
  /** 中共环县县委 */
  | 'COUNTY_PARTY_COMMITTEE';

export type AssistAnswer =
  /** 经核实属实 */
  | 'CONFIRMED'
  /** 经核实不属实 */
  | 'REFUTED'
  /** 无法核实 */
  | 'UNABLE';

export type AssistClaimIdNumberInput = {
  /** 所称事实中的字段名，如 spouseIdNumber */
  field: string;
  /** 该字段的完整公民身份号码（须与核验时所称一致） */
  idNumber: string;
};

export type AssistFilter = {
  kind?: AssistKind | null | undefined;
  status?: AssistStatus | null | undefined;
  /** 只看某次核验的协查 */
  verificationId?: string | number | null | undefined;
};

export type AssistKind =
  /** 部门间协查 */
  | 'ASSIST'
  /** 委托第三方核查 */
  | 'THIRD_PARTY';

export type AssistStatus =
  /** 已答复 */
  | 'ANSWERED'
  /** 已撤回 */
  | 'CANCELLED'
  /** 逾期未答复 */
  | 'EXPIRED'
  /** 待答复 */
  | 'OPEN';

export type AttemptOutcome =
  /** 数据源应答格式错误 */
  | 'BAD_RESPONSE'
  /** 数据源应答签名无效 */
  | 'BAD_SIGNATURE'
  /** 协查或第三方核查已撤回 */
  | 'CANCELLED'
  /** 数据源熔断中，未调用 */
  | 'CIRCUIT_OPEN'
  /** 当事人签署告知承诺 */
  | 'COMMITTED'
  /** 数据源确认属实 */
  | 'CONFIRMED'
  /** 数据源返回错误 */
  | 'ERROR'
  /** 协查或第三方逾期未答复 */
  | 'EXPIRED'
  /** 网关重启，调用中断 */
  | 'INTERRUPTED'
  /** 数据源报告姓名与公民身份号码不一致（不判定所称事实） */
  | 'NAME_MISMATCH'
  /** 数据源无此人记录 */
  | 'NO_RECORD'
  /** 数据源并发已满，未调用 */
  | 'OVERLOADED'
  /** 调用中 */
  | 'PENDING'
  /** 数据源确认不属实 */
  | 'REFUTED'
  /** 数据源已暂停，未调用 */
  | 'SUSPENDED'
  /** 数据源超时 */
  | 'TIMEOUT'
  /** 协查或第三方无法核实 */
  | 'UNABLE'
  /** 无法连接数据源 */
  | 'UNREACHABLE'
  /** 当事人撤回告知承诺 */
  | 'WITHDRAWN';

/** OK：已执行；REFUSED：被拒绝（未作任何更改）；FAILED：执行中出现意外错误（未作任何更改） */
export type AuditOutcome =
  | 'FAILED'
  | 'OK'
  | 'REFUSED';

export type AuditTrailFilter = {
  action?: string | null | undefined;
  actorSubject?: string | null | undefined;
  /** 起始时间（含） */
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  targetId?: string | null | undefined;
  targetType?: string | null | undefined;
  /** 截止时间（不含） */
  to?: string | null | undefined;
};

/** 熔断器状态 */
export type BreakerState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'OPEN';

export type BurdenFilter = {
  /** 起始日期（含），YYYY-MM-DD，北京时间 */
  from: string;
  /** 县、乡镇或社区区划代码（含下级社区） */
  regionCode: string;
  /** 截止日期（含），YYYY-MM-DD，北京时间；期间最长 3 年 */
  to: string;
};

export type CheckCommunityCertificateInput = {
  /** 证明事项编码，或居民所说的证明名称（如“住址证明”） */
  certificate: string;
  /** 社区（村）12 位区划代码 */
  communityCode: string;
};

/** ALLOWED：社区可出具；REFUSED：社区不应出具；AMBIGUOUS：居民所说可能是几项证明之一，须确认后重新核对 */
export type CheckDecision =
  | 'ALLOWED'
  | 'AMBIGUOUS'
  | 'REFUSED';

export type CheckReason =
  /** 该证明已取消 */
  | 'ABOLISHED'
  /** 可能对应几项证明事项（见 candidates），须社区工作人员与居民确认 */
  | 'AMBIGUOUS'
  /** 改由个人告知承诺 */
  | 'COMMITMENT'
  /** 改由数据共享核验 */
  | 'DATA_SHARING'
  /** 改由部门间协查核验 */
  | 'INTER_DEPARTMENT'
  /** 属于不应由社区承担的事项（负面清单） */
  | 'NEGATIVE_LIST'
  /** 不在社区可出具证明清单内 */
  | 'NOT_LISTED'
  /** 在社区可出具证明清单内 */
  | 'ON_PERMITTED_LIST';

export type CommitmentFilter = {
  /** 只看事后核查已到期（含逾期）的 */
  due?: boolean | null | undefined;
  status?: CommitmentStatus | null | undefined;
  /** 只看某次核验的承诺 */
  verificationId?: string | number | null | undefined;
};

export type CommitmentStatus =
  /** 事后核查不实（已记入信用记录） */
  | 'BREACHED'
  /** 事后核查属实 */
  | 'HONORED'
  /** 已告知，待当事人签署 */
  | 'OFFERED'
  /** 已签署，待事后核查 */
  | 'SIGNED'
  /** 当事人已撤回 */
  | 'WITHDRAWN';

/** 信用事件报送状态 */
export type CreditDeliveryStatus =
  /** 信用平台已确认接收 */
  | 'DELIVERED'
  /** 待报送（含报送失败等待重试） */
  | 'PENDING';

/** 报送信用平台的事件类型 */
export type CreditEventType =
  /** 新增失信（虚假承诺）记录 */
  | 'CREDIT_RECORD_CREATED'
  /** 信用修复 */
  | 'CREDIT_RECORD_REPAIRED';

export type DataSourceFilter = {
  factType?: string | null | undefined;
  providerDepartmentCode?: string | null | undefined;
  status?: SourceStatus | null | undefined;
};

export type DataUseFilter = {
  /** 起始时间（含） */
  from?: string | null | undefined;
  /** 只看这些种类 */
  kinds?: Array<DataUseKind> | null | undefined;
  /** 截止时间（不含） */
  to?: string | null | undefined;
};

/** 数据使用记录的种类 */
export type DataUseKind =
  /** 协查人员查看了我的身份号码 */
  | 'ASSIST_REVEAL'
  /** 告知承诺 */
  | 'COMMITMENT'
  /** 信用记录 */
  | 'CREDIT_RECORD'
  /** 我作为亲属、配偶或对方在他人的核验中被提及 */
  | 'NAMED_IN_VERIFICATION'
  /** 事后核查 */
  | 'POST_VERIFICATION'
  /** 核验了我的事实 */
  | 'VERIFICATION';

export type DelegateFactTypeInput = {
  /** 受托部门编码 */
  delegateDepartmentCode: string;
  /** 本部门主管的事实类型编码 */
  factType: string;
  /** 委托依据或原因（200 字以内） */
  reason: string;
};

/** 政府部门或受委托第三方 */
export type DepartmentKind =
  | 'GOVERNMENT'
  | 'THIRD_PARTY';

/** 证明事项的处置方式 */
export type Disposition =
  /** 已取消，不再索要 */
  | 'ABOLISHED'
  /** 以个人书面告知承诺替代 */
  | 'COMMITMENT'
  /** 列入清单，社区可据实出具 */
  | 'COMMUNITY_PERMITTED'
  /** 通过数据共享核验 */
  | 'DATA_SHARING'
  /** 部门间协查核验 */
  | 'INTER_DEPARTMENT';

export type FactClaimInput = {
  claim: unknown;
  factType: string;
};

/** 证明事项的事实分组方式 */
export type FactGroupKind =
  /** 组内事实须全部核验 */
  | 'ALL_OF'
  /** 组内事实核验其中任一即可 */
  | 'ANY_OF';

export type FactTypeDelegationFilter = {
  /** 只列出仍有效的委托 */
  activeOnly?: boolean | null | undefined;
  factType?: string | null | undefined;
};

export type IssueCommunityCertificateInput = {
  /** 证明事项编码（须在社区可出具证明清单内） */
  certificateCode: string;
  /** 社区（村）12 位区划代码 */
  communityCode: string;
  /** 证明内容（社区核实后据实填写，不含身份号码） */
  content: string;
  /** 当事人公民身份号码（只保存脱敏形式与密钥哈希） */
  idNumber: string;
  /** 用途 */
  purpose: string;
};

export type IssuedCertificateFilter = {
  /** 编号（或其中一段，如年度-序号） */
  serial?: string | null | undefined;
  /** ISSUED：有效；REVOKED：已撤销 */
  status?: string | null | undefined;
};

/** 社区清单种类 */
export type ListKind =
  /** 社区组织依法协助政府工作事项清单（附件2） */
  | 'ASSIST'
  /** 社区组织依法履行职责事项清单（附件1） */
  | 'DUTY'
  /** 社区组织填报表格清单 */
  | 'FORM'
  /** 不应由社区组织承担的事项清单（附件3，负面清单） */
  | 'NEGATIVE'
  /** 社区可出具证明事项清单 */
  | 'PERMITTED_CERTIFICATE';

export type ManualCheckResult =
  /** 经人工核实属实 */
  | 'CONFIRMED'
  /** 经人工核实不属实 */
  | 'REFUTED';

export type ObjectionCaseFilter = {
  status?: ObjectionStatus | null | undefined;
};

export type ObjectionStatus =
  /** 已答复 */
  | 'ANSWERED'
  /** 已办结 */
  | 'CLOSED'
  /** 待答复 */
  | 'OPEN';

export type OfferCommitmentInput = {
  /** 是否公开承诺（默认不公开） */
  disclosed?: boolean | null | undefined;
  /** 当事人公民身份号码（须与核验对象一致） */
  idNumber: string;
  verificationId: string | number;
};

export type PostVerificationResult =
  /** 承诺不实 */
  | 'BREACHED'
  /** 承诺属实 */
  | 'HONORED';

export type PostVerifyCommitmentInput = {
  /** 核查依据与情况 */
  evidence: string;
  id: string | number;
  result: PostVerificationResult;
};

export type RaiseObjectionInput = {
  /** 数据使用记录编号（DataUseEntry.id） */
  entryId: string | number;
  /** 质疑内容（不要填写身份号码） */
  text: string;
};

/** 县委、县政府对准入申请的批准（或不予批准） */
export type RecordCountyApprovalInput = {
  /** true：批准，发布新版清单；false：不予批准 */
  approved: boolean;
  /** 批准日期 YYYY-MM-DD */
  approvedOn: string;
  authority: ApprovalAuthority;
  /** 批准文件文号，如 环政发〔2026〕12号 */
  documentNumber: string;
  /** 新版清单生效日期 YYYY-MM-DD（批准时必填，不早于今天） */
  effectiveFrom?: string | null | undefined;
  id: string | number;
  /** 说明 */
  reason: string;
};

export type RecordFormFilingInput = {
  communityCode: string;
  /** 表格名称（须与填报表格清单一致） */
  form: string;
  /** 填报期：按月 YYYY-MM、按季 YYYY-Qn、按半年 YYYY-Hn、按年 YYYY */
  period: string;
};

/** 办理部门的人工核实（已无其他核验途径时） */
export type RecordManualCheckInput = {
  /** 核实人（姓名或工号） */
  checkedBy: string;
  /** 证据材料的存档编号或位置 */
  evidenceRef: string;
  /** 核实所见（查看了什么材料、什么情况）；不得填写公民身份号码 */
  observed: string;
  result: ManualCheckResult;
  verificationId: string | number;
};

/** 行政区划层级：县、乡镇、社区（村） */
export type RegionLevel =
  | 'COMMUNITY'
  | 'COUNTY'
  | 'TOWNSHIP';

export type RegisterDataSourceInput = {
  /** 调用数据源时使用的访问凭据（只写） */
  authSecret?: string | null | undefined;
  /** 数据源编码（大写字母、数字、下划线） */
  code: string;
  /** 核验接口地址（POST） */
  endpoint: string;
  factTypes: Array<string>;
  /** 数据源应答签名公钥集地址（JWKS） */
  jwksUrl?: string | null | undefined;
  /** 最大并发调用数 */
  maxConcurrency?: number | null | undefined;
  name: string;
  /** 数据源应答签名公钥（JWK）；与 jwksUrl 须登记其一（仅开发环境可配置为允许不签名的数据源） */
  publicKeyJwk?: unknown;
  /** 超时（毫秒） */
  timeoutMs?: number | null | undefined;
};

export type RequestAssistInput = {
  /** 所称事实中其他人的完整公民身份号码（配偶、亲属、户主等），所称事实中有几个须提供几个；密封保存，结案即删除 */
  claimIdNumbers?: Array<AssistClaimIdNumberInput> | null | undefined;
  /** 当事人公民身份号码：须与核验对象一致，密封保存供协查部门查找，结案即删除 */
  idNumber: string;
  /** 需要协查部门核实的问题（默认按事实类型生成） */
  question?: string | null | undefined;
  verificationId: string | number;
};

export type ReviewDecision =
  /** 审核通过 */
  | 'PASS'
  /** 不予通过 */
  | 'REJECT';

export type ReviewWorkAccessInput = {
  decision: ReviewDecision;
  id: string | number;
  /** 审核意见（不予通过须说明理由） */
  reason: string;
  /** CIVIL_AFFAIRS_REVIEW（LIST_ADMIN）或 ORGANIZATION_REVIEW（REVIEWER） */
  step: WorkAccessStep;
};

export type SignByLinkInput = {
  /** 所读告知书的 SHA-256（noticeHash） */
  acceptedNoticeHash: string;
  /** 屏幕手写签名图像的 SHA-256（可选） */
  signatureHash?: string | null | undefined;
  /** 手写签名图像的存放编号（可选，与 signatureHash 同时提供） */
  signatureRef?: string | null | undefined;
  /** 一次性令牌 */
  token: string;
};

export type SignCommitmentInput = {
  /** 当事人所见告知书的 SHA-256（即 noticeHash） */
  acceptedNoticeHash: string;
  /** 签名证据（签名图像、扫描件或电子签名）的 SHA-256 */
  evidenceHash: string;
  /** 签名证据的存放位置或编号 */
  evidenceRef: string;
  id: string | number;
  method: SignatureMethod;
  /** 签署人的公民身份号码：须为当事人本人，不得代签 */
  signerIdNumber: string;
};

export type SignatureMethod =
  /** 电子签名 */
  | 'ELECTRONIC_SIGNATURE'
  /** 纸质签名扫描件 */
  | 'HANDWRITTEN_SCAN'
  /** 窗口屏幕手写签名 */
  | 'ON_SCREEN';

export type SourceAnswer =
  /** 否（不属实） */
  | 'NO'
  /** 未答复（超时、故障等） */
  | 'NO_ANSWER'
  /** 无登记 */
  | 'NO_RECORD'
  /** 是（属实） */
  | 'YES';

/** ACTIVE：启用；SUSPENDED：已暂停（不再被调用） */
export type SourceStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type SubjectInput = {
  /** 公民身份号码（18 位）；只用于向数据源核验，不落盘、不写日志 */
  idNumber: string;
  /** 姓名（可选，数据源可一并比对） */
  name?: string | null | undefined;
};

export type TokenStatus =
  /** 事后核查发现承诺不实 */
  | 'BREACHED'
  /** 已撤销 */
  | 'REVOKED'
  /** 已被后续核验结果取代 */
  | 'SUPERSEDED'
  /** 有效 */
  | 'VALID'
  /** 当事人已撤回承诺 */
  | 'WITHDRAWN';

export type TrendGranularity =
  /** 按日 */
  | 'DAY'
  /** 按自然月 */
  | 'MONTH'
  /** 按周（周一起） */
  | 'WEEK';

export type UpdateDataSourceInput = {
  /** 新的访问凭据（只写）；传空字符串表示清除 */
  authSecret?: string | null | undefined;
  endpoint?: string | null | undefined;
  factTypes?: Array<string> | null | undefined;
  id: string | number;
  jwksUrl?: string | null | undefined;
  maxConcurrency?: number | null | undefined;
  name?: string | null | undefined;
  publicKeyJwk?: unknown;
  timeoutMs?: number | null | undefined;
};

export type VerificationFilter = {
  factType?: string | null | undefined;
  /** 起始时间（含） */
  from?: string | null | undefined;
  outcome?: VerificationOutcome | null | undefined;
  /** 当事人公民身份号码：只用于按密钥哈希查找，不落盘、不写日志 */
  subjectIdNumber?: string | null | undefined;
  /** 截止时间（不含） */
  to?: string | null | undefined;
};

export type VerificationOutcome =
  /** 以当事人签署的告知承诺代替证明（事后核查） */
  | 'COMMITTED'
  /** 所称事实属实 */
  | 'CONFIRMED'
  /** 姓名与公民身份号码不一致：所称事实未判定，请核对姓名后重新核验 */
  | 'NAME_MISMATCH'
  /** 所称事实不属实 */
  | 'REFUTED'
  /** 数据源暂时无法访问：不转协查，于 retryAfter 之后以同一幂等键重试 */
  | 'UNAVAILABLE'
  /** 共享数据无法判定，转下一核验途径 */
  | 'UNRESOLVED';

export type VerificationRoute =
  /** 个人告知承诺 */
  | 'COMMITMENT'
  /** 数据共享核验 */
  | 'DATA_SHARING'
  /** 部门间协查 */
  | 'INTER_DEPARTMENT'
  /** 办理部门人工核实（已无其他核验途径时） */
  | 'MANUAL'
  /** 委托第三方或审批部门核查 */
  | 'THIRD_PARTY';

export type VerificationStatus =
  /** 已完成 */
  | 'DONE'
  /** 网关中断，未完成；以同一幂等键重新提交可继续 */
  | 'INTERRUPTED'
  /** 核验中 */
  | 'RUNNING';

export type VerifyCertificateInput = {
  /** 证明事项编码 */
  certificateCode: string;
  /** 当事人居住社区（村）的 12 位区划代码（可选）：减负监测据此统计社区少开的证明 */
  communityCode?: string | null | undefined;
  /** 该证明所需每项事实的所称内容 */
  facts: Array<FactClaimInput>;
  /** 幂等键：同一部门同一键只核验一次 */
  idempotencyKey: string;
  /** 办理事项 */
  matter: string;
  /** 核验目的 */
  purpose: string;
  subject: SubjectInput;
};

export type VerifyFactInput = {
  /** 所称事实（结构见事实类型的 claimSchema） */
  claim: unknown;
  /** 当事人居住社区（村）的 12 位区划代码（可选）：减负监测据此统计社区少开的证明 */
  communityCode?: string | null | undefined;
  /** 事实类型编码 */
  factType: string;
  /** 幂等键：同一部门同一键只核验一次 */
  idempotencyKey: string;
  /** 办理事项 */
  matter: string;
  /** 核验目的 */
  purpose: string;
  subject: SubjectInput;
};

export type WorkAccessAction =
  /** 将事项纳入清单 */
  | 'ADD'
  /** 将事项移出清单 */
  | 'REMOVE';

export type WorkAccessFilter = {
  /** 申请部门编码 */
  applicantDepartment?: string | null | undefined;
  listKind?: ListKind | null | undefined;
  status?: WorkAccessStatus | null | undefined;
};

/** 社区工作准入申请状态 */
export type WorkAccessStatus =
  /** 民政部门审核通过，待县委组织部审核 */
  | 'CIVIL_AFFAIRS_PASSED'
  /** 组织部门审核通过，待报县委、县政府批准 */
  | 'ORGANIZATION_PASSED'
  /** 已批准并发布为新版清单 */
  | 'PUBLISHED'
  /** 未通过 */
  | 'REJECTED'
  /** 已提交，待县民政局审核 */
  | 'SUBMITTED'
  /** 申请部门已撤回 */
  | 'WITHDRAWN';

export type WorkAccessStep =
  /** 县民政局审核 */
  | 'CIVIL_AFFAIRS_REVIEW'
  /** 县委、县政府批准 */
  | 'COUNTY_APPROVAL'
  /** 县委组织部审核 */
  | 'ORGANIZATION_REVIEW'
  /** 部门提出申请 */
  | 'SUBMIT'
  /** 申请部门撤回 */
  | 'WITHDRAW';

export type WorkAccessStepDecision =
  | 'APPROVED'
  | 'PASSED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type AssistInboxQueryVariables = Exact<{
  filter?: AssistFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssistInboxQuery = { assistRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AssistKind, factType: string, question: string, claim: unknown, subjectMasked: string, fromDepartment: string, toDepartment: string, status: AssistStatus, answer: AssistAnswer | null, note: string | null, dueAt: string, createdAt: string, closedAt: string | null, persons: Array<{ field: string, label: string, masked: string, revealable: boolean }> }> } };

export type RevealSubjectMutationVariables = Exact<{
  id: string | number;
  field?: string | null | undefined;
}>;


export type RevealSubjectMutation = { revealAssistSubject: string };

export type AnswerAssistMutationVariables = Exact<{
  input: AnswerAssistInput;
}>;


export type AnswerAssistMutation = { answerAssistRequest: { id: string, status: AssistStatus, answer: AssistAnswer | null, note: string | null, closedAt: string | null } };

export type FactTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type FactTypesQuery = { factTypes: Array<{ code: string, name: string, description: string, claimSchema: unknown, commitmentAllowed: boolean, thirdPartyAllowed: boolean, postVerifyDays: number | null, assistDueHours: number, ownerDepartment: { code: string, name: string } }> };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ code: string, name: string, shortName: string | null, kind: DepartmentKind }> };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string, name: string, level: RegionLevel, parentCode: string | null }> };

export type CertificateTypesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CertificateTypesQuery = { certificateTypes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, aliases: Array<string>, disposition: Disposition, legalBasis: string, description: string, factTypes: Array<{ code: string, name: string }>, factGroups: Array<{ kind: FactGroupKind, factTypes: Array<string> }> }> } };

export type CommitmentFieldsFragment = { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null };

export type OfferCommitmentMutationVariables = Exact<{
  input: OfferCommitmentInput;
}>;


export type OfferCommitmentMutation = { offerCommitment: { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null } };

export type SignCommitmentMutationVariables = Exact<{
  input: SignCommitmentInput;
}>;


export type SignCommitmentMutation = { signCommitment: { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null } };

export type WithdrawCommitmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawCommitmentMutation = { withdrawCommitment: { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null } };

export type CommitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitmentQuery = { commitment: { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null } };

export type CommitmentsQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CommitmentsQuery = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null }> } };

export type PostVerifyMutationVariables = Exact<{
  input: PostVerifyCommitmentInput;
}>;


export type PostVerifyMutation = { recordPostVerification: { id: string, verificationId: string, factType: string, subjectMasked: string, status: CommitmentStatus, noticeText: string, noticeVersion: string, noticeHash: string, disclosed: boolean, record: string | null, signatureMethod: SignatureMethod | null, evidenceRef: string | null, signedAt: string | null, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, overdue: boolean, withdrawReason: string | null, requesterDepartment: string, createdAt: string, recordStatus: { status: TokenStatus, changedAt: string | null, reasonText: string | null } | null } };

export type CheckCertificateMutationVariables = Exact<{
  input: CheckCommunityCertificateInput;
}>;


export type CheckCertificateMutation = { checkCommunityCertificate: { id: string, certificateInput: string, decision: CheckDecision, reason: CheckReason, guidance: string, legalBasis: string, checkedAt: string, community: { code: string, name: string }, certificateType: { code: string, name: string, disposition: Disposition } | null, listVersion: { kind: ListKind, version: number, title: string } | null, negativeListItem: { seq: number, category: string | null, content: string, reason: string | null } | null, candidates: Array<{ code: string, name: string, decision: CheckDecision, reason: CheckReason, matchedOn: string, explanation: string }> } };

export type IssuedCertificateFieldsFragment = { id: string, serial: string, communityCode: string, certificateCode: string, subjectMasked: string, purpose: string, content: string, qr: string, status: string, issuedAt: string, revokedAt: string | null, revokeReason: string | null };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCommunityCertificateInput;
}>;


export type IssueCertificateMutation = { issueCommunityCertificate: { id: string, serial: string, communityCode: string, certificateCode: string, subjectMasked: string, purpose: string, content: string, qr: string, status: string, issuedAt: string, revokedAt: string | null, revokeReason: string | null } };

export type IssuedCertificatesQueryVariables = Exact<{
  filter?: IssuedCertificateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IssuedCertificatesQuery = { issuedCertificates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, serial: string, communityCode: string, certificateCode: string, subjectMasked: string, purpose: string, content: string, qr: string, status: string, issuedAt: string, revokedAt: string | null, revokeReason: string | null }> } };

export type RevokeCertificateMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeCertificateMutation = { revokeCommunityCertificate: { id: string, serial: string, communityCode: string, certificateCode: string, subjectMasked: string, purpose: string, content: string, qr: string, status: string, issuedAt: string, revokedAt: string | null, revokeReason: string | null } };

export type RecordFormFilingMutationVariables = Exact<{
  input: RecordFormFilingInput;
}>;


export type RecordFormFilingMutation = { recordFormFiling: { id: string, formName: string, period: string, filedAt: string } };

export type CommunityListQueryVariables = Exact<{
  kind: ListKind;
  version?: number | null | undefined;
  at?: string | null | undefined;
}>;


export type CommunityListQuery = { communityList: { id: string, kind: ListKind, version: number, title: string, source: string, effectiveFrom: string, publishedAt: string, changeSummary: string | null, isSample: boolean, items: Array<{ seq: number, content: string, legalBasis: string, category: string | null, reason: string | null, certificateCode: string | null, departmentCode: string | null, frequency: string | null }> } };

export type ListHistoryQueryVariables = Exact<{
  kind: ListKind;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListHistoryQuery = { listHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ListKind, version: number, title: string, effectiveFrom: string, effectiveTo: string | null, inForce: boolean, itemCount: number, changeSummary: string | null, publishedAt: string, applicationId: string | null }> } };

export type WorkAccessFieldsFragment = { id: string, listKind: ListKind, action: WorkAccessAction, status: WorkAccessStatus, content: string, legalBasis: string, funding: string, workingConditions: string, justification: string, certificateCode: string | null, frequency: string | null, itemSeq: number | null, baseVersion: number, applicantDepartment: string, createdAt: string, updatedAt: string, approvalAuthority: ApprovalAuthority | null, approvalDocument: string | null, approvedOn: string | null, effectiveFrom: string | null, listVersion: { kind: ListKind, version: number } | null, steps: Array<{ step: WorkAccessStep, decision: WorkAccessStepDecision, reason: string, actorDepartment: string | null, actorSubject: string, at: string }> };

export type WorkAccessApplicationsQueryVariables = Exact<{
  filter?: WorkAccessFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkAccessApplicationsQuery = { workAccessApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, listKind: ListKind, action: WorkAccessAction, status: WorkAccessStatus, content: string, legalBasis: string, funding: string, workingConditions: string, justification: string, certificateCode: string | null, frequency: string | null, itemSeq: number | null, baseVersion: number, applicantDepartment: string, createdAt: string, updatedAt: string, approvalAuthority: ApprovalAuthority | null, approvalDocument: string | null, approvedOn: string | null, effectiveFrom: string | null, listVersion: { kind: ListKind, version: number } | null, steps: Array<{ step: WorkAccessStep, decision: WorkAccessStepDecision, reason: string, actorDepartment: string | null, actorSubject: string, at: string }> }> } };

export type WorkAccessApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkAccessApplicationQuery = { workAccessApplication: { id: string, listKind: ListKind, action: WorkAccessAction, status: WorkAccessStatus, content: string, legalBasis: string, funding: string, workingConditions: string, justification: string, certificateCode: string | null, frequency: string | null, itemSeq: number | null, baseVersion: number, applicantDepartment: string, createdAt: string, updatedAt: string, approvalAuthority: ApprovalAuthority | null, approvalDocument: string | null, approvedOn: string | null, effectiveFrom: string | null, listVersion: { kind: ListKind, version: number } | null, steps: Array<{ step: WorkAccessStep, decision: WorkAccessStepDecision, reason: string, actorDepartment: string | null, actorSubject: string, at: string }> } };

export type ReviewWorkAccessMutationVariables = Exact<{
  input: ReviewWorkAccessInput;
}>;


export type ReviewWorkAccessMutation = { reviewWorkAccessApplication: { id: string, listKind: ListKind, action: WorkAccessAction, status: WorkAccessStatus, content: string, legalBasis: string, funding: string, workingConditions: string, justification: string, certificateCode: string | null, frequency: string | null, itemSeq: number | null, baseVersion: number, applicantDepartment: string, createdAt: string, updatedAt: string, approvalAuthority: ApprovalAuthority | null, approvalDocument: string | null, approvedOn: string | null, effectiveFrom: string | null, listVersion: { kind: ListKind, version: number } | null, steps: Array<{ step: WorkAccessStep, decision: WorkAccessStepDecision, reason: string, actorDepartment: string | null, actorSubject: string, at: string }> } };

export type RecordApprovalMutationVariables = Exact<{
  input: RecordCountyApprovalInput;
}>;


export type RecordApprovalMutation = { recordWorkAccessApproval: { id: string, listKind: ListKind, action: WorkAccessAction, status: WorkAccessStatus, content: string, legalBasis: string, funding: string, workingConditions: string, justification: string, certificateCode: string | null, frequency: string | null, itemSeq: number | null, baseVersion: number, applicantDepartment: string, createdAt: string, updatedAt: string, approvalAuthority: ApprovalAuthority | null, approvalDocument: string | null, approvedOn: string | null, effectiveFrom: string | null, listVersion: { kind: ListKind, version: number } | null, steps: Array<{ step: WorkAccessStep, decision: WorkAccessStepDecision, reason: string, actorDepartment: string | null, actorSubject: string, at: string }> } };

export type BurdenReportQueryVariables = Exact<{
  filter: BurdenFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BurdenReportQuery = { burdenReport: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ communityCode: string, communityName: string, checksAllowed: number, checksRefused: number, certificatesIssued: number, certificatesRevoked: number, formsFiled: number, assistRequested: number, assistAnswered: number, assistOverdue: number, verifiedBySharedData: number, verifiedByOtherRoutes: number, sharedDataShare: number | null }> } };

export type BurdenTotalsQueryVariables = Exact<{
  filter: BurdenFilter;
}>;


export type BurdenTotalsQuery = { burdenTotals: { regionCode: string, regionName: string, from: string, to: string, communities: number, checksAllowed: number, checksRefused: number, certificatesIssued: number, certificatesRevoked: number, formsFiled: number, assistRequested: number, assistAnswered: number, assistOverdue: number, verifiedBySharedData: number, verifiedByOtherRoutes: number, sharedDataShare: number | null, refusedByReason: Array<{ reason: CheckReason, count: number }> } };

export type BurdenTrendQueryVariables = Exact<{
  filter: BurdenFilter;
  granularity: TrendGranularity;
}>;


export type BurdenTrendQuery = { burdenTrend: Array<{ start: string, end: string, checksAllowed: number, checksRefused: number, certificatesIssued: number, verifiedBySharedData: number, verifiedByOtherRoutes: number, sharedDataShare: number | null }> };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ seq: number | null, at: string, action: string, outcome: AuditOutcome, actorSubject: string, actorDepartment: string | null, actorRoles: Array<string>, targetType: string, targetId: string | null, requestId: string | null, detail: unknown, hash: string | null }> } };

export type AuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainQuery = { verifyAuditChain: { valid: boolean, eventCount: number, brokenAtSeq: number | null, problem: string | null } };

export type CreditDeliveriesQueryVariables = Exact<{
  status?: CreditDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditDeliveriesQuery = { creditDeliverySummary: { pending: number, delivered: number, oldestPendingAt: string | null }, creditDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: CreditEventType, status: CreditDeliveryStatus, attempts: number, lastError: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string }> } };

export type VerifyReceiptQueryVariables = Exact<{
  token: string;
}>;


export type VerifyReceiptQuery = { verifyReceipt: { valid: boolean, problem: string | null, outcome: VerificationOutcome | null, factType: string | null, source: string | null, subjectMasked: string | null, issuedAt: string | null, keyId: string | null, verificationId: string | null, payload: unknown, status: { status: TokenStatus, changedAt: string | null, reason: string | null, reasonText: string | null } | null } };

export type VerifyCommitmentRecordQueryVariables = Exact<{
  token: string;
}>;


export type VerifyCommitmentRecordQuery = { verifyCommitmentRecord: { valid: boolean, problem: string | null, commitmentId: string | null, subjectMasked: string | null, noticeHash: string | null, signedAt: string | null, status: { status: TokenStatus, changedAt: string | null, reason: string | null, reasonText: string | null } | null } };

export type VerifyCommunityCertificateQueryVariables = Exact<{
  token: string;
}>;


export type VerifyCommunityCertificateQuery = { verifyCommunityCertificate: { valid: boolean, problem: string | null, serial: string | null, certificateName: string | null, communityName: string | null, subjectMasked: string | null, content: string | null, issuedAt: string | null, revoked: boolean, status: { status: TokenStatus, changedAt: string | null, reason: string | null, reasonText: string | null } | null } };

export type ResidentMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentMeQuery = { residentMe: { subjectMasked: string, name: string } };

export type MyDataUsesQueryVariables = Exact<{
  filter?: DataUseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyDataUsesQuery = { myDataUses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: DataUseKind, at: string, department: string | null, window: string | null, matter: string | null, purpose: string | null, fact: string | null, namedAs: string | null, result: string | null, objection: ObjectionStatus | null, sources: Array<{ source: string, department: string | null, answer: SourceAnswer }> }> } };

export type RaiseObjectionMutationVariables = Exact<{
  input: RaiseObjectionInput;
}>;


export type RaiseObjectionMutation = { raiseObjection: { id: string, status: ObjectionStatus } };

export type MyOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOutcomesQuery = { myCommitments: Array<{ id: string, fact: string, department: string, matter: string | null, status: CommitmentStatus, statusText: string, signedAt: string | null, offeredAt: string, postVerifyDueAt: string | null, postResult: PostVerificationResult | null, postVerifiedAt: string | null, canWithdraw: boolean, record: string | null }>, myCreditRecords: Array<{ id: string, reason: string, createdAt: string, repairedAt: string | null, blocks: string, repair: string }>, myCertificates: Array<{ id: string, serial: string, certificate: string, community: string, content: string, purpose: string, issuedAt: string, status: string, revokeReason: string | null, token: string }>, myObjections: Array<{ id: string, entryKind: DataUseKind, text: string, status: ObjectionStatus, answer: string | null, answeredAt: string | null, createdAt: string }> };

export type WithdrawMyCommitmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawMyCommitmentMutation = { withdrawMyCommitment: { id: string, status: CommitmentStatus } };

export type CommitmentSignLinkQueryVariables = Exact<{
  token: string;
}>;


export type CommitmentSignLinkQuery = { commitmentSignLink: { commitmentId: string, fact: string, department: string, matter: string | null, noticeText: string, noticeVersion: string, noticeHash: string, expiresAt: string } };

export type SignCommitmentByLinkMutationVariables = Exact<{
  input: SignByLinkInput;
}>;


export type SignCommitmentByLinkMutation = { signCommitmentByLink: { id: string, status: CommitmentStatus, statusText: string } };

export type CreateCommitmentSignLinkMutationVariables = Exact<{
  commitmentId: string | number;
}>;


export type CreateCommitmentSignLinkMutation = { createCommitmentSignLink: { token: string, path: string, expiresAt: string } };

export type ResidentObjectionsQueryVariables = Exact<{
  filter?: ObjectionCaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResidentObjectionsQuery = { residentObjections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, status: ObjectionStatus, answer: string | null, createdAt: string, subjectMasked: string, entry: { kind: DataUseKind, at: string, department: string | null, window: string | null, matter: string | null, fact: string | null, result: string | null } | null, trail: Array<{ at: string, action: string, actorSubject: string, actorDepartment: string | null, outcome: string }> }> } };

export type AnswerResidentObjectionMutationVariables = Exact<{
  input: AnswerObjectionInput;
}>;


export type AnswerResidentObjectionMutation = { answerResidentObjection: { id: string, status: ObjectionStatus } };

export type DataSourceFieldsFragment = { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } };

export type DataSourcesQueryVariables = Exact<{
  filter?: DataSourceFilter | null | undefined;
}>;


export type DataSourcesQuery = { dataSources: Array<{ id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } }> };

export type SourceNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceNamesQuery = { dataSources: Array<{ code: string, name: string, providerDepartment: { name: string } }> };

export type RegisterSourceMutationVariables = Exact<{
  input: RegisterDataSourceInput;
}>;


export type RegisterSourceMutation = { registerDataSource: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateDataSourceInput;
}>;


export type UpdateSourceMutation = { updateDataSource: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type SuspendSourceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendSourceMutation = { suspendDataSource: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type ReactivateSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateSourceMutation = { reactivateDataSource: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type ProbeSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type ProbeSourceMutation = { probeDataSource: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type GrantSourceMutationVariables = Exact<{
  sourceId: string | number;
  department: string;
}>;


export type GrantSourceMutation = { grantSourceAccess: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type RevokeSourceGrantMutationVariables = Exact<{
  sourceId: string | number;
  department: string;
}>;


export type RevokeSourceGrantMutation = { revokeSourceAccess: { id: string, code: string, name: string, endpoint: string, healthUrl: string, jwksUrl: string | null, factTypes: Array<string>, status: SourceStatus, statusReason: string | null, timeoutMs: number, maxConcurrency: number, hasAuthSecret: boolean, signsResponses: boolean, updatedAt: string, providerDepartment: { code: string, name: string }, grantedDepartments: Array<{ code: string, name: string }>, lastProbe: { at: string, ok: boolean, latencyMs: number | null, message: string | null } | null, stats: { calls: number, failures: number, errorRate: number, p50LatencyMs: number | null, p95LatencyMs: number | null, breaker: BreakerState } } };

export type FactTypeDelegationFieldsFragment = { id: string, factType: string, reason: string, active: boolean, grantedAt: string, grantedBy: string, revokedAt: string | null, revokedBy: string | null, revokeReason: string | null, ownerDepartment: { code: string, name: string }, delegateDepartment: { code: string, name: string } };

export type FactTypeDelegationsQueryVariables = Exact<{
  filter?: FactTypeDelegationFilter | null | undefined;
}>;


export type FactTypeDelegationsQuery = { factTypeDelegations: Array<{ id: string, factType: string, reason: string, active: boolean, grantedAt: string, grantedBy: string, revokedAt: string | null, revokedBy: string | null, revokeReason: string | null, ownerDepartment: { code: string, name: string }, delegateDepartment: { code: string, name: string } }> };

export type DelegateFactTypeMutationVariables = Exact<{
  input: DelegateFactTypeInput;
}>;


export type DelegateFactTypeMutation = { delegateFactType: { id: string, factType: string, reason: string, active: boolean, grantedAt: string, grantedBy: string, revokedAt: string | null, revokedBy: string | null, revokeReason: string | null, ownerDepartment: { code: string, name: string }, delegateDepartment: { code: string, name: string } } };

export type RevokeFactTypeDelegationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeFactTypeDelegationMutation = { revokeFactTypeDelegation: { id: string, factType: string, reason: string, active: boolean, grantedAt: string, grantedBy: string, revokedAt: string | null, revokedBy: string | null, revokeReason: string | null, ownerDepartment: { code: string, name: string }, delegateDepartment: { code: string, name: string } } };

export type VerificationFieldsFragment = { id: string, factType: string, certificateCode: string | null, matter: string, purpose: string, subjectMasked: string, claim: unknown, communityCode: string | null, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, fallbackRoutes: Array<VerificationRoute>, reason: string | null, retryAfter: string | null, source: string | null, recordAsOf: string | null, receipt: string | null, requesterDepartment: string, createdAt: string, finishedAt: string | null, ownerDepartment: { code: string, name: string } | null, attempts: Array<{ id: string, route: VerificationRoute, source: string | null, outcome: AttemptOutcome, latencyMs: number | null, reason: string | null, recordAsOf: string | null, startedAt: string }> };

export type VerifyFactMutationVariables = Exact<{
  input: VerifyFactInput;
}>;


export type VerifyFactMutation = { verifyFact: { id: string, factType: string, certificateCode: string | null, matter: string, purpose: string, subjectMasked: string, claim: unknown, communityCode: string | null, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, fallbackRoutes: Array<VerificationRoute>, reason: string | null, retryAfter: string | null, source: string | null, recordAsOf: string | null, receipt: string | null, requesterDepartment: string, createdAt: string, finishedAt: string | null, ownerDepartment: { code: string, name: string } | null, attempts: Array<{ id: string, route: VerificationRoute, source: string | null, outcome: AttemptOutcome, latencyMs: number | null, reason: string | null, recordAsOf: string | null, startedAt: string }> } };

export type VerifyCertificateMutationVariables = Exact<{
  input: VerifyCertificateInput;
}>;


export type VerifyCertificateMutation = { verifyCertificate: { outcome: VerificationOutcome, certificate: { code: string, name: string }, verifications: Array<{ id: string, factType: string, certificateCode: string | null, matter: string, purpose: string, subjectMasked: string, claim: unknown, communityCode: string | null, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, fallbackRoutes: Array<VerificationRoute>, reason: string | null, retryAfter: string | null, source: string | null, recordAsOf: string | null, receipt: string | null, requesterDepartment: string, createdAt: string, finishedAt: string | null, ownerDepartment: { code: string, name: string } | null, attempts: Array<{ id: string, route: VerificationRoute, source: string | null, outcome: AttemptOutcome, latencyMs: number | null, reason: string | null, recordAsOf: string | null, startedAt: string }> }> } };

export type VerificationQueryVariables = Exact<{
  id: string | number;
}>;


export type VerificationQuery = { verification: { id: string, factType: string, certificateCode: string | null, matter: string, purpose: string, subjectMasked: string, claim: unknown, communityCode: string | null, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, fallbackRoutes: Array<VerificationRoute>, reason: string | null, retryAfter: string | null, source: string | null, recordAsOf: string | null, receipt: string | null, requesterDepartment: string, createdAt: string, finishedAt: string | null, ownerDepartment: { code: string, name: string } | null, attempts: Array<{ id: string, route: VerificationRoute, source: string | null, outcome: AttemptOutcome, latencyMs: number | null, reason: string | null, recordAsOf: string | null, startedAt: string }> } };

export type VerificationsQueryVariables = Exact<{
  filter?: VerificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VerificationsQuery = { verifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, factType: string, matter: string, subjectMasked: string, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, source: string | null, createdAt: string }> } };

export type RequestAssistMutationVariables = Exact<{
  input: RequestAssistInput;
}>;


export type RequestAssistMutation = { requestAssist: { id: string, kind: AssistKind, toDepartment: string, dueAt: string, status: AssistStatus } };

export type VerificationAssistsQueryVariables = Exact<{
  verificationId: string | number;
}>;


export type VerificationAssistsQuery = { assistRequests: { nodes: Array<{ id: string, kind: AssistKind, verificationId: string, toDepartment: string, status: AssistStatus, answer: AssistAnswer | null, note: string | null, dueAt: string, createdAt: string, closedAt: string | null }> } };

export type CancelAssistMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelAssistMutation = { cancelAssistRequest: { id: string, status: AssistStatus } };

export type RecordManualCheckMutationVariables = Exact<{
  input: RecordManualCheckInput;
}>;


export type RecordManualCheckMutation = { recordManualCheck: { id: string, factType: string, certificateCode: string | null, matter: string, purpose: string, subjectMasked: string, claim: unknown, communityCode: string | null, status: VerificationStatus, outcome: VerificationOutcome | null, route: VerificationRoute | null, nextRoute: VerificationRoute | null, fallbackRoutes: Array<VerificationRoute>, reason: string | null, retryAfter: string | null, source: string | null, recordAsOf: string | null, receipt: string | null, requesterDepartment: string, createdAt: string, finishedAt: string | null, ownerDepartment: { code: string, name: string } | null, attempts: Array<{ id: string, route: VerificationRoute, source: string | null, outcome: AttemptOutcome, latencyMs: number | null, reason: string | null, recordAsOf: string | null, startedAt: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommitmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}
    `, {"fragmentName":"CommitmentFields"}) as unknown as TypedDocumentString<CommitmentFieldsFragment, unknown>;
export const IssuedCertificateFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssuedCertificateFields on IssuedCertificate {
  id
  serial
  communityCode
  certificateCode
  subjectMasked
  purpose
  content
  qr
  status
  issuedAt
  revokedAt
  revokeReason
}
    `, {"fragmentName":"IssuedCertificateFields"}) as unknown as TypedDocumentString<IssuedCertificateFieldsFragment, unknown>;
export const WorkAccessFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkAccessFields on WorkAccessApplication {
  id
  listKind
  action
  status
  content
  legalBasis
  funding
  workingConditions
  justification
  certificateCode
  frequency
  itemSeq
  baseVersion
  applicantDepartment
  createdAt
  updatedAt
  approvalAuthority
  approvalDocument
  approvedOn
  effectiveFrom
  listVersion {
    kind
    version
  }
  steps {
    step
    decision
    reason
    actorDepartment
    actorSubject
    at
  }
}
    `, {"fragmentName":"WorkAccessFields"}) as unknown as TypedDocumentString<WorkAccessFieldsFragment, unknown>;
export const DataSourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}
    `, {"fragmentName":"DataSourceFields"}) as unknown as TypedDocumentString<DataSourceFieldsFragment, unknown>;
export const FactTypeDelegationFieldsFragmentDoc = new TypedDocumentString(`
    fragment FactTypeDelegationFields on FactTypeDelegation {
  id
  factType
  ownerDepartment {
    code
    name
  }
  delegateDepartment {
    code
    name
  }
  reason
  active
  grantedAt
  grantedBy
  revokedAt
  revokedBy
  revokeReason
}
    `, {"fragmentName":"FactTypeDelegationFields"}) as unknown as TypedDocumentString<FactTypeDelegationFieldsFragment, unknown>;
export const VerificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment VerificationFields on Verification {
  id
  factType
  certificateCode
  matter
  purpose
  subjectMasked
  claim
  communityCode
  status
  outcome
  route
  nextRoute
  fallbackRoutes
  reason
  retryAfter
  source
  recordAsOf
  receipt
  requesterDepartment
  createdAt
  finishedAt
  ownerDepartment {
    code
    name
  }
  attempts {
    id
    route
    source
    outcome
    latencyMs
    reason
    recordAsOf
    startedAt
  }
}
    `, {"fragmentName":"VerificationFields"}) as unknown as TypedDocumentString<VerificationFieldsFragment, unknown>;
export const AssistInboxDocument = new TypedDocumentString(`
    query AssistInbox($filter: AssistFilter, $first: Int, $after: String) {
  assistRequests(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      factType
      question
      claim
      subjectMasked
      persons {
        field
        label
        masked
        revealable
      }
      fromDepartment
      toDepartment
      status
      answer
      note
      dueAt
      createdAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AssistInboxQuery, AssistInboxQueryVariables>;
export const RevealSubjectDocument = new TypedDocumentString(`
    mutation RevealSubject($id: ID!, $field: String) {
  revealAssistSubject(id: $id, field: $field)
}
    `) as unknown as TypedDocumentString<RevealSubjectMutation, RevealSubjectMutationVariables>;
export const AnswerAssistDocument = new TypedDocumentString(`
    mutation AnswerAssist($input: AnswerAssistInput!) {
  answerAssistRequest(input: $input) {
    id
    status
    answer
    note
    closedAt
  }
}
    `) as unknown as TypedDocumentString<AnswerAssistMutation, AnswerAssistMutationVariables>;
export const FactTypesDocument = new TypedDocumentString(`
    query FactTypes {
  factTypes {
    code
    name
    description
    claimSchema
    commitmentAllowed
    thirdPartyAllowed
    postVerifyDays
    assistDueHours
    ownerDepartment {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactTypesQuery, FactTypesQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    code
    name
    shortName
    kind
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    code
    name
    level
    parentCode
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const CertificateTypesDocument = new TypedDocumentString(`
    query CertificateTypes($search: String, $first: Int, $after: String) {
  certificateTypes(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      code
      name
      aliases
      disposition
      legalBasis
      description
      factTypes {
        code
        name
      }
      factGroups {
        kind
        factTypes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertificateTypesQuery, CertificateTypesQueryVariables>;
export const OfferCommitmentDocument = new TypedDocumentString(`
    mutation OfferCommitment($input: OfferCommitmentInput!) {
  offerCommitment(input: $input) {
    ...CommitmentFields
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<OfferCommitmentMutation, OfferCommitmentMutationVariables>;
export const SignCommitmentDocument = new TypedDocumentString(`
    mutation SignCommitment($input: SignCommitmentInput!) {
  signCommitment(input: $input) {
    ...CommitmentFields
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<SignCommitmentMutation, SignCommitmentMutationVariables>;
export const WithdrawCommitmentDocument = new TypedDocumentString(`
    mutation WithdrawCommitment($id: ID!, $reason: String!) {
  withdrawCommitment(id: $id, reason: $reason) {
    ...CommitmentFields
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<WithdrawCommitmentMutation, WithdrawCommitmentMutationVariables>;
export const CommitmentDocument = new TypedDocumentString(`
    query Commitment($id: ID!) {
  commitment(id: $id) {
    ...CommitmentFields
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<CommitmentQuery, CommitmentQueryVariables>;
export const CommitmentsDocument = new TypedDocumentString(`
    query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {
  commitments(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CommitmentFields
    }
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<CommitmentsQuery, CommitmentsQueryVariables>;
export const PostVerifyDocument = new TypedDocumentString(`
    mutation PostVerify($input: PostVerifyCommitmentInput!) {
  recordPostVerification(input: $input) {
    ...CommitmentFields
  }
}
    fragment CommitmentFields on Commitment {
  id
  verificationId
  factType
  subjectMasked
  status
  noticeText
  noticeVersion
  noticeHash
  disclosed
  record
  signatureMethod
  evidenceRef
  signedAt
  postVerifyDueAt
  postResult
  postVerifiedAt
  overdue
  withdrawReason
  requesterDepartment
  createdAt
  recordStatus {
    status
    changedAt
    reasonText
  }
}`) as unknown as TypedDocumentString<PostVerifyMutation, PostVerifyMutationVariables>;
export const CheckCertificateDocument = new TypedDocumentString(`
    mutation CheckCertificate($input: CheckCommunityCertificateInput!) {
  checkCommunityCertificate(input: $input) {
    id
    certificateInput
    decision
    reason
    guidance
    legalBasis
    checkedAt
    community {
      code
      name
    }
    certificateType {
      code
      name
      disposition
    }
    listVersion {
      kind
      version
      title
    }
    negativeListItem {
      seq
      category
      content
      reason
    }
    candidates {
      code
      name
      decision
      reason
      matchedOn
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<CheckCertificateMutation, CheckCertificateMutationVariables>;
export const IssueCertificateDocument = new TypedDocumentString(`
    mutation IssueCertificate($input: IssueCommunityCertificateInput!) {
  issueCommunityCertificate(input: $input) {
    ...IssuedCertificateFields
  }
}
    fragment IssuedCertificateFields on IssuedCertificate {
  id
  serial
  communityCode
  certificateCode
  subjectMasked
  purpose
  content
  qr
  status
  issuedAt
  revokedAt
  revokeReason
}`) as unknown as TypedDocumentString<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const IssuedCertificatesDocument = new TypedDocumentString(`
    query IssuedCertificates($filter: IssuedCertificateFilter, $first: Int, $after: String) {
  issuedCertificates(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...IssuedCertificateFields
    }
  }
}
    fragment IssuedCertificateFields on IssuedCertificate {
  id
  serial
  communityCode
  certificateCode
  subjectMasked
  purpose
  content
  qr
  status
  issuedAt
  revokedAt
  revokeReason
}`) as unknown as TypedDocumentString<IssuedCertificatesQuery, IssuedCertificatesQueryVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($id: ID!, $reason: String!) {
  revokeCommunityCertificate(id: $id, reason: $reason) {
    ...IssuedCertificateFields
  }
}
    fragment IssuedCertificateFields on IssuedCertificate {
  id
  serial
  communityCode
  certificateCode
  subjectMasked
  purpose
  content
  qr
  status
  issuedAt
  revokedAt
  revokeReason
}`) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const RecordFormFilingDocument = new TypedDocumentString(`
    mutation RecordFormFiling($input: RecordFormFilingInput!) {
  recordFormFiling(input: $input) {
    id
    formName
    period
    filedAt
  }
}
    `) as unknown as TypedDocumentString<RecordFormFilingMutation, RecordFormFilingMutationVariables>;
export const CommunityListDocument = new TypedDocumentString(`
    query CommunityList($kind: ListKind!, $version: Int, $at: DateTime) {
  communityList(kind: $kind, version: $version, at: $at) {
    id
    kind
    version
    title
    source
    effectiveFrom
    publishedAt
    changeSummary
    isSample
    items {
      seq
      content
      legalBasis
      category
      reason
      certificateCode
      departmentCode
      frequency
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityListQuery, CommunityListQueryVariables>;
export const ListHistoryDocument = new TypedDocumentString(`
    query ListHistory($kind: ListKind!, $first: Int, $after: String) {
  listHistory(kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      version
      title
      effectiveFrom
      effectiveTo
      inForce
      itemCount
      changeSummary
      publishedAt
      applicationId
    }
  }
}
    `) as unknown as TypedDocumentString<ListHistoryQuery, ListHistoryQueryVariables>;
export const WorkAccessApplicationsDocument = new TypedDocumentString(`
    query WorkAccessApplications($filter: WorkAccessFilter, $first: Int, $after: String) {
  workAccessApplications(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WorkAccessFields
    }
  }
}
    fragment WorkAccessFields on WorkAccessApplication {
  id
  listKind
  action
  status
  content
  legalBasis
  funding
  workingConditions
  justification
  certificateCode
  frequency
  itemSeq
  baseVersion
  applicantDepartment
  createdAt
  updatedAt
  approvalAuthority
  approvalDocument
  approvedOn
  effectiveFrom
  listVersion {
    kind
    version
  }
  steps {
    step
    decision
    reason
    actorDepartment
    actorSubject
    at
  }
}`) as unknown as TypedDocumentString<WorkAccessApplicationsQuery, WorkAccessApplicationsQueryVariables>;
export const WorkAccessApplicationDocument = new TypedDocumentString(`
    query WorkAccessApplication($id: ID!) {
  workAccessApplication(id: $id) {
    ...WorkAccessFields
  }
}
    fragment WorkAccessFields on WorkAccessApplication {
  id
  listKind
  action
  status
  content
  legalBasis
  funding
  workingConditions
  justification
  certificateCode
  frequency
  itemSeq
  baseVersion
  applicantDepartment
  createdAt
  updatedAt
  approvalAuthority
  approvalDocument
  approvedOn
  effectiveFrom
  listVersion {
    kind
    version
  }
  steps {
    step
    decision
    reason
    actorDepartment
    actorSubject
    at
  }
}`) as unknown as TypedDocumentString<WorkAccessApplicationQuery, WorkAccessApplicationQueryVariables>;
export const ReviewWorkAccessDocument = new TypedDocumentString(`
    mutation ReviewWorkAccess($input: ReviewWorkAccessInput!) {
  reviewWorkAccessApplication(input: $input) {
    ...WorkAccessFields
  }
}
    fragment WorkAccessFields on WorkAccessApplication {
  id
  listKind
  action
  status
  content
  legalBasis
  funding
  workingConditions
  justification
  certificateCode
  frequency
  itemSeq
  baseVersion
  applicantDepartment
  createdAt
  updatedAt
  approvalAuthority
  approvalDocument
  approvedOn
  effectiveFrom
  listVersion {
    kind
    version
  }
  steps {
    step
    decision
    reason
    actorDepartment
    actorSubject
    at
  }
}`) as unknown as TypedDocumentString<ReviewWorkAccessMutation, ReviewWorkAccessMutationVariables>;
export const RecordApprovalDocument = new TypedDocumentString(`
    mutation RecordApproval($input: RecordCountyApprovalInput!) {
  recordWorkAccessApproval(input: $input) {
    ...WorkAccessFields
  }
}
    fragment WorkAccessFields on WorkAccessApplication {
  id
  listKind
  action
  status
  content
  legalBasis
  funding
  workingConditions
  justification
  certificateCode
  frequency
  itemSeq
  baseVersion
  applicantDepartment
  createdAt
  updatedAt
  approvalAuthority
  approvalDocument
  approvedOn
  effectiveFrom
  listVersion {
    kind
    version
  }
  steps {
    step
    decision
    reason
    actorDepartment
    actorSubject
    at
  }
}`) as unknown as TypedDocumentString<RecordApprovalMutation, RecordApprovalMutationVariables>;
export const BurdenReportDocument = new TypedDocumentString(`
    query BurdenReport($filter: BurdenFilter!, $first: Int, $after: String) {
  burdenReport(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      communityCode
      communityName
      checksAllowed
      checksRefused
      certificatesIssued
      certificatesRevoked
      formsFiled
      assistRequested
      assistAnswered
      assistOverdue
      verifiedBySharedData
      verifiedByOtherRoutes
      sharedDataShare
    }
  }
}
    `) as unknown as TypedDocumentString<BurdenReportQuery, BurdenReportQueryVariables>;
export const BurdenTotalsDocument = new TypedDocumentString(`
    query BurdenTotals($filter: BurdenFilter!) {
  burdenTotals(filter: $filter) {
    regionCode
    regionName
    from
    to
    communities
    checksAllowed
    checksRefused
    certificatesIssued
    certificatesRevoked
    formsFiled
    assistRequested
    assistAnswered
    assistOverdue
    verifiedBySharedData
    verifiedByOtherRoutes
    sharedDataShare
    refusedByReason {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<BurdenTotalsQuery, BurdenTotalsQueryVariables>;
export const BurdenTrendDocument = new TypedDocumentString(`
    query BurdenTrend($filter: BurdenFilter!, $granularity: TrendGranularity!) {
  burdenTrend(filter: $filter, granularity: $granularity) {
    start
    end
    checksAllowed
    checksRefused
    certificatesIssued
    verifiedBySharedData
    verifiedByOtherRoutes
    sharedDataShare
  }
}
    `) as unknown as TypedDocumentString<BurdenTrendQuery, BurdenTrendQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($filter: AuditTrailFilter, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      seq
      at
      action
      outcome
      actorSubject
      actorDepartment
      actorRoles
      targetType
      targetId
      requestId
      detail
      hash
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditChainDocument = new TypedDocumentString(`
    query AuditChain {
  verifyAuditChain {
    valid
    eventCount
    brokenAtSeq
    problem
  }
}
    `) as unknown as TypedDocumentString<AuditChainQuery, AuditChainQueryVariables>;
export const CreditDeliveriesDocument = new TypedDocumentString(`
    query CreditDeliveries($status: CreditDeliveryStatus, $first: Int, $after: String) {
  creditDeliverySummary {
    pending
    delivered
    oldestPendingAt
  }
  creditDeliveries(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      type
      status
      attempts
      lastError
      createdAt
      deliveredAt
      nextAttemptAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreditDeliveriesQuery, CreditDeliveriesQueryVariables>;
export const VerifyReceiptDocument = new TypedDocumentString(`
    query VerifyReceipt($token: String!) {
  verifyReceipt(token: $token) {
    valid
    problem
    outcome
    factType
    source
    subjectMasked
    issuedAt
    keyId
    verificationId
    payload
    status {
      status
      changedAt
      reason
      reasonText
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyReceiptQuery, VerifyReceiptQueryVariables>;
export const VerifyCommitmentRecordDocument = new TypedDocumentString(`
    query VerifyCommitmentRecord($token: String!) {
  verifyCommitmentRecord(token: $token) {
    valid
    problem
    commitmentId
    subjectMasked
    noticeHash
    signedAt
    status {
      status
      changedAt
      reason
      reasonText
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyCommitmentRecordQuery, VerifyCommitmentRecordQueryVariables>;
export const VerifyCommunityCertificateDocument = new TypedDocumentString(`
    query VerifyCommunityCertificate($token: String!) {
  verifyCommunityCertificate(token: $token) {
    valid
    problem
    serial
    certificateName
    communityName
    subjectMasked
    content
    issuedAt
    revoked
    status {
      status
      changedAt
      reason
      reasonText
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyCommunityCertificateQuery, VerifyCommunityCertificateQueryVariables>;
export const ResidentMeDocument = new TypedDocumentString(`
    query ResidentMe {
  residentMe {
    subjectMasked
    name
  }
}
    `) as unknown as TypedDocumentString<ResidentMeQuery, ResidentMeQueryVariables>;
export const MyDataUsesDocument = new TypedDocumentString(`
    query MyDataUses($filter: DataUseFilter, $first: Int, $after: String) {
  myDataUses(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      at
      department
      window
      matter
      purpose
      fact
      namedAs
      result
      objection
      sources {
        source
        department
        answer
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDataUsesQuery, MyDataUsesQueryVariables>;
export const RaiseObjectionDocument = new TypedDocumentString(`
    mutation RaiseObjection($input: RaiseObjectionInput!) {
  raiseObjection(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RaiseObjectionMutation, RaiseObjectionMutationVariables>;
export const MyOutcomesDocument = new TypedDocumentString(`
    query MyOutcomes {
  myCommitments {
    id
    fact
    department
    matter
    status
    statusText
    signedAt
    offeredAt
    postVerifyDueAt
    postResult
    postVerifiedAt
    canWithdraw
    record
  }
  myCreditRecords {
    id
    reason
    createdAt
    repairedAt
    blocks
    repair
  }
  myCertificates {
    id
    serial
    certificate
    community
    content
    purpose
    issuedAt
    status
    revokeReason
    token
  }
  myObjections {
    id
    entryKind
    text
    status
    answer
    answeredAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MyOutcomesQuery, MyOutcomesQueryVariables>;
export const WithdrawMyCommitmentDocument = new TypedDocumentString(`
    mutation WithdrawMyCommitment($id: ID!, $reason: String!) {
  withdrawMyCommitment(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawMyCommitmentMutation, WithdrawMyCommitmentMutationVariables>;
export const CommitmentSignLinkDocument = new TypedDocumentString(`
    query CommitmentSignLink($token: String!) {
  commitmentSignLink(token: $token) {
    commitmentId
    fact
    department
    matter
    noticeText
    noticeVersion
    noticeHash
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CommitmentSignLinkQuery, CommitmentSignLinkQueryVariables>;
export const SignCommitmentByLinkDocument = new TypedDocumentString(`
    mutation SignCommitmentByLink($input: SignByLinkInput!) {
  signCommitmentByLink(input: $input) {
    id
    status
    statusText
  }
}
    `) as unknown as TypedDocumentString<SignCommitmentByLinkMutation, SignCommitmentByLinkMutationVariables>;
export const CreateCommitmentSignLinkDocument = new TypedDocumentString(`
    mutation CreateCommitmentSignLink($commitmentId: ID!) {
  createCommitmentSignLink(commitmentId: $commitmentId) {
    token
    path
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateCommitmentSignLinkMutation, CreateCommitmentSignLinkMutationVariables>;
export const ResidentObjectionsDocument = new TypedDocumentString(`
    query ResidentObjections($filter: ObjectionCaseFilter, $first: Int, $after: String) {
  residentObjections(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      text
      status
      answer
      createdAt
      subjectMasked
      entry {
        kind
        at
        department
        window
        matter
        fact
        result
      }
      trail {
        at
        action
        actorSubject
        actorDepartment
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentObjectionsQuery, ResidentObjectionsQueryVariables>;
export const AnswerResidentObjectionDocument = new TypedDocumentString(`
    mutation AnswerResidentObjection($input: AnswerObjectionInput!) {
  answerResidentObjection(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AnswerResidentObjectionMutation, AnswerResidentObjectionMutationVariables>;
export const DataSourcesDocument = new TypedDocumentString(`
    query DataSources($filter: DataSourceFilter) {
  dataSources(filter: $filter) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<DataSourcesQuery, DataSourcesQueryVariables>;
export const SourceNamesDocument = new TypedDocumentString(`
    query SourceNames {
  dataSources {
    code
    name
    providerDepartment {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SourceNamesQuery, SourceNamesQueryVariables>;
export const RegisterSourceDocument = new TypedDocumentString(`
    mutation RegisterSource($input: RegisterDataSourceInput!) {
  registerDataSource(input: $input) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<RegisterSourceMutation, RegisterSourceMutationVariables>;
export const UpdateSourceDocument = new TypedDocumentString(`
    mutation UpdateSource($input: UpdateDataSourceInput!) {
  updateDataSource(input: $input) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const SuspendSourceDocument = new TypedDocumentString(`
    mutation SuspendSource($id: ID!, $reason: String!) {
  suspendDataSource(id: $id, reason: $reason) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<SuspendSourceMutation, SuspendSourceMutationVariables>;
export const ReactivateSourceDocument = new TypedDocumentString(`
    mutation ReactivateSource($id: ID!) {
  reactivateDataSource(id: $id) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<ReactivateSourceMutation, ReactivateSourceMutationVariables>;
export const ProbeSourceDocument = new TypedDocumentString(`
    mutation ProbeSource($id: ID!) {
  probeDataSource(id: $id) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<ProbeSourceMutation, ProbeSourceMutationVariables>;
export const GrantSourceDocument = new TypedDocumentString(`
    mutation GrantSource($sourceId: ID!, $department: String!) {
  grantSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<GrantSourceMutation, GrantSourceMutationVariables>;
export const RevokeSourceGrantDocument = new TypedDocumentString(`
    mutation RevokeSourceGrant($sourceId: ID!, $department: String!) {
  revokeSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {
    ...DataSourceFields
  }
}
    fragment DataSourceFields on DataSource {
  id
  code
  name
  endpoint
  healthUrl
  jwksUrl
  factTypes
  status
  statusReason
  timeoutMs
  maxConcurrency
  hasAuthSecret
  signsResponses
  updatedAt
  providerDepartment {
    code
    name
  }
  grantedDepartments {
    code
    name
  }
  lastProbe {
    at
    ok
    latencyMs
    message
  }
  stats {
    calls
    failures
    errorRate
    p50LatencyMs
    p95LatencyMs
    breaker
  }
}`) as unknown as TypedDocumentString<RevokeSourceGrantMutation, RevokeSourceGrantMutationVariables>;
export const FactTypeDelegationsDocument = new TypedDocumentString(`
    query FactTypeDelegations($filter: FactTypeDelegationFilter) {
  factTypeDelegations(filter: $filter) {
    ...FactTypeDelegationFields
  }
}
    fragment FactTypeDelegationFields on FactTypeDelegation {
  id
  factType
  ownerDepartment {
    code
    name
  }
  delegateDepartment {
    code
    name
  }
  reason
  active
  grantedAt
  grantedBy
  revokedAt
  revokedBy
  revokeReason
}`) as unknown as TypedDocumentString<FactTypeDelegationsQuery, FactTypeDelegationsQueryVariables>;
export const DelegateFactTypeDocument = new TypedDocumentString(`
    mutation DelegateFactType($input: DelegateFactTypeInput!) {
  delegateFactType(input: $input) {
    ...FactTypeDelegationFields
  }
}
    fragment FactTypeDelegationFields on FactTypeDelegation {
  id
  factType
  ownerDepartment {
    code
    name
  }
  delegateDepartment {
    code
    name
  }
  reason
  active
  grantedAt
  grantedBy
  revokedAt
  revokedBy
  revokeReason
}`) as unknown as TypedDocumentString<DelegateFactTypeMutation, DelegateFactTypeMutationVariables>;
export const RevokeFactTypeDelegationDocument = new TypedDocumentString(`
    mutation RevokeFactTypeDelegation($id: ID!, $reason: String!) {
  revokeFactTypeDelegation(id: $id, reason: $reason) {
    ...FactTypeDelegationFields
  }
}
    fragment FactTypeDelegationFields on FactTypeDelegation {
  id
  factType
  ownerDepartment {
    code
    name
  }
  delegateDepartment {
    code
    name
  }
  reason
  active
  grantedAt
  grantedBy
  revokedAt
  revokedBy
  revokeReason
}`) as unknown as TypedDocumentString<RevokeFactTypeDelegationMutation, RevokeFactTypeDelegationMutationVariables>;
export const VerifyFactDocument = new TypedDocumentString(`
    mutation VerifyFact($input: VerifyFactInput!) {
  verifyFact(input: $input) {
    ...VerificationFields
  }
}
    fragment VerificationFields on Verification {
  id
  factType
  certificateCode
  matter
  purpose
  subjectMasked
  claim
  communityCode
  status
  outcome
  route
  nextRoute
  fallbackRoutes
  reason
  retryAfter
  source
  recordAsOf
  receipt
  requesterDepartment
  createdAt
  finishedAt
  ownerDepartment {
    code
    name
  }
  attempts {
    id
    route
    source
    outcome
    latencyMs
    reason
    recordAsOf
    startedAt
  }
}`) as unknown as TypedDocumentString<VerifyFactMutation, VerifyFactMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    mutation VerifyCertificate($input: VerifyCertificateInput!) {
  verifyCertificate(input: $input) {
    outcome
    certificate {
      code
      name
    }
    verifications {
      ...VerificationFields
    }
  }
}
    fragment VerificationFields on Verification {
  id
  factType
  certificateCode
  matter
  purpose
  subjectMasked
  claim
  communityCode
  status
  outcome
  route
  nextRoute
  fallbackRoutes
  reason
  retryAfter
  source
  recordAsOf
  receipt
  requesterDepartment
  createdAt
  finishedAt
  ownerDepartment {
    code
    name
  }
  attempts {
    id
    route
    source
    outcome
    latencyMs
    reason
    recordAsOf
    startedAt
  }
}`) as unknown as TypedDocumentString<VerifyCertificateMutation, VerifyCertificateMutationVariables>;
export const VerificationDocument = new TypedDocumentString(`
    query Verification($id: ID!) {
  verification(id: $id) {
    ...VerificationFields
  }
}
    fragment VerificationFields on Verification {
  id
  factType
  certificateCode
  matter
  purpose
  subjectMasked
  claim
  communityCode
  status
  outcome
  route
  nextRoute
  fallbackRoutes
  reason
  retryAfter
  source
  recordAsOf
  receipt
  requesterDepartment
  createdAt
  finishedAt
  ownerDepartment {
    code
    name
  }
  attempts {
    id
    route
    source
    outcome
    latencyMs
    reason
    recordAsOf
    startedAt
  }
}`) as unknown as TypedDocumentString<VerificationQuery, VerificationQueryVariables>;
export const VerificationsDocument = new TypedDocumentString(`
    query Verifications($filter: VerificationFilter, $first: Int, $after: String) {
  verifications(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      factType
      matter
      subjectMasked
      status
      outcome
      route
      nextRoute
      source
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationsQuery, VerificationsQueryVariables>;
export const RequestAssistDocument = new TypedDocumentString(`
    mutation RequestAssist($input: RequestAssistInput!) {
  requestAssist(input: $input) {
    id
    kind
    toDepartment
    dueAt
    status
  }
}
    `) as unknown as TypedDocumentString<RequestAssistMutation, RequestAssistMutationVariables>;
export const VerificationAssistsDocument = new TypedDocumentString(`
    query VerificationAssists($verificationId: ID!) {
  assistRequests(filter: {verificationId: $verificationId}, first: 20) {
    nodes {
      id
      kind
      verificationId
      toDepartment
      status
      answer
      note
      dueAt
      createdAt
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationAssistsQuery, VerificationAssistsQueryVariables>;
export const CancelAssistDocument = new TypedDocumentString(`
    mutation CancelAssist($id: ID!, $reason: String!) {
  cancelAssistRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelAssistMutation, CancelAssistMutationVariables>;
export const RecordManualCheckDocument = new TypedDocumentString(`
    mutation RecordManualCheck($input: RecordManualCheckInput!) {
  recordManualCheck(input: $input) {
    ...VerificationFields
  }
}
    fragment VerificationFields on Verification {
  id
  factType
  certificateCode
  matter
  purpose
  subjectMasked
  claim
  communityCode
  status
  outcome
  route
  nextRoute
  fallbackRoutes
  reason
  retryAfter
  source
  recordAsOf
  receipt
  requesterDepartment
  createdAt
  finishedAt
  ownerDepartment {
    code
    name
  }
  attempts {
    id
    route
    source
    outcome
    latencyMs
    reason
    recordAsOf
    startedAt
  }
}`) as unknown as TypedDocumentString<RecordManualCheckMutation, RecordManualCheckMutationVariables>;
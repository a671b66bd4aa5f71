import type {
  ApprovalAuthority,
  AssistAnswer,
  AssistKind,
  AssistStatus,
  AttemptOutcome,
  AuditOutcome,
  BreakerState,
  CheckDecision,
  CheckReason,
  CommitmentStatus,
  CreditDeliveryStatus,
  CreditEventType,
  Disposition,
  ListKind,
  PostVerificationResult,
  ReviewDecision,
  SignatureMethod,
  SourceStatus,
  TokenStatus,
  TrendGranularity,
  VerificationOutcome,
  VerificationRoute,
  VerificationStatus,
  WorkAccessAction,
  WorkAccessStatus,
  WorkAccessStep,
  WorkAccessStepDecision,
} from '../gql/graphql';
import type { Role } from '../auth/roles';

// The clerks' words for every value the API returns (docs/CONSOLE.md). Each table is typed by
// the schema's enum, so a value the schema adds fails the type check until it has a name here.

// the forms list's frequencies (a plain string in the list items)
export type FormFrequency = 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY';

export type Tone = 'success' | 'danger' | 'warning' | 'info' | 'primary';

export const ROLE_LABEL: Record<Role, string> = {
  WINDOW_STAFF: '窗口工作人员',
  SOURCE_ADMIN: '数据源管理员',
  DEPT_OFFICER: '部门协查人员',
  THIRD_PARTY: '第三方核查人员',
  COMMUNITY_STAFF: '社区工作人员',
  LIST_ADMIN: '清单管理员（民政）',
  REVIEWER: '审核人员（组织部）',
  AUDITOR: '监督审计人员',
  RESIDENT: '居民本人',
};

export const OUTCOME_LABEL: Record<VerificationOutcome, string> = {
  CONFIRMED: '属实',
  REFUTED: '不属实',
  UNRESOLVED: '未能核实',
  COMMITTED: '告知承诺',
  UNAVAILABLE: '暂时无法核验',
  NAME_MISMATCH: '姓名与身份号码不一致',
};

export const OUTCOME_TONE: Record<VerificationOutcome, Tone> = {
  CONFIRMED: 'success',
  REFUTED: 'danger',
  UNRESOLVED: 'warning',
  COMMITTED: 'primary',
  UNAVAILABLE: 'info',
  NAME_MISMATCH: 'warning',
};

// the current status of a signed receipt, commitment record or community certificate
export const TOKEN_STATUS_LABEL: Record<TokenStatus, string> = {
  VALID: '有效',
  WITHDRAWN: '已撤回',
  BREACHED: '承诺不实',
  REVOKED: '已撤销',
  SUPERSEDED: '已被取代',
};

export const TOKEN_STATUS_TONE: Record<TokenStatus, Tone> = {
  VALID: 'success',
  WITHDRAWN: 'info',
  BREACHED: 'danger',
  REVOKED: 'danger',
  SUPERSEDED: 'warning',
};

export const ROUTE_LABEL: Record<VerificationRoute, string> = {
  DATA_SHARING: '数据共享核验',
  INTER_DEPARTMENT: '部门间协查',
  THIRD_PARTY: '委托第三方核查',
  COMMITMENT: '告知承诺',
  MANUAL: '人工核实',
};

export const VERIFICATION_STATUS_LABEL: Record<VerificationStatus, string> = {
  RUNNING: '核验中',
  DONE: '已完成',
  INTERRUPTED: '已中断（可用同一内容重新提交）',
};

export const ATTEMPT_LABEL: Record<AttemptOutcome, string> = {
  CONFIRMED: '确认属实',
  REFUTED: '确认不属实',
  NAME_MISMATCH: '姓名与公民身份号码不一致',
  NO_RECORD: '无此人记录',
  TIMEOUT: '超时',
  ERROR: '返回错误',
  BAD_RESPONSE: '应答格式错误',
  BAD_SIGNATURE: '应答签名无效',
  CIRCUIT_OPEN: '熔断中，未调用',
  OVERLOADED: '并发已满，未调用',
  SUSPENDED: '已暂停，未调用',
  UNREACHABLE: '无法连接',
  INTERRUPTED: '调用中断',
  PENDING: '调用中',
  UNABLE: '无法核实',
  EXPIRED: '逾期未答复',
  CANCELLED: '已撤回',
  COMMITTED: '当事人签署告知承诺',
  WITHDRAWN: '当事人撤回告知承诺',
};

export const ATTEMPT_TONE: Record<AttemptOutcome, Tone> = {
  CONFIRMED: 'success',
  REFUTED: 'danger',
  COMMITTED: 'primary',
  NAME_MISMATCH: 'warning',
  NO_RECORD: 'warning',
  UNABLE: 'warning',
  EXPIRED: 'warning',
  CANCELLED: 'info',
  WITHDRAWN: 'info',
  PENDING: 'info',
  TIMEOUT: 'danger',
  ERROR: 'danger',
  BAD_RESPONSE: 'danger',
  BAD_SIGNATURE: 'danger',
  CIRCUIT_OPEN: 'warning',
  OVERLOADED: 'warning',
  SUSPENDED: 'info',
  UNREACHABLE: 'danger',
  INTERRUPTED: 'warning',
};

export const ASSIST_KIND_LABEL: Record<AssistKind, string> = { ASSIST: '部门间协查', THIRD_PARTY: '委托第三方核查' };

export const ASSIST_STATUS_LABEL: Record<AssistStatus, string> = {
  OPEN: '待答复',
  ANSWERED: '已答复',
  EXPIRED: '逾期未答复',
  CANCELLED: '已撤回',
};

export const ASSIST_ANSWER_LABEL: Record<AssistAnswer, string> = {
  CONFIRMED: '经核实属实',
  REFUTED: '经核实不属实',
  UNABLE: '无法核实',
};

export const COMMITMENT_STATUS_LABEL: Record<CommitmentStatus, string> = {
  OFFERED: '已告知，待签署',
  SIGNED: '已签署，待事后核查',
  HONORED: '承诺属实',
  BREACHED: '承诺不实',
  WITHDRAWN: '已撤回',
};

export const COMMITMENT_STATUS_TONE: Record<CommitmentStatus, Tone> = {
  OFFERED: 'warning',
  SIGNED: 'primary',
  HONORED: 'success',
  BREACHED: 'danger',
  WITHDRAWN: 'info',
};

export const POST_RESULT_LABEL: Record<PostVerificationResult, string> = { HONORED: '承诺属实', BREACHED: '承诺不实' };

export const SIGNATURE_METHOD_LABEL: Record<SignatureMethod, string> = {
  ON_SCREEN: '窗口屏幕手写签名',
  HANDWRITTEN_SCAN: '纸质签名扫描件',
  ELECTRONIC_SIGNATURE: '电子签名',
};

export const DECISION_LABEL: Record<CheckDecision, string> = {
  ALLOWED: '可以开具',
  REFUSED: '不应开具',
  AMBIGUOUS: '请确认是哪一种证明',
};

export const CHECK_REASON_LABEL: Record<CheckReason, string> = {
  ON_PERMITTED_LIST: '在社区可出具证明事项清单内',
  ABOLISHED: '该证明已取消',
  DATA_SHARING: '改由数据共享核验',
  INTER_DEPARTMENT: '改由部门间协查核验',
  COMMITMENT: '改由个人告知承诺',
  AMBIGUOUS: '居民的说法对应多种证明事项，请选择',
  NEGATIVE_LIST: '属于不应由社区组织承担的事项',
  NOT_LISTED: '不在社区可出具证明事项清单内',
};

export const DISPOSITION_LABEL: Record<Disposition, string> = {
  ABOLISHED: '已取消',
  DATA_SHARING: '数据共享核验',
  INTER_DEPARTMENT: '部门间协查',
  COMMITMENT: '告知承诺',
  COMMUNITY_PERMITTED: '社区可出具',
};

export const LIST_KIND_LABEL: Record<ListKind, string> = {
  DUTY: '依法履行职责事项清单',
  ASSIST: '依法协助政府工作事项清单',
  NEGATIVE: '不应由社区组织承担的事项指导清单',
  PERMITTED_CERTIFICATE: '社区可出具证明事项清单',
  FORM: '社区填报表格清单',
};

export const LIST_KINDS: ListKind[] = ['DUTY', 'ASSIST', 'NEGATIVE', 'PERMITTED_CERTIFICATE', 'FORM'];

export const FREQUENCY_LABEL: Record<FormFrequency, string> = {
  MONTHLY: '按月',
  QUARTERLY: '按季',
  HALF_YEARLY: '按半年',
  YEARLY: '按年',
};

export const SOURCE_STATUS_LABEL: Record<SourceStatus, string> = { ACTIVE: '启用', SUSPENDED: '已暂停' };

export const BREAKER_LABEL: Record<BreakerState, string> = { CLOSED: '正常', HALF_OPEN: '试探恢复', OPEN: '已熔断' };

export const BREAKER_TONE: Record<BreakerState, Tone> = { CLOSED: 'success', HALF_OPEN: 'warning', OPEN: 'danger' };

export const WORK_ACCESS_STATUS_LABEL: Record<WorkAccessStatus, string> = {
  SUBMITTED: '待民政局审核',
  CIVIL_AFFAIRS_PASSED: '待组织部审核',
  ORGANIZATION_PASSED: '待县委县政府批准',
  PUBLISHED: '已批准并发布',
  REJECTED: '未通过',
  WITHDRAWN: '已撤回',
};

export const WORK_ACCESS_STATUS_TONE: Record<WorkAccessStatus, Tone> = {
  SUBMITTED: 'warning',
  CIVIL_AFFAIRS_PASSED: 'warning',
  ORGANIZATION_PASSED: 'primary',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
};

export const WORK_ACCESS_ACTION_LABEL: Record<WorkAccessAction, string> = { ADD: '纳入清单', REMOVE: '移出清单' };

export const WORK_ACCESS_STEP_LABEL: Record<WorkAccessStep, string> = {
  SUBMIT: '部门提出申请',
  CIVIL_AFFAIRS_REVIEW: '县民政局审核',
  ORGANIZATION_REVIEW: '县委组织部审核',
  COUNTY_APPROVAL: '县委、县政府批准',
  WITHDRAW: '申请部门撤回',
};

export const STEP_DECISION_LABEL: Record<WorkAccessStepDecision, string> = {
  SUBMITTED: '提交',
  PASSED: '通过',
  REJECTED: '不予通过',
  APPROVED: '批准',
  WITHDRAWN: '撤回',
};

export const REVIEW_DECISION_LABEL: Record<ReviewDecision, string> = { PASS: '审核通过', REJECT: '不予通过' };

export const AUTHORITY_LABEL: Record<ApprovalAuthority, string> = {
  COUNTY_GOVERNMENT: '环县人民政府',
  COUNTY_PARTY_COMMITTEE: '中共环县县委',
};

export const AUDIT_OUTCOME_LABEL: Record<AuditOutcome, string> = {
  OK: '已执行',
  REFUSED: '被拒绝',
  FAILED: '执行失败（未作更改）',
};

export const CREDIT_STATUS_LABEL: Record<CreditDeliveryStatus, string> = { PENDING: '待报送', DELIVERED: '已报送' };

export const CREDIT_TYPE_LABEL: Record<CreditEventType, string> = {
  CREDIT_RECORD_CREATED: '新增虚假承诺记录',
  CREDIT_RECORD_REPAIRED: '信用修复',
};

export const GRANULARITY_LABEL: Record<TrendGranularity, string> = { DAY: '按日', WEEK: '按周', MONTH: '按月' };

export function optionsOf<K extends string>(table: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(table) as K[]).map((value) => ({ value, label: table[value] }));
}

// audit actions as a person reads them; an action not named here shows its code
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  'verification.request': '发起核验',
  'verification.finish': '核验完成',
  'verification.routeResult': '后续途径结果',
  'verification.interrupted': '核验中断',
  'assist.request': '发起协查',
  'assist.answer': '答复协查',
  'assist.cancel': '撤回协查',
  'assist.expired': '协查逾期',
  'assist.revealSubject': '查看当事人身份号码',
  'commitment.offer': '告知承诺',
  'commitment.sign': '签署承诺',
  'commitment.withdraw': '撤回承诺',
  'commitment.postVerify': '事后核查',
  'commitment.overdue': '事后核查逾期',
  'credit.record': '记入信用记录',
  'credit.repair': '信用修复',
  'community.checkCertificate': '社区证明核对',
  'community.issueCertificate': '出具社区证明',
  'community.revokeCertificate': '撤销社区证明',
  'community.fileForm': '表格填报',
  'access.submit': '提出准入申请',
  'access.review': '审核准入申请',
  'access.countyDecision': '登记县委县政府决定',
  'access.publishList': '发布新版清单',
  'access.withdraw': '撤回准入申请',
  'source.register': '登记数据源',
  'source.update': '修改数据源',
  'source.provision': '演示数据源登记',
  'source.suspend': '暂停数据源',
  'source.reactivate': '恢复数据源',
  'source.grant': '授权使用数据源',
  'source.revoke': '撤销数据源授权',
  'graphql.anonymousRefusals': '未登录调用（汇总）',
};

export function auditActionLabel(action: string): string {
  if (AUDIT_ACTION_LABEL[action]) return AUDIT_ACTION_LABEL[action];
  if (action.startsWith('graphql.')) return `被拒绝的调用：${action.slice(8)}`;
  return action;
}

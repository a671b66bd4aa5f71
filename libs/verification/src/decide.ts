import { formatBeijingTime } from '#gw/common';
import type { AttemptResult } from '#gw/sources';
import { AttemptOutcome, isTransient, NAME_MISMATCH_TEXT } from '#gw/sources';
import { VerificationOutcome, VerificationRoute } from './verification.enums';

// What one data source said about the claim.
export interface SourceAnswer {
  code: string;
  result: AttemptResult;
}

export interface Decision {
  outcome: VerificationOutcome;
  route: VerificationRoute | null;
  nextRoute: VerificationRoute | null;
  reason: string | null;
  source: string | null;
  recordAsOf: Date | null;
  recordRef: string | null;
  // for UNAVAILABLE: from when a retry with the same idempotency key asks the sources again
  retryAfter: Date | null;
}

// What else the decision depends on: how many sources serve the fact at all (none granted to
// the department of those registered is not the same as none registered), and when a retry
// may ask again if a source could not be reached now.
export interface DecideContext {
  registered?: number;
  retryAfter?: Date;
}

const MINUTE = 60_000;
export const DEFAULT_RETRY_AFTER_MS = 5 * MINUTE;

// The time a retry may ask again, rounded up to the minute a message names.
export function retryAfterFrom(now: Date, delayMs: number): Date {
  return new Date(Math.ceil((now.getTime() + delayMs) / MINUTE) * MINUTE);
}

// How each way a source can fail to settle the fact reads in the reason of an UNRESOLVED outcome.
const OUTCOME_TEXT: Partial<Record<AttemptOutcome, string>> = {
  NO_RECORD: '无此人记录',
  NAME_MISMATCH: NAME_MISMATCH_TEXT,
  TIMEOUT: '超时',
  UNREACHABLE: '无法连接',
  ERROR: '返回错误',
  BAD_RESPONSE: '应答格式错误',
  BAD_SIGNATURE: '应答签名无效',
  CIRCUIT_OPEN: '熔断中',
  OVERLOADED: '并发已满',
  SUSPENDED: '已暂停',
};

// Shared data decides first: an authoritative answer settles the fact; sources that contradict
// each other settle nothing; a source that could not be reached now (unreachable, timed out,
// breaker open, overloaded) makes it UNAVAILABLE with a time to retry, not a detour; otherwise
// (no record, no source, an answer that cannot settle) it goes to the department that owns it.
export function decide(
  answers: readonly SourceAnswer[],
  fact: { ownerDepartment: { name: string } },
  ctx: DecideContext = {},
): Decision {
  const confirmed = answers.filter((a) => a.result.outcome === AttemptOutcome.CONFIRMED);
  const refuted = answers.filter((a) => a.result.outcome === AttemptOutcome.REFUTED);
  const unresolved = (reason: string): Decision => ({
    outcome: VerificationOutcome.UNRESOLVED,
    route: null,
    nextRoute: VerificationRoute.INTER_DEPARTMENT,
    reason: `${reason}；下一步：向${fact.ownerDepartment.name}发起部门间协查`,
    source: null,
    recordAsOf: null,
    recordRef: null,
    retryAfter: null,
  });
  // a source knows the ID number under another name: who the claim is about is in doubt, so
  // nothing settles it and no route takes it up; the clerk checks the name and asks again
  const mismatch = answers.find((a) => a.result.outcome === AttemptOutcome.NAME_MISMATCH);
  if (mismatch) {
    return {
      outcome: VerificationOutcome.NAME_MISMATCH,
      route: null,
      nextRoute: null,
      reason: `${NAME_MISMATCH_TEXT}（${mismatch.code}）；所称事实未判定，请核对当事人姓名后重新核验`,
      source: mismatch.code,
      recordAsOf: null,
      recordRef: null,
      retryAfter: null,
    };
  }
  if (confirmed.length > 0 && refuted.length > 0) {
    return unresolved(
      `数据源结论不一致（${confirmed.map((a) => a.code).join('、')} 确认；${refuted.map((a) => a.code).join('、')} 否认）`,
    );
  }
  const settled = confirmed[0] ?? refuted[0];
  if (settled) {
    return {
      outcome: confirmed.length > 0 ? VerificationOutcome.CONFIRMED : VerificationOutcome.REFUTED,
      route: VerificationRoute.DATA_SHARING,
      nextRoute: null,
      reason: null,
      source: settled.code,
      recordAsOf: settled.result.response ? new Date(settled.result.response.asOf) : null,
      recordRef: settled.result.response?.recordRef ?? null,
      retryAfter: null,
    };
  }
  if (answers.length === 0)
    return unresolved((ctx.registered ?? 0) > 0 ? '本部门未获授权使用该数据源' : '尚无可用的共享数据源');
  const why = answers.map((a) => `${a.code}：${OUTCOME_TEXT[a.result.outcome] ?? a.result.outcome}`).join('；');
  if (answers.some((a) => isTransient(a.result.outcome))) {
    const retryAfter = ctx.retryAfter ?? retryAfterFrom(new Date(), DEFAULT_RETRY_AFTER_MS);
    return {
      outcome: VerificationOutcome.UNAVAILABLE,
      route: null,
      nextRoute: null,
      reason: `数据源暂时无法访问，请于${formatBeijingTime(retryAfter)}后重试（${why}）`,
      source: null,
      recordAsOf: null,
      recordRef: null,
      retryAfter,
    };
  }
  return unresolved(why);
}

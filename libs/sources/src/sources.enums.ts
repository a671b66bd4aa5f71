import { registerEnumType } from '@nestjs/graphql';

export enum SourceStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(SourceStatus, { name: 'SourceStatus', description: 'ACTIVE：启用；SUSPENDED：已暂停（不再被调用）' });

// Outcome of one attempt: a call to a source, or the result of a fallback route. Which of them
// settle a fact is said once, in settling.ts.
export enum AttemptOutcome {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REFUTED = 'REFUTED',
  NAME_MISMATCH = 'NAME_MISMATCH',
  NO_RECORD = 'NO_RECORD',
  TIMEOUT = 'TIMEOUT',
  UNREACHABLE = 'UNREACHABLE',
  ERROR = 'ERROR',
  BAD_RESPONSE = 'BAD_RESPONSE',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  CIRCUIT_OPEN = 'CIRCUIT_OPEN',
  OVERLOADED = 'OVERLOADED',
  SUSPENDED = 'SUSPENDED',
  INTERRUPTED = 'INTERRUPTED',
  UNABLE = 'UNABLE',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  COMMITTED = 'COMMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AttemptOutcome, {
  name: 'AttemptOutcome',
  valuesMap: {
    PENDING: { description: '调用中' },
    CONFIRMED: { description: '数据源确认属实' },
    REFUTED: { description: '数据源确认不属实' },
    NAME_MISMATCH: { description: '数据源报告姓名与公民身份号码不一致（不判定所称事实）' },
    NO_RECORD: { description: '数据源无此人记录' },
    TIMEOUT: { description: '数据源超时' },
    UNREACHABLE: { description: '无法连接数据源' },
    ERROR: { description: '数据源返回错误' },
    BAD_RESPONSE: { description: '数据源应答格式错误' },
    BAD_SIGNATURE: { description: '数据源应答签名无效' },
    CIRCUIT_OPEN: { description: '数据源熔断中，未调用' },
    OVERLOADED: { description: '数据源并发已满，未调用' },
    SUSPENDED: { description: '数据源已暂停，未调用' },
    INTERRUPTED: { description: '网关重启，调用中断' },
    UNABLE: { description: '协查或第三方无法核实' },
    EXPIRED: { description: '协查或第三方逾期未答复' },
    CANCELLED: { description: '协查或第三方核查已撤回' },
    COMMITTED: { description: '当事人签署告知承诺' },
    WITHDRAWN: { description: '当事人撤回告知承诺' },
  },
});

// The reason a clerk reads when a source found the ID number under another name.
export const NAME_MISMATCH_TEXT = '姓名与公民身份号码不一致';

export enum BreakerState {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
  HALF_OPEN = 'HALF_OPEN',
}
registerEnumType(BreakerState, { name: 'BreakerState', description: '熔断器状态' });

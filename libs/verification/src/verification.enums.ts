import { registerEnumType } from '@nestjs/graphql';

export enum VerificationOutcome {
  CONFIRMED = 'CONFIRMED',
  REFUTED = 'REFUTED',
  UNRESOLVED = 'UNRESOLVED',
  COMMITTED = 'COMMITTED',
  UNAVAILABLE = 'UNAVAILABLE',
  NAME_MISMATCH = 'NAME_MISMATCH',
}
registerEnumType(VerificationOutcome, {
  name: 'VerificationOutcome',
  valuesMap: {
    CONFIRMED: { description: '所称事实属实' },
    REFUTED: { description: '所称事实不属实' },
    UNRESOLVED: { description: '共享数据无法判定，转下一核验途径' },
    COMMITTED: { description: '以当事人签署的告知承诺代替证明（事后核查）' },
    UNAVAILABLE: { description: '数据源暂时无法访问：不转协查，于 retryAfter 之后以同一幂等键重试' },
    NAME_MISMATCH: { description: '姓名与公民身份号码不一致：所称事实未判定，请核对姓名后重新核验' },
  },
});

export enum VerificationStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  valuesMap: {
    RUNNING: { description: '核验中' },
    DONE: { description: '已完成' },
    INTERRUPTED: { description: '网关中断，未完成；以同一幂等键重新提交可继续' },
  },
});

export enum VerificationRoute {
  DATA_SHARING = 'DATA_SHARING',
  INTER_DEPARTMENT = 'INTER_DEPARTMENT',
  THIRD_PARTY = 'THIRD_PARTY',
  COMMITMENT = 'COMMITMENT',
  MANUAL = 'MANUAL',
}
registerEnumType(VerificationRoute, {
  name: 'VerificationRoute',
  valuesMap: {
    DATA_SHARING: { description: '数据共享核验' },
    INTER_DEPARTMENT: { description: '部门间协查' },
    THIRD_PARTY: { description: '委托第三方或审批部门核查' },
    COMMITMENT: { description: '个人告知承诺' },
    MANUAL: { description: '办理部门人工核实（已无其他核验途径时）' },
  },
});

export enum ManualCheckResult {
  CONFIRMED = 'CONFIRMED',
  REFUTED = 'REFUTED',
}
registerEnumType(ManualCheckResult, {
  name: 'ManualCheckResult',
  valuesMap: {
    CONFIRMED: { description: '经人工核实属实' },
    REFUTED: { description: '经人工核实不属实' },
  },
});

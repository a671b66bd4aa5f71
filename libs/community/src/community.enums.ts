import { registerEnumType } from '@nestjs/graphql';

export enum CheckDecision {
  ALLOWED = 'ALLOWED',
  REFUSED = 'REFUSED',
}
registerEnumType(CheckDecision, { name: 'CheckDecision', description: 'ALLOWED：社区可出具；REFUSED：社区不应出具' });

export enum CheckReason {
  ON_PERMITTED_LIST = 'ON_PERMITTED_LIST',
  ABOLISHED = 'ABOLISHED',
  DATA_SHARING = 'DATA_SHARING',
  INTER_DEPARTMENT = 'INTER_DEPARTMENT',
  COMMITMENT = 'COMMITMENT',
  NEGATIVE_LIST = 'NEGATIVE_LIST',
  NOT_LISTED = 'NOT_LISTED',
}
registerEnumType(CheckReason, {
  name: 'CheckReason',
  valuesMap: {
    ON_PERMITTED_LIST: { description: '在社区可出具证明清单内' },
    ABOLISHED: { description: '该证明已取消' },
    DATA_SHARING: { description: '改由数据共享核验' },
    INTER_DEPARTMENT: { description: '改由部门间协查核验' },
    COMMITMENT: { description: '改由个人告知承诺' },
    NEGATIVE_LIST: { description: '属于不应由社区承担的事项（负面清单）' },
    NOT_LISTED: { description: '不在社区可出具证明清单内' },
  },
});

import { registerEnumType } from '@nestjs/graphql';

export enum DataUseKind {
  VERIFICATION = 'VERIFICATION',
  NAMED_IN_VERIFICATION = 'NAMED_IN_VERIFICATION',
  ASSIST_REVEAL = 'ASSIST_REVEAL',
  COMMITMENT = 'COMMITMENT',
  POST_VERIFICATION = 'POST_VERIFICATION',
  CREDIT_RECORD = 'CREDIT_RECORD',
}
registerEnumType(DataUseKind, {
  name: 'DataUseKind',
  description: '数据使用记录的种类',
  valuesMap: {
    VERIFICATION: { description: '核验了我的事实' },
    NAMED_IN_VERIFICATION: { description: '我作为亲属、配偶或对方在他人的核验中被提及' },
    ASSIST_REVEAL: { description: '协查人员查看了我的身份号码' },
    COMMITMENT: { description: '告知承诺' },
    POST_VERIFICATION: { description: '事后核查' },
    CREDIT_RECORD: { description: '信用记录' },
  },
});

// What a source answered, without the record itself.
export enum SourceAnswer {
  YES = 'YES',
  NO = 'NO',
  NO_RECORD = 'NO_RECORD',
  NO_ANSWER = 'NO_ANSWER',
}
registerEnumType(SourceAnswer, {
  name: 'SourceAnswer',
  valuesMap: {
    YES: { description: '是（属实）' },
    NO: { description: '否（不属实）' },
    NO_RECORD: { description: '无登记' },
    NO_ANSWER: { description: '未答复（超时、故障等）' },
  },
});

export enum ObjectionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  valuesMap: {
    OPEN: { description: '待答复' },
    ANSWERED: { description: '已答复' },
    CLOSED: { description: '已办结' },
  },
});

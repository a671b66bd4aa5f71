import type { DataUseKind, ObjectionStatus, SourceAnswer } from '../../gql/graphql';

export const KIND_LABEL: Record<DataUseKind, string> = {
  VERIFICATION: '核验了您的情况',
  NAMED_IN_VERIFICATION: '您在他人的核验中被提及',
  ASSIST_REVEAL: '协查人员查看了您的身份号码',
  COMMITMENT: '告知承诺',
  POST_VERIFICATION: '事后核查',
  CREDIT_RECORD: '信用记录',
};

export const ANSWER_LABEL: Record<SourceAnswer, string> = {
  YES: '是',
  NO: '否',
  NO_RECORD: '无登记',
  NO_ANSWER: '未答复',
};

export const OBJECTION_LABEL: Record<ObjectionStatus, string> = {
  OPEN: '质疑待答复',
  ANSWERED: '质疑已答复',
  CLOSED: '质疑已办结',
};

import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { formatBeijingTime } from '#gw/common';

// The status of one signed output (a receipt, a commitment record, a community certificate), as
// its entry in a published status list says it (IETF Token Status List, status types of 4 bits).
export enum TokenStatus {
  VALID = 'VALID',
  WITHDRAWN = 'WITHDRAWN',
  BREACHED = 'BREACHED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(TokenStatus, {
  name: 'TokenStatus',
  valuesMap: {
    VALID: { description: '有效' },
    WITHDRAWN: { description: '当事人已撤回承诺' },
    BREACHED: { description: '事后核查发现承诺不实' },
    REVOKED: { description: '已撤销' },
    SUPERSEDED: { description: '已被后续核验结果取代' },
  },
});

// Bits per entry in the published lists, and the value each status takes there: the draft's
// registered VALID (0x00) and INVALID (0x01, our REVOKED), and its application-specific values
// (0x03, 0x0B-0x0F) for the rest. Two bits would hold only four statuses.
export const STATUS_BITS = 4;
export const STATUS_VALUE: Record<TokenStatus, number> = {
  [TokenStatus.VALID]: 0x00,
  [TokenStatus.REVOKED]: 0x01,
  [TokenStatus.WITHDRAWN]: 0x03,
  [TokenStatus.BREACHED]: 0x0b,
  [TokenStatus.SUPERSEDED]: 0x0c,
};

// What kind of signed output an entry stands for; an entry is only read for its own kind.
export enum StatusKind {
  RECEIPT = 'RECEIPT',
  COMMITMENT_RECORD = 'COMMITMENT_RECORD',
  COMMUNITY_CERTIFICATE = 'COMMUNITY_CERTIFICATE',
}

// Why a status changed (a stable code; the Chinese text is for people).
export enum StatusReason {
  ROUTE_RESULT = 'ROUTE_RESULT',
  COMMITMENT_WITHDRAWN = 'COMMITMENT_WITHDRAWN',
  COMMITMENT_BREACHED = 'COMMITMENT_BREACHED',
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
}

export const STATUS_REASON_TEXT: Record<StatusReason, string> = {
  ROUTE_RESULT: '后续核验途径得出了新的结果，已签发新回执',
  COMMITMENT_WITHDRAWN: '当事人撤回了告知承诺',
  COMMITMENT_BREACHED: '告知承诺经事后核查不实',
  CERTIFICATE_REVOKED: '出具社区撤销了该证明',
};

export const STATUS_TEXT: Record<TokenStatus, string> = {
  VALID: '有效',
  WITHDRAWN: '已撤回',
  BREACHED: '承诺不实',
  REVOKED: '已撤销',
  SUPERSEDED: '已被取代',
};

@ObjectType('StatusReference', { description: '签发物的当前状态（依其在公开状态列表中的条目）' })
export class StatusReferenceModel {
  @Field(() => TokenStatus)
  status: TokenStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '状态变更时间（有效时为空）' })
  changedAt: Date | null;

  @Field(() => String, { nullable: true, description: '变更原因代码' })
  reason: StatusReason | null;

  @Field(() => String, { nullable: true, description: '变更原因' })
  reasonText: string | null;

  @Field({ description: '状态列表地址（status_list.uri）' })
  listUri: string;

  @Field(() => Int, { description: '在状态列表中的序号（status_list.idx）' })
  index: number;
}

// The sentence a receiving office reads when a signed output is no longer valid.
export function statusProblem(what: string, s: StatusReferenceModel): string | null {
  if (s.status === TokenStatus.VALID) return null;
  const when = s.changedAt ? `于 ${formatBeijingTime(s.changedAt)}（北京时间）` : '';
  const why = s.reasonText ? `：${s.reasonText}` : '';
  return `该${what}${when}${STATUS_TEXT[s.status]}${why}`;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, JSONScalar } from '#gw/common';

export enum CreditEventType {
  CREDIT_RECORD_CREATED = 'CREDIT_RECORD_CREATED',
  CREDIT_RECORD_REPAIRED = 'CREDIT_RECORD_REPAIRED',
}
registerEnumType(CreditEventType, {
  name: 'CreditEventType',
  description: '报送信用平台的事件类型',
  valuesMap: {
    CREDIT_RECORD_CREATED: { description: '新增失信（虚假承诺）记录' },
    CREDIT_RECORD_REPAIRED: { description: '信用修复' },
  },
});

export enum CreditDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
}
registerEnumType(CreditDeliveryStatus, {
  name: 'CreditDeliveryStatus',
  description: '信用事件报送状态',
  valuesMap: {
    PENDING: { description: '待报送（含报送失败等待重试）' },
    DELIVERED: { description: '信用平台已确认接收' },
  },
});

@ObjectType('CreditDelivery', { description: '报送信用平台的一条信用事件及其报送情况' })
export class CreditDeliveryModel {
  @Field(() => ID, { description: '事件编号（稳定不变，信用平台据此去重）' })
  id: string;

  @Field(() => CreditEventType)
  type: CreditEventType;

  @Field(() => CreditDeliveryStatus)
  status: CreditDeliveryStatus;

  @Field(() => Int, { description: '已失败的报送次数' })
  attempts: number;

  @Field(() => String, { nullable: true, description: '最近一次报送失败的原因' })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { description: '下次报送时间（已报送的事件无意义）' })
  nextAttemptAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: '事件发生时间' })
  createdAt: Date;

  @Field(() => JSONScalar, { description: '事件内容（当事人仅以脱敏信息和摘要值出现）' })
  payload: unknown;
}

@ObjectType()
export class CreditDeliveryConnection extends Connection(CreditDeliveryModel, 'CreditDelivery') {}

@ObjectType('CreditDeliverySummary', { description: '信用事件报送概况' })
export class CreditDeliverySummaryModel {
  @Field(() => Int, { description: '待报送' })
  pending: number;

  @Field(() => Int, { description: '已报送' })
  delivered: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '最早一条待报送事件的发生时间' })
  oldestPendingAt: Date | null;
}

import { Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Connection, JSONScalar, TimeRangeFilter } from '#gw/common';

export enum AuditOutcomeEnum {
  OK = 'OK',
  REFUSED = 'REFUSED',
}
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'OK：已执行；REFUSED：被拒绝（未作任何更改）',
});

@ObjectType('AuditEvent', { description: '审计事件（哈希链，仅含元数据，不含个人原始信息）' })
export class AuditEventModel {
  @Field(() => Int)
  seq: number;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  actorSubject: string;

  @Field(() => String, { nullable: true })
  actorDepartment: string | null;

  @Field(() => [String])
  actorRoles: string[];

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome: AuditOutcomeEnum;

  @Field(() => JSONScalar)
  detail: unknown;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  prevHash: string;

  @Field()
  hash: string;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@ObjectType({ description: '审计链校验结果' })
export class AuditChainReport {
  @Field()
  valid: boolean;

  @Field(() => Int)
  eventCount: number;

  @Field(() => Int, { nullable: true })
  brokenAtSeq: number | null;

  @Field(() => String, { nullable: true })
  problem: string | null;
}

@InputType()
export class AuditTrailFilter extends TimeRangeFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-zA-Z][a-zA-Z0-9.]{0,63}$/)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(128)
  actorSubject?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,64}$/)
  targetType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(128)
  targetId?: string;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  @IsOptional()
  outcome?: AuditOutcomeEnum;
}

import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Connection, JSONScalar, TimeRangeFilter } from '#gw/common';

export enum AuditOutcomeEnum {
  OK = 'OK',
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'OK：已执行；REFUSED：被拒绝（未作任何更改）；FAILED：执行中出现意外错误（未作任何更改）',
});

@ObjectType('AuditEvent', { description: '审计事件（哈希链，仅含元数据，不含个人原始信息）' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: '在哈希链中的序号；刚写入、尚未链接时为空' })
  seq: number | null;

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

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field(() => String, { nullable: true })
  hash: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '链接入哈希链的时间' })
  chainedAt: Date | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@ObjectType('AuditCheckpoint', { description: '网关签名的审计链检查点（序号、哈希、时间），任何人可保存以便日后核对' })
export class AuditCheckpointModel {
  @Field(() => Int)
  seq: number;

  @Field()
  hash: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field({ description: '签名令牌（JWS），可离线用网关 JWKS 核验' })
  token: string;
}

@ObjectType({ description: '审计链校验结果' })
export class AuditChainReport {
  @Field()
  valid: boolean;

  @Field(() => Int, { description: '已链接并校验的记录数' })
  eventCount: number;

  @Field(() => Int, { description: '已写入但尚未链接的记录数' })
  unchainedCount: number;

  @Field(() => Int, { description: '参与核对的签名检查点数' })
  checkpointsChecked: number;

  @Field(() => AuditCheckpointModel, { nullable: true })
  latestCheckpoint: AuditCheckpointModel | null;

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

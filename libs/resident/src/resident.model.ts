import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, JSONScalar, TimeRangeFilter } from '#gw/common';
import { CommitmentStatus, PostVerificationResult } from '#gw/commitment';
import { DataUseKind, ObjectionStatus, SourceAnswer } from './resident.enums';

@ObjectType({ description: '向一个数据源询问了什么、得到了什么答复（不含记录本身）' })
export class SourceAsked {
  @Field({ description: '数据源' })
  source: string;

  @Field(() => String, { nullable: true, description: '提供部门' })
  department: string | null;

  @Field(() => SourceAnswer)
  answer: SourceAnswer;

  @Field(() => GraphQLISODateTime)
  askedAt: Date;
}

@ObjectType({ description: '我的数据使用记录中的一条' })
export class DataUseEntry {
  @Field(() => ID, { description: '记录编号（种类:编号）' })
  id: string;

  @Field(() => DataUseKind)
  kind: DataUseKind;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => String, { nullable: true, description: '部门代码' })
  departmentCode: string | null;

  @Field(() => String, { nullable: true, description: '部门' })
  department: string | null;

  @Field(() => String, { nullable: true, description: '经办窗口或人员（登录账号）' })
  window: string | null;

  @Field(() => String, { nullable: true, description: '办理事项' })
  matter: string | null;

  @Field(() => String, { nullable: true, description: '用途' })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: '核验或承诺的事实' })
  fact: string | null;

  @Field(() => String, { nullable: true, description: '我在他人核验中的身份（如配偶、亲属）' })
  namedAs: string | null;

  @Field(() => [SourceAsked], { description: '询问了哪些数据源，答复是什么' })
  sources: SourceAsked[];

  @Field(() => String, { nullable: true, description: '结果（中文）' })
  result: string | null;

  @Field(() => ObjectionStatus, { nullable: true, description: '我对该条提出的质疑的状态' })
  objection: ObjectionStatus | null;
}

@ObjectType()
export class DataUseConnection extends Connection(DataUseEntry, 'DataUse') {}

@InputType()
export class DataUseFilter extends TimeRangeFilter {
  @Field(() => [DataUseKind], { nullable: true, description: '只看这些种类' })
  @IsOptional()
  @IsEnum(DataUseKind, { each: true })
  kinds?: DataUseKind[] | null;
}

@InputType()
export class RaiseObjectionInput {
  @Field(() => ID, { description: '数据使用记录编号（DataUseEntry.id）' })
  @IsString()
  @MaxLength(100)
  entryId: string;

  @Field({ description: '质疑内容（不要填写身份号码）' })
  @IsString()
  @MaxLength(1000)
  text: string;
}

@InputType()
export class AnswerObjectionInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: '答复内容' })
  @IsString()
  @MaxLength(2000)
  answer: string;

  @Field(() => Boolean, { nullable: true, description: '同时办结（居民看到“已办结”）' })
  @IsOptional()
  @IsBoolean()
  close?: boolean;
}

@ObjectType({ description: '居民对一条数据使用记录的质疑' })
export class ObjectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  entryId: string;

  @Field(() => DataUseKind)
  entryKind: DataUseKind;

  @Field()
  text: string;

  @Field(() => ObjectionStatus)
  status: ObjectionStatus;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: '被质疑记录的一条审计日志' })
export class ObjectionTrailEvent {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  action: string;

  @Field()
  actorSubject: string;

  @Field(() => String, { nullable: true })
  actorDepartment: string | null;

  @Field()
  outcome: string;

  @Field(() => JSONScalar)
  detail: unknown;
}

@ObjectType({ description: '供审计人员处理的居民质疑：质疑、被质疑的记录及其审计日志' })
export class ObjectionCaseModel extends ObjectionModel {
  @Field({ description: '当事人（脱敏）' })
  subjectMasked: string;

  @Field(() => DataUseEntry, { nullable: true, description: '被质疑的记录' })
  entry: DataUseEntry | null;

  @Field(() => [ObjectionTrailEvent], { description: '该记录的审计日志' })
  trail: ObjectionTrailEvent[];

  @Field(() => String, { nullable: true })
  answeredBy: string | null;
}

@ObjectType()
export class ObjectionCaseConnection extends Connection(ObjectionCaseModel, 'ObjectionCase') {}

@InputType()
export class ObjectionCaseFilter {
  @Field(() => ObjectionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ObjectionStatus)
  status?: ObjectionStatus | null;
}

@ObjectType({ description: '我的告知承诺' })
export class MyCommitmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  fact: string;

  @Field()
  department: string;

  @Field(() => String, { nullable: true })
  matter: string | null;

  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field({ description: '状态（中文）' })
  statusText: string;

  @Field({ description: '告知书全文' })
  noticeText: string;

  @Field()
  noticeVersion: string;

  @Field()
  noticeHash: string;

  @Field(() => String, { nullable: true, description: '签名方式' })
  signatureMethod: string | null;

  @Field(() => String, { nullable: true, description: '网关签名的承诺记录（可离线验证）' })
  record: string | null;

  @Field(() => GraphQLISODateTime)
  offeredAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  signedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '事后核查截止时间' })
  postVerifyDueAt: Date | null;

  @Field(() => PostVerificationResult, { nullable: true })
  postResult: PostVerificationResult | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  postVerifiedAt: Date | null;

  @Field({ description: '是否还能撤回（作出决定和事后核查之前）' })
  canWithdraw: boolean;
}

@ObjectType({ description: '我的信用记录' })
export class MyCreditRecordModel {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  repairedAt: Date | null;

  @Field({ description: '影响（中文）' })
  blocks: string;

  @Field({ description: '如何修复（中文）' })
  repair: string;
}

@ObjectType({ description: '社区为我出具的证明' })
export class MyCertificateModel {
  @Field(() => ID)
  id: string;

  @Field()
  serial: string;

  @Field()
  certificate: string;

  @Field()
  community: string;

  @Field()
  content: string;

  @Field()
  purpose: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field({ description: 'ISSUED | REVOKED' })
  status: string;

  @Field(() => String, { nullable: true })
  revokeReason: string | null;

  @Field({ description: '签名令牌（二维码内容），任何人可在 /public/check 验证' })
  token: string;
}

@ObjectType({ description: '我（登录的居民）' })
export class ResidentMeModel {
  @Field({ description: '身份号码（脱敏）' })
  subjectMasked: string;

  @Field()
  name: string;
}

@ObjectType({ description: '手机签署告知承诺的一次性链接' })
export class CommitmentSignLinkModel {
  @Field({ description: '一次性令牌：仅此一次返回，网关只保存其哈希' })
  token: string;

  @Field({ description: '控制台中的路径（/resident/sign#令牌），做成二维码给居民扫描' })
  path: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ObjectType({ description: '居民打开签署链接看到的告知书' })
export class SignLinkNoticeModel {
  @Field(() => ID)
  commitmentId: string;

  @Field()
  fact: string;

  @Field()
  department: string;

  @Field(() => String, { nullable: true })
  matter: string | null;

  @Field()
  noticeText: string;

  @Field()
  noticeVersion: string;

  @Field()
  noticeHash: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@InputType()
export class SignByLinkInput {
  @Field({ description: '一次性令牌' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: '所读告知书的 SHA-256（noticeHash）' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'acceptedNoticeHash 须为 64 位十六进制' })
  acceptedNoticeHash: string;

  @Field(() => String, { nullable: true, description: '屏幕手写签名图像的 SHA-256（可选）' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'signatureHash 须为 64 位十六进制' })
  signatureHash?: string | null;

  @Field(() => String, { nullable: true, description: '手写签名图像的存放编号（可选，与 signatureHash 同时提供）' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  signatureRef?: string | null;
}

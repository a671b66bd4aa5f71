import { StatusReferenceModel } from '#gw/status';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, NoIdNumber, UUID_PATTERN } from '#gw/common';
import { CommitmentStatus, PostVerificationResult, SignatureMethod } from './commitment.enums';

@ObjectType('Commitment', { description: '告知承诺' })
export class CommitmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  verificationId: string;

  @Field()
  factType: string;

  @Field()
  subjectMasked: string;

  @Field()
  requesterDepartment: string;

  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field({ description: '告知书版本' })
  noticeVersion: string;

  @Field({ description: '当事人看到的告知书全文' })
  noticeText: string;

  @Field({ description: '告知书全文的 SHA-256，签署时须回传以确认看到的是这份文本' })
  noticeHash: string;

  @Field()
  disclosed: boolean;

  @Field(() => SignatureMethod, { nullable: true })
  signatureMethod: SignatureMethod | null;

  @Field(() => String, { nullable: true })
  evidenceRef: string | null;

  @Field(() => String, { nullable: true, description: '网关签名的承诺记录（JWS），可离线验证' })
  record: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  signedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '事后核查截止时间' })
  postVerifyDueAt: Date | null;

  @Field({ description: '事后核查是否已逾期' })
  overdue: boolean;

  @Field(() => PostVerificationResult, { nullable: true })
  postResult: PostVerificationResult | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  postVerifiedAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class CommitmentConnection extends Connection(CommitmentModel, 'Commitment') {}

@ObjectType('CreditRecord', { description: '虚假承诺信用记录' })
export class CreditRecordModel {
  @Field(() => ID)
  id: string;

  @Field()
  subjectMasked: string;

  @Field(() => ID)
  commitmentId: string;

  @Field()
  kind: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  repairedAt: Date | null;

  @Field(() => String, { nullable: true })
  repairNote: string | null;
}

@ObjectType('CommitmentRecordCheck', { description: '承诺记录验证结果' })
export class CommitmentRecordCheckModel {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true })
  commitmentId: string | null;

  @Field(() => String, { nullable: true })
  subjectMasked: string | null;

  @Field(() => String, { nullable: true })
  noticeHash: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  signedAt: Date | null;

  @Field(() => StatusReferenceModel, {
    nullable: true,
    description: '承诺记录的当前状态（有效、已撤回、承诺不实）；签名无效或记录不带状态引用时为空',
  })
  status: StatusReferenceModel | null;
}

const ID_PATTERN = /^[0-9A-Za-z]{18}$/;

@InputType()
export class OfferCommitmentInput {
  @Field(() => ID)
  @IsString()
  verificationId: string;

  @Field({ description: '当事人公民身份号码（须与核验对象一致）' })
  @Matches(ID_PATTERN, { message: '公民身份号码应为 18 位' })
  idNumber: string;

  @Field({ nullable: true, description: '是否公开承诺（默认不公开）' })
  @IsOptional()
  @IsBoolean()
  disclosed?: boolean;
}

@InputType()
export class SignCommitmentInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: '签署人的公民身份号码：须为当事人本人，不得代签' })
  @Matches(ID_PATTERN, { message: '公民身份号码应为 18 位' })
  signerIdNumber: string;

  @Field({ description: '当事人所见告知书的 SHA-256（即 noticeHash）' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'acceptedNoticeHash 须为 64 位十六进制' })
  acceptedNoticeHash: string;

  @Field(() => SignatureMethod)
  @IsEnum(SignatureMethod)
  method: SignatureMethod;

  @Field({ description: '签名证据（签名图像、扫描件或电子签名）的 SHA-256' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'evidenceHash 须为 64 位十六进制' })
  evidenceHash: string;

  @Field({ description: '签名证据的存放位置或编号' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @NoIdNumber('签名证据编号')
  evidenceRef: string;
}

@InputType()
export class PostVerifyCommitmentInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => PostVerificationResult)
  @IsEnum(PostVerificationResult)
  result: PostVerificationResult;

  @Field({ description: '核查依据与情况' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @NoIdNumber('核查依据与情况')
  evidence: string;
}

@InputType()
export class CommitmentFilter {
  @Field(() => CommitmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus;

  @Field({ nullable: true, description: '只看事后核查已到期（含逾期）的' })
  @IsOptional()
  @IsBoolean()
  due?: boolean;

  @Field(() => ID, { nullable: true, description: '只看某次核验的承诺' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'verificationId 格式不正确' })
  verificationId?: string;
}

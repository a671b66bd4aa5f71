import { StatusReferenceModel } from '#gw/status';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CertificateTypeModel, DepartmentModel } from '#gw/catalog';
import { Connection, IsCatalogCode, JSONScalar, NoIdNumber, TimeRangeFilter } from '#gw/common';
import { AttemptOutcome } from '#gw/sources';
import { ManualCheckResult, VerificationOutcome, VerificationRoute, VerificationStatus } from './verification.enums';

@InputType()
export class SubjectInput {
  @Field({ description: '公民身份号码（18 位）；只用于向数据源核验，不落盘、不写日志' })
  @IsString()
  @MaxLength(32)
  idNumber: string;

  @Field({ nullable: true, description: '姓名（可选，数据源可一并比对）' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  @NoIdNumber('姓名')
  name?: string;
}

@InputType({ isAbstract: true })
abstract class VerificationRequestInput {
  @Field(() => SubjectInput)
  @ValidateNested()
  @Type(() => SubjectInput)
  subject: SubjectInput;

  @Field({ description: '办理事项' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @NoIdNumber('办理事项')
  matter: string;

  @Field({ description: '核验目的' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @NoIdNumber('核验目的')
  purpose: string;

  @Field(() => String, {
    nullable: true,
    description: '当事人居住社区（村）的 12 位区划代码（可选）：减负监测据此统计社区少开的证明',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  communityCode?: string | null;

  @Field({ description: '幂等键：同一部门同一键只核验一次' })
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'idempotencyKey 须为 8–100 位字母、数字或 ._:-' })
  idempotencyKey: string;
}

@InputType()
export class VerifyFactInput extends VerificationRequestInput {
  @Field({ description: '事实类型编码' })
  @IsCatalogCode()
  factType: string;

  @Field(() => JSONScalar, { description: '所称事实（结构见事实类型的 claimSchema）' })
  @IsObject({ message: 'claim 须为 JSON 对象' })
  claim: Record<string, unknown>;
}

@InputType()
export class FactClaimInput {
  @Field()
  @IsCatalogCode()
  factType: string;

  @Field(() => JSONScalar)
  @IsObject({ message: 'claim 须为 JSON 对象' })
  claim: Record<string, unknown>;
}

@InputType()
export class VerifyCertificateInput extends VerificationRequestInput {
  @Field({ description: '证明事项编码' })
  @IsCatalogCode()
  certificateCode: string;

  @Field(() => [FactClaimInput], { description: '该证明所需每项事实的所称内容' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FactClaimInput)
  facts: FactClaimInput[];
}

@ObjectType('VerificationAttempt', { description: '一次数据源调用' })
export class VerificationAttemptModel {
  @Field(() => ID)
  id: string;

  @Field(() => VerificationRoute)
  route: VerificationRoute;

  @Field(() => String, { nullable: true, description: '数据源编码' })
  source: string | null;

  @Field(() => AttemptOutcome)
  outcome: AttemptOutcome;

  @Field(() => Int, { nullable: true })
  latencyMs: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '数据源记录的时间' })
  recordAsOf: Date | null;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;
}

@ObjectType('Verification', { description: '事实核验' })
export class VerificationModel {
  @Field(() => ID)
  id: string;

  @Field()
  factType: string;

  @Field(() => String, { nullable: true })
  certificateCode: string | null;

  @Field(() => VerificationStatus)
  status: VerificationStatus;

  @Field(() => VerificationOutcome, { nullable: true })
  outcome: VerificationOutcome | null;

  @Field(() => VerificationRoute, { nullable: true, description: '作出结论的途径' })
  route: VerificationRoute | null;

  @Field(() => VerificationRoute, { nullable: true, description: '未能判定时的下一核验途径' })
  nextRoute: VerificationRoute | null;

  @Field(() => [VerificationRoute], { description: '依次可用的后续途径' })
  fallbackRoutes: VerificationRoute[];

  @Field(() => DepartmentModel, { nullable: true, description: '协查对象：事实的数据主管部门' })
  ownerDepartment: DepartmentModel | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field({ description: '脱敏的公民身份号码' })
  subjectMasked: string;

  @Field(() => JSONScalar, { description: '所称事实（其中的身份号码已脱敏）' })
  claim: unknown;

  @Field()
  matter: string;

  @Field()
  purpose: string;

  @Field()
  requesterDepartment: string;

  @Field(() => String, { nullable: true, description: '当事人居住社区（村）区划代码' })
  communityCode: string | null;

  @Field(() => String, { nullable: true, description: '作出结论的数据源' })
  source: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  recordAsOf: Date | null;

  @Field(() => String, { nullable: true })
  recordRef: string | null;

  @Field(() => String, { nullable: true, description: '签名回执（JWS），可凭网关公钥离线验证' })
  receipt: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'UNAVAILABLE 时：此时间之后以同一幂等键重试，网关将重新调用数据源；之前重试返回原结果',
  })
  retryAfter: Date | null;

  @Field(() => [VerificationAttemptModel])
  attempts: VerificationAttemptModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType()
export class VerificationConnection extends Connection(VerificationModel, 'Verification') {}

@ObjectType('CertificateVerification', { description: '一个证明事项所需全部事实的核验' })
export class CertificateVerificationModel {
  @Field(() => CertificateTypeModel)
  certificate: CertificateTypeModel;

  @Field(() => VerificationOutcome, {
    description:
      'CONFIRMED：全部属实；COMMITTED：其余事实以告知承诺代替；REFUTED：有事实不符；UNAVAILABLE：数据源暂时无法访问，稍后重试；UNRESOLVED：尚待核验',
  })
  outcome: VerificationOutcome;

  @Field(() => [VerificationModel])
  verifications: VerificationModel[];
}

@InputType()
export class VerificationFilter extends TimeRangeFilter {
  @Field(() => VerificationOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(VerificationOutcome)
  outcome?: VerificationOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsCatalogCode()
  factType?: string;

  @Field({ nullable: true, description: '当事人公民身份号码：只用于按密钥哈希查找，不落盘、不写日志' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{18}$/, { message: '公民身份号码应为 18 位' })
  subjectIdNumber?: string;
}

@ObjectType('ReceiptCheck', { description: '回执验证结果' })
export class ReceiptCheckModel {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true, description: '无效的原因' })
  problem: string | null;

  @Field(() => String, { nullable: true })
  keyId: string | null;

  @Field(() => String, { nullable: true })
  verificationId: string | null;

  @Field(() => String, { nullable: true })
  factType: string | null;

  @Field(() => VerificationOutcome, { nullable: true })
  outcome: VerificationOutcome | null;

  @Field(() => String, { nullable: true })
  subjectMasked: string | null;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  issuedAt: Date | null;

  @Field(() => JSONScalar, { nullable: true, description: '回执全部内容' })
  payload: unknown;

  @Field(() => StatusReferenceModel, {
    nullable: true,
    description: '回执的当前状态（有效、已被取代……）；签名无效或回执不带状态引用时为空',
  })
  status: StatusReferenceModel | null;
}

@InputType({ description: '办理部门的人工核实（已无其他核验途径时）' })
export class RecordManualCheckInput {
  @Field(() => ID)
  @IsString()
  verificationId: string;

  @Field({ description: '核实人（姓名或工号）' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  checkedBy: string;

  @Field({ description: '核实所见（查看了什么材料、什么情况）；不得填写公民身份号码' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  observed: string;

  @Field({ description: '证据材料的存档编号或位置' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  evidenceRef: string;

  @Field(() => ManualCheckResult)
  @IsEnum(ManualCheckResult)
  result: ManualCheckResult;
}

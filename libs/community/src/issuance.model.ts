import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, IsCatalogCode, IsRegionCode, NoIdNumber } from '#gw/common';
import { StatusReferenceModel } from '#gw/status';

@InputType()
export class IssueCommunityCertificateInput {
  @Field({ description: '社区（村）12 位区划代码' })
  @IsRegionCode()
  communityCode: string;

  @Field({ description: '证明事项编码（须在社区可出具证明清单内）' })
  @IsCatalogCode()
  certificateCode: string;

  @Field({ description: '当事人公民身份号码（只保存脱敏形式与密钥哈希）' })
  @Matches(/^[0-9A-Za-z]{18}$/, { message: '公民身份号码应为 18 位' })
  idNumber: string;

  @Field({ description: '用途' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @NoIdNumber('用途')
  purpose: string;

  @Field({ description: '证明内容（社区核实后据实填写，不含身份号码）' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @NoIdNumber('证明内容')
  content: string;
}

@ObjectType('IssuedCertificate', { description: '社区出具的证明（可凭签名令牌公开验证）' })
export class IssuedCertificateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '编号：区划代码-年度-序号' })
  serial: string;

  @Field()
  communityCode: string;

  @Field()
  certificateCode: string;

  @Field()
  subjectMasked: string;

  @Field()
  purpose: string;

  @Field()
  content: string;

  @Field({ description: '签名令牌（JWS）' })
  token: string;

  @Field({ description: '可生成二维码的字符串' })
  qr: string;

  @Field()
  status: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason: string | null;
}

@ObjectType('IssuedCertificateCheck', { description: '社区证明验证结果' })
export class IssuedCertificateCheckModel {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true })
  serial: string | null;

  @Field(() => String, { nullable: true })
  certificateName: string | null;

  @Field(() => String, { nullable: true })
  communityName: string | null;

  @Field(() => String, { nullable: true })
  subjectMasked: string | null;

  @Field(() => String, { nullable: true })
  content: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  issuedAt: Date | null;

  @Field({ description: '是否已被撤销' })
  revoked: boolean;

  @Field(() => StatusReferenceModel, {
    nullable: true,
    description: '证明的当前状态（有效、已撤销）；签名无效或证明不带状态引用时为空',
  })
  status: StatusReferenceModel | null;
}

@ObjectType()
export class IssuedCertificateConnection extends Connection(IssuedCertificateModel, 'IssuedCertificate') {}

@InputType()
export class IssuedCertificateFilter {
  @Field({ nullable: true, description: '编号（或其中一段，如年度-序号）' })
  @IsOptional()
  @Matches(/^[0-9-]{1,30}$/, { message: 'serial 只能包含数字和连字符' })
  serial?: string;

  @Field({ nullable: true, description: 'ISSUED：有效；REVOKED：已撤销' })
  @IsOptional()
  @IsIn(['ISSUED', 'REVOKED'], { message: 'status 须为 ISSUED 或 REVOKED' })
  status?: string;
}

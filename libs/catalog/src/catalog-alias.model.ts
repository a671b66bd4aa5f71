import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, NoIdNumber } from '#gw/common';

@InputType({ description: '为证明事项增加群众常用叫法（别称），由县民政局清单管理员（LIST_ADMIN）办理' })
export class AddCertificateAliasInput {
  @Field({ description: '证明事项编码' })
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'certificateCode 格式不正确' })
  certificateCode: string;

  @Field({ description: '别称，如“居住情况说明”（2–30 个字，不含数字）' })
  @IsString()
  @MaxLength(60)
  @NoIdNumber('别称')
  alias: string;

  @Field({ description: '增加理由，如“社区反映居民常这样说，近 30 天 12 次未能识别”' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoIdNumber('增加理由')
  reason: string;
}

@InputType()
export class RetireCertificateAliasInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: '停用理由' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoIdNumber('停用理由')
  reason: string;
}

@ObjectType('CertificateAlias', { description: '清单管理员增加的证明事项别称（停用后保留记录）' })
export class CertificateAliasModel {
  @Field(() => ID)
  id: string;

  @Field()
  certificateCode: string;

  @Field()
  alias: string;

  @Field({ description: '增加理由' })
  reason: string;

  @Field(() => Int, { description: '增加该别称的目录版本' })
  addedRevision: number;

  @Field()
  addedBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: '是否仍在使用' })
  active: boolean;

  @Field(() => Int, { nullable: true, description: '停用该别称的目录版本' })
  retiredRevision: number | null;

  @Field(() => String, { nullable: true })
  retiredBy: string | null;

  @Field(() => String, { nullable: true })
  retireReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  retiredAt: Date | null;
}

@ObjectType('CatalogRevision', { description: '证明事项目录的一次变更（目录版本）' })
export class CatalogRevisionModel {
  @Field(() => Int, { description: '目录版本号' })
  version: number;

  @Field({ description: 'ALIAS_ADDED（增加别称）或 ALIAS_RETIRED（停用别称）' })
  action: string;

  @Field()
  certificateCode: string;

  @Field()
  alias: string;

  @Field()
  reason: string;

  @Field()
  actorSubject: string;

  @Field(() => String, { nullable: true })
  actorDepartment: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType()
export class CatalogRevisionConnection extends Connection(CatalogRevisionModel, 'CatalogRevision') {}

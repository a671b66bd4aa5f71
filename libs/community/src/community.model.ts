import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  CertificateTypeModel,
  CheckDecision,
  CheckReason,
  CommunityListItemModel,
  ListVersionRefModel,
  RegionModel,
} from '#gw/catalog';
import { Connection, IsRegionCode, NoIdNumber, TimeRangeFilter } from '#gw/common';
import { CertificateCandidateModel } from './match-feedback.model';

@InputType()
export class CheckCommunityCertificateInput {
  @Field({ description: '社区（村）12 位区划代码' })
  @IsRegionCode()
  communityCode: string;

  @Field({ description: '证明事项编码，或居民所说的证明名称（如“住址证明”）' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @NoIdNumber('证明名称')
  certificate: string;
}

@ObjectType('CommunityCertificateCheck', { description: '社区证明出具前的清单核对结果（每次核对均留痕）' })
export class CommunityCertificateCheckModel {
  @Field()
  id: string;

  @Field()
  communityCode: string;

  @Field(() => RegionModel)
  community: RegionModel;

  @Field({ description: '居民/社区输入的证明名称或编码' })
  certificateInput: string;

  @Field(() => CertificateTypeModel, { nullable: true, description: '匹配到的证明事项' })
  certificateType: CertificateTypeModel | null;

  @Field(() => CheckDecision)
  decision: CheckDecision;

  @Field(() => CheckReason)
  reason: CheckReason;

  @Field({ description: '可告知居民的办理指引' })
  guidance: string;

  @Field()
  legalBasis: string;

  @Field(() => ListVersionRefModel, { nullable: true })
  listVersion: ListVersionRefModel | null;

  @Field(() => CommunityListItemModel, { nullable: true, description: '命中的负面清单条目' })
  negativeListItem?: CommunityListItemModel | null;

  @Field(() => [CertificateCandidateModel], {
    description:
      '识别出的证明事项：一项为已识别；几项（decision 为 AMBIGUOUS）时请与居民确认后按编码重新核对；不在清单内时为可能相关的事项',
  })
  candidates: CertificateCandidateModel[];

  @Field()
  actorSubject: string;

  @Field(() => GraphQLISODateTime)
  checkedAt: Date;
}

@ObjectType()
export class CommunityCertificateCheckConnection extends Connection(
  CommunityCertificateCheckModel,
  'CommunityCertificateCheck',
) {}

@InputType()
export class CommunityCheckFilter extends TimeRangeFilter {
  @Field({ nullable: true, description: '区划代码：县、乡镇或社区，含下级' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => CheckDecision, { nullable: true })
  @IsOptional()
  @IsEnum(CheckDecision)
  decision?: CheckDecision;

  @Field(() => CheckReason, { nullable: true })
  @IsOptional()
  @IsEnum(CheckReason)
  reason?: CheckReason;
}

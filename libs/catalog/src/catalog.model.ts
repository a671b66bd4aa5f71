import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Connection, IsRegionCode, JSONScalar } from '#gw/common';
import { DepartmentKind, Disposition, ListKind, RegionLevel } from './catalog.enums';
import { FactGroupKind } from './certificate-rule';

registerEnumType(FactGroupKind, {
  name: 'FactGroupKind',
  description: '证明事项的事实分组方式',
  valuesMap: {
    ALL_OF: { description: '组内事实须全部核验' },
    ANY_OF: { description: '组内事实核验其中任一即可' },
  },
});

@ObjectType('CertificateFactGroup', { description: '证明事项的一组事实：全部须核验，或任选其一' })
export class CertificateFactGroupModel {
  @Field(() => FactGroupKind)
  kind: FactGroupKind;

  @Field(() => [String], { description: '组内事实类型编码' })
  factTypes: string[];
}

@ObjectType('Region', { description: '行政区划（县、乡镇、社区/村）' })
export class RegionModel {
  @Field({ description: '12 位区划代码' })
  code: string;

  @Field()
  name: string;

  @Field(() => RegionLevel)
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field(() => RegionModel, { nullable: true })
  parent: RegionModel | null;

  @Field({ description: '示例数据（非种子文件内容）' })
  isSample: boolean;
}

@ObjectType('Department', { description: '部门或受委托第三方' })
export class DepartmentModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => DepartmentKind)
  kind: DepartmentKind;

  @Field()
  regionCode: string;

  @Field()
  isSample: boolean;
}

@ObjectType('FactType', { description: '待核验的事实类型' })
export class FactTypeModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => JSONScalar, { description: '核验声明的结构（JSON Schema）' })
  claimSchema: unknown;

  @Field(() => DepartmentModel, { description: '数据主管部门（协查对象）' })
  ownerDepartment: DepartmentModel;

  @Field({ description: '是否允许以告知承诺替代（高风险事项不允许）' })
  commitmentAllowed: boolean;

  @Field({ description: '是否允许委托第三方核查' })
  thirdPartyAllowed: boolean;

  @Field(() => Int, { nullable: true, description: '承诺后事后核查期限（天）' })
  postVerifyDays: number | null;

  @Field(() => Int, { description: '协查答复时限（小时）' })
  assistDueHours: number;

  @Field()
  isSample: boolean;
}

@ObjectType('CertificateType', { description: '证明事项' })
export class CertificateTypeModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Disposition)
  disposition: Disposition;

  @Field(() => [String], { description: '群众常用的其他叫法' })
  aliases: string[];

  @Field()
  legalBasis: string;

  @Field()
  description: string;

  @Field(() => [FactTypeModel], { description: '核验所涉及的全部事实（含可相互替代的）' })
  factTypes: FactTypeModel[];

  @Field(() => [CertificateFactGroupModel], {
    description: '核验规则：每一组都须满足；ALL_OF 组的事实全部核验，ANY_OF 组核验其中任一即可',
  })
  factGroups: CertificateFactGroupModel[];

  @Field()
  isSample: boolean;
}

@ObjectType()
export class CertificateTypeConnection extends Connection(CertificateTypeModel, 'CertificateType') {}

@ObjectType('CommunityListItem')
export class CommunityListItemModel {
  @Field(() => Int)
  seq: number;

  @Field(() => String, { nullable: true, description: '工作类型（负面清单）' })
  category: string | null;

  @Field()
  content: string;

  @Field({ description: '工作依据' })
  legalBasis: string;

  @Field(() => String, { nullable: true, description: '列入负面清单原因' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  certificateCode: string | null;

  @Field(() => String, { nullable: true, description: '填报表格的要求部门' })
  departmentCode: string | null;

  @Field(() => String, { nullable: true, description: '填报频次：MONTHLY、QUARTERLY、HALF_YEARLY、YEARLY' })
  frequency: string | null;
}

@ObjectType('ListVersionRef', { description: '清单版本' })
export class ListVersionRefModel {
  @Field()
  id: string;

  @Field(() => ListKind)
  kind: ListKind;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  effectiveFrom: Date;
}

@ObjectType('CommunityList', { description: '某一版本的社区清单' })
export class CommunityListModel extends ListVersionRefModel {
  @Field()
  source: string;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field()
  isSample: boolean;

  @Field(() => String, { nullable: true, description: '与上一版相比的变化' })
  changeSummary: string | null;

  @Field(() => ID, { nullable: true, description: '发布该版本的社区工作准入申请' })
  applicationId: string | null;

  @Field(() => [CommunityListItemModel])
  items: CommunityListItemModel[];
}

@ObjectType('ListVersionHistory', { description: '清单的一个版本及其有效期' })
export class ListVersionHistoryModel extends ListVersionRefModel {
  @Field()
  source: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '被下一版取代的时间；为空表示仍有效或尚未生效' })
  effectiveTo: Date | null;

  @Field({ description: '今天是否为现行版本' })
  inForce: boolean;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field(() => String, { nullable: true })
  changeSummary: string | null;

  @Field(() => ID, { nullable: true })
  applicationId: string | null;

  @Field(() => Int)
  itemCount: number;

  @Field()
  isSample: boolean;
}

@ObjectType()
export class ListVersionHistoryConnection extends Connection(ListVersionHistoryModel, 'ListVersionHistory') {}

@InputType()
export class RegionFilter {
  @Field(() => RegionLevel, { nullable: true })
  @IsOptional()
  @IsEnum(RegionLevel)
  level?: RegionLevel;

  @Field({ nullable: true, description: '上级区划代码' })
  @IsOptional()
  @IsRegionCode()
  parentCode?: string;
}

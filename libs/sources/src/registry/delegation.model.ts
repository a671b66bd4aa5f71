import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DepartmentModel } from '#gw/catalog';
import { IsCatalogCode } from '#gw/common';

@ObjectType('FactTypeDelegation', {
  description: '事实类型主管部门委托其他部门为该事实登记数据源（撤销后保留记录）',
})
export class FactTypeDelegationModel {
  @Field(() => ID)
  id: string;

  @Field()
  factType: string;

  @Field(() => DepartmentModel, { description: '事实类型的主管部门（委托方）' })
  ownerDepartment: DepartmentModel;

  @Field(() => DepartmentModel, { description: '受托登记数据源的部门' })
  delegateDepartment: DepartmentModel;

  @Field()
  reason: string;

  @Field({ description: '委托是否仍有效' })
  active: boolean;

  @Field()
  grantedBy: string;

  @Field(() => GraphQLISODateTime)
  grantedAt: Date;

  @Field(() => String, { nullable: true })
  revokedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason: string | null;
}

@InputType()
export class DelegateFactTypeInput {
  @Field({ description: '本部门主管的事实类型编码' })
  @IsCatalogCode()
  factType: string;

  @Field({ description: '受托部门编码' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'delegateDepartmentCode 格式不正确' })
  delegateDepartmentCode: string;

  @Field({ description: '委托依据或原因（200 字以内）' })
  @IsString()
  @MaxLength(200)
  reason: string;
}

@InputType()
export class FactTypeDelegationFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsCatalogCode()
  factType?: string;

  @Field({ nullable: true, description: '只列出仍有效的委托' })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean;
}

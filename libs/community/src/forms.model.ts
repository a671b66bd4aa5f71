import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection, IsRegionCode } from '#gw/common';

@InputType()
export class RecordFormFilingInput {
  @Field()
  @IsRegionCode()
  communityCode: string;

  @Field({ description: '表格名称（须与填报表格清单一致）' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  form: string;

  @Field({ description: '填报期：按月 YYYY-MM、按季 YYYY-Qn、按半年 YYYY-Hn、按年 YYYY' })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, { message: 'period 格式不正确' })
  period: string;
}

@InputType()
export class FormFilingFilter {
  @Field({ nullable: true, description: '县、乡镇或社区区划代码（含下级）' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

@ObjectType('FormFiling', { description: '社区按清单填报表格的记录' })
export class FormFilingModel {
  @Field(() => ID)
  id: string;

  @Field()
  communityCode: string;

  @Field()
  formName: string;

  @Field()
  period: string;

  @Field()
  filedBy: string;

  @Field(() => GraphQLISODateTime)
  filedAt: Date;
}

@ObjectType()
export class FormFilingConnection extends Connection(FormFilingModel, 'FormFiling') {}

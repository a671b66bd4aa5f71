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
  // a year of this century: 0000 or 9999 is a typing mistake, not a period anyone filed for
  @Matches(/^20\d{2}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, {
    message: 'period 须为 2000–2099 年间的填报期，如 2026、2026-11、2026-Q4、2026-H2',
  })
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

import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Connection, JSONScalar, NoIdNumber, UUID_PATTERN } from '#gw/common';
import { AssistAnswer, AssistKind, AssistStatus } from './assist.enums';

@ObjectType('AssistPerson', {
  description: '协查涉及的人员：当事人及所称事实中的其他人（配偶、亲属、户主等），只显示脱敏号码',
})
export class AssistPersonModel {
  @Field({ description: '字段：subject 为当事人，其余为所称事实中的字段名（如 spouseIdNumber）' })
  field: string;

  @Field({ description: '人员，如“当事人”“配偶”' })
  label: string;

  @Field({ description: '脱敏的公民身份号码' })
  masked: string;

  @Field({ description: '协查待答复期间，受理部门可查看完整号码（留痕）' })
  revealable: boolean;
}

@ObjectType('AssistRequest', { description: '部门间协查或委托第三方核查' })
export class AssistRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => AssistKind)
  kind: AssistKind;

  @Field(() => ID)
  verificationId: string;

  @Field({ description: '发起部门' })
  fromDepartment: string;

  @Field({ description: '协查对象部门或受托机构' })
  toDepartment: string;

  @Field()
  factType: string;

  @Field(() => JSONScalar, { description: '所称事实（身份号码已脱敏）' })
  claim: unknown;

  @Field()
  subjectMasked: string;

  @Field(() => [AssistPersonModel], { description: '当事人及所称事实中的其他人，均为脱敏号码' })
  persons: AssistPersonModel[];

  @Field()
  question: string;

  @Field(() => AssistStatus)
  status: AssistStatus;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => AssistAnswer, { nullable: true })
  answer: AssistAnswer | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;
}

@ObjectType()
export class AssistRequestConnection extends Connection(AssistRequestModel, 'AssistRequest') {}

@InputType()
export class AssistClaimIdNumberInput {
  @Field({ description: '所称事实中的字段名，如 spouseIdNumber' })
  @IsString()
  @Matches(/^[A-Za-z]{1,64}$/, { message: 'field 须为所称事实中的字段名' })
  field: string;

  @Field({ description: '该字段的完整公民身份号码（须与核验时所称一致）' })
  @IsString()
  @MaxLength(32)
  idNumber: string;
}

@InputType()
export class RequestAssistInput {
  @Field(() => ID)
  @IsString()
  verificationId: string;

  @Field({ description: '当事人公民身份号码：须与核验对象一致，密封保存供协查部门查找，结案即删除' })
  @IsString()
  @MaxLength(32)
  idNumber: string;

  @Field(() => [AssistClaimIdNumberInput], {
    nullable: true,
    description:
      '所称事实中其他人的完整公民身份号码（配偶、亲属、户主等），所称事实中有几个须提供几个；密封保存，结案即删除',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AssistClaimIdNumberInput)
  claimIdNumbers?: AssistClaimIdNumberInput[];

  @Field({ nullable: true, description: '需要协查部门核实的问题（默认按事实类型生成）' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @NoIdNumber('协查问题')
  question?: string;
}

@InputType()
export class AnswerAssistInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => AssistAnswer)
  @IsEnum(AssistAnswer)
  answer: AssistAnswer;

  @Field({ description: '核实情况说明' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @NoIdNumber('核实情况说明')
  note: string;
}

@InputType()
export class AssistFilter {
  @Field(() => AssistStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssistStatus)
  status?: AssistStatus;

  @Field(() => AssistKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssistKind)
  kind?: AssistKind;

  @Field(() => ID, { nullable: true, description: '只看某次核验的协查' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'verificationId 格式不正确' })
  verificationId?: string;
}

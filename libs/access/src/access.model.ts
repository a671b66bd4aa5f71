import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ListKind, ListVersionRefModel } from '#gw/catalog';
import { Connection, IsCatalogCode, NoIdNumber } from '#gw/common';
import {
  ApprovalAuthority,
  FormFrequency,
  ReviewDecision,
  StepDecision,
  WorkAccessAction,
  WorkAccessStatus,
  WorkAccessStep,
} from './access.enums';
import { WorkAccessScreeningModel } from './screening.model';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '社区工作准入申请（实施方案四（二）、四（三））' })
export class SubmitWorkAccessApplicationInput {
  @Field(() => ListKind, { description: '拟调整的清单：DUTY、ASSIST、PERMITTED_CERTIFICATE 或 FORM' })
  @IsEnum(ListKind)
  listKind: ListKind;

  @Field(() => WorkAccessAction)
  @IsEnum(WorkAccessAction)
  action: WorkAccessAction;

  @Field(() => Int, { description: '申请所依据的清单版本（须为最新版本）' })
  @IsInt()
  @Min(1)
  baseVersion: number;

  @Field({ nullable: true, description: '纳入：事项内容（可出具证明清单可省略，取证明名称）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoIdNumber('事项内容')
  content?: string;

  @Field({ nullable: true, description: '纳入：法律法规或政策依据' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoIdNumber('依据')
  legalBasis?: string;

  @Field({ nullable: true, description: '纳入可出具证明清单：证明事项编码' })
  @IsOptional()
  @IsCatalogCode()
  certificateCode?: string;

  @Field(() => FormFrequency, { nullable: true, description: '纳入填报表格清单：填报频次' })
  @IsOptional()
  @IsEnum(FormFrequency)
  frequency?: FormFrequency;

  @Field(() => Int, { nullable: true, description: '移出：清单中的序号' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  itemSeq?: number;

  @Field({ nullable: true, description: '纳入：申请部门提供的经费支持' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoIdNumber('经费支持')
  funding?: string;

  @Field({ nullable: true, description: '纳入：申请部门提供的必要工作条件（人员、场地、设备等）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoIdNumber('工作条件')
  workingConditions?: string;

  @Field({ description: '申请理由' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  @NoIdNumber('申请理由')
  justification: string;
}

@InputType()
export class ReviewWorkAccessInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => WorkAccessStep, { description: 'CIVIL_AFFAIRS_REVIEW（LIST_ADMIN）或 ORGANIZATION_REVIEW（REVIEWER）' })
  @IsEnum(WorkAccessStep)
  step: WorkAccessStep;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field({ description: '审核意见（不予通过须说明理由）' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @NoIdNumber('审核意见')
  reason: string;
}

@InputType({ description: '县委、县政府对准入申请的批准（或不予批准）' })
export class RecordCountyApprovalInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ description: 'true：批准，发布新版清单；false：不予批准' })
  approved: boolean;

  @Field(() => ApprovalAuthority)
  @IsEnum(ApprovalAuthority)
  authority: ApprovalAuthority;

  @Field({ description: '批准文件文号，如 环政发〔2026〕12号' })
  @IsString()
  @MaxLength(60)
  @NoIdNumber('批准文件文号')
  documentNumber: string;

  @Field({ description: '批准日期 YYYY-MM-DD' })
  @Matches(DAY, { message: 'approvedOn 格式应为 YYYY-MM-DD' })
  approvedOn: string;

  @Field({ nullable: true, description: '新版清单生效日期 YYYY-MM-DD（批准时必填，不早于今天）' })
  @IsOptional()
  @Matches(DAY, { message: 'effectiveFrom 格式应为 YYYY-MM-DD' })
  effectiveFrom?: string;

  @Field({ description: '说明' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @NoIdNumber('说明')
  reason: string;
}

@InputType()
export class WorkAccessFilter {
  @Field(() => WorkAccessStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WorkAccessStatus)
  status?: WorkAccessStatus;

  @Field(() => ListKind, { nullable: true })
  @IsOptional()
  @IsEnum(ListKind)
  listKind?: ListKind;

  @Field({ nullable: true, description: '申请部门编码' })
  @IsOptional()
  @IsCatalogCode()
  applicantDepartment?: string;
}

@ObjectType('WorkAccessStepRecord', { description: '准入申请的一个办理环节' })
export class WorkAccessStepModel {
  @Field(() => WorkAccessStep)
  step: WorkAccessStep;

  @Field(() => StepDecision)
  decision: StepDecision;

  @Field()
  reason: string;

  @Field()
  actorSubject: string;

  @Field(() => String, { nullable: true })
  actorDepartment: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('WorkAccessApplication', { description: '社区工作准入申请' })
export class WorkAccessApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ListKind)
  listKind: ListKind;

  @Field(() => WorkAccessAction)
  action: WorkAccessAction;

  @Field(() => Int)
  baseVersion: number;

  @Field()
  content: string;

  @Field()
  legalBasis: string;

  @Field(() => String, { nullable: true })
  certificateCode: string | null;

  @Field(() => String, { nullable: true })
  frequency: string | null;

  @Field(() => Int, { nullable: true })
  itemSeq: number | null;

  @Field({ description: '经费支持' })
  funding: string;

  @Field({ description: '必要工作条件' })
  workingConditions: string;

  @Field()
  justification: string;

  @Field()
  applicantDepartment: string;

  @Field()
  applicantSubject: string;

  @Field(() => WorkAccessStatus)
  status: WorkAccessStatus;

  @Field(() => ApprovalAuthority, { nullable: true })
  approvalAuthority: ApprovalAuthority | null;

  @Field(() => String, { nullable: true, description: '批准文件文号' })
  approvalDocument: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedOn: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  effectiveFrom: Date | null;

  @Field(() => ListVersionRefModel, { nullable: true, description: '批准后发布的清单版本' })
  listVersion: ListVersionRefModel | null;

  @Field(() => [WorkAccessStepModel], { description: '办理经过，按时间先后' })
  steps: WorkAccessStepModel[];

  @Field(() => WorkAccessScreeningModel, {
    nullable: true,
    description: '负面清单筛查：可能涉及负面清单时有此项，须由县民政局核实后才能审核通过',
  })
  screening: WorkAccessScreeningModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType()
export class WorkAccessApplicationConnection extends Connection(WorkAccessApplicationModel, 'WorkAccessApplication') {}

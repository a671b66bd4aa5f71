import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { NoIdNumber } from '#gw/common';

export enum ScreeningStatus {
  FLAGGED = 'FLAGGED',
  CONFIRMED = 'CONFIRMED',
  CLEARED = 'CLEARED',
}
registerEnumType(ScreeningStatus, {
  name: 'ScreeningStatus',
  description: '负面清单筛查：可能涉及负面清单的申请须由县民政局核实',
  valuesMap: {
    FLAGGED: { description: '可能涉及负面清单，待县民政局核实' },
    CONFIRMED: { description: '经核实属于负面清单事项，不能通过' },
    CLEARED: { description: '经核实不属于负面清单事项' },
  },
});

export enum ScreeningResolution {
  CONFIRM = 'CONFIRM',
  CLEAR = 'CLEAR',
}
registerEnumType(ScreeningResolution, {
  name: 'ScreeningResolution',
  valuesMap: {
    CONFIRM: { description: '确认属于负面清单事项（此后只能不予通过）' },
    CLEAR: { description: '排除：不属于负面清单事项' },
  },
});

@ObjectType('WorkAccessScreening', { description: '准入申请的负面清单筛查结果' })
export class WorkAccessScreeningModel {
  @Field(() => ScreeningStatus)
  status: ScreeningStatus;

  @Field({ description: '筛查所用的负面清单版本' })
  listVersionId: string;

  @Field(() => Int, { description: '可能涉及的负面清单条目序号' })
  itemSeq: number;

  @Field(() => String, { nullable: true, description: '工作类型' })
  category: string | null;

  @Field(() => [String], { description: '申请中涉及该条目的说法' })
  terms: string[];

  @Field({ description: '涉及的原句' })
  clause: string;

  @Field(() => GraphQLISODateTime)
  flaggedAt: Date;

  @Field(() => String, { nullable: true })
  resolvedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: '核实意见' })
  resolutionReason: string | null;
}

@InputType({ description: '县民政局（LIST_ADMIN）核实负面清单筛查提示' })
export class ResolveWorkAccessScreeningInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => ScreeningResolution)
  @IsEnum(ScreeningResolution)
  resolution: ScreeningResolution;

  @Field({ description: '核实意见（必填）' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  @NoIdNumber('说明')
  reason: string;
}

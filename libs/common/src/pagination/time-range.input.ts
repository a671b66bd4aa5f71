import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { AppException } from '../errors/app.exception';

// Half-open period [from, to) shared by the list filters.
@InputType({ isAbstract: true })
export abstract class TimeRangeFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: '起始时间（含）' })
  @IsOptional()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '截止时间（不含）' })
  @IsOptional()
  to?: Date;
}

export function assertTimeRange(range: { from?: Date; to?: Date }): void {
  if (range.from && range.to && range.from >= range.to)
    throw AppException.badInput('起始时间须早于结束时间', { field: 'from' });
}

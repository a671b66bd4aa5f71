import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { Connection } from '#gw/common';
import { CheckReason } from '#gw/catalog';
import { TrendGranularity } from './burden-day';

registerEnumType(TrendGranularity, {
  name: 'TrendGranularity',
  valuesMap: {
    DAY: { description: '按日' },
    WEEK: { description: '按周（周一起）' },
    MONTH: { description: '按自然月' },
  },
});

// Counters are plain numbers of one aggregated row: they cost nothing beyond the row itself
// (the query complexity limit still counts the rows and the page size).
const COUNTER = { complexity: 0 } as const;

@InputType()
export class BurdenFilter {
  @Field({ description: '县、乡镇或社区区划代码（含下级社区）' })
  // checked by the service, which answers in Chinese
  @IsString()
  regionCode: string;

  @Field({ description: '起始日期（含），YYYY-MM-DD，北京时间' })
  @IsString()
  from: string;

  @Field({ description: '截止日期（含），YYYY-MM-DD，北京时间；期间最长 3 年' })
  @IsString()
  to: string;
}

@ObjectType('CheckReasonCount', { description: '按拒绝原因统计的核对次数' })
export class CheckReasonCountModel {
  @Field(() => CheckReason, COUNTER)
  reason: CheckReason;

  @Field(() => Int, COUNTER)
  count: number;
}

@ObjectType({ isAbstract: true })
export abstract class BurdenCountsModel {
  @Field(() => Int, { ...COUNTER, description: '核对结果为可出具的次数' })
  checksAllowed: number;

  @Field(() => Int, { ...COUNTER, description: '核对结果为不应出具的次数' })
  checksRefused: number;

  @Field(() => [CheckReasonCountModel], { description: '不应出具的次数，按原因（每种原因一行，含 0）' })
  refusedByReason: CheckReasonCountModel[];

  @Field(() => Int, { ...COUNTER, description: '社区出具的证明' })
  certificatesIssued: number;

  @Field(() => Int, { ...COUNTER, description: '撤销的证明' })
  certificatesRevoked: number;

  @Field(() => Int, { ...COUNTER, description: '按填报表格清单登记的填报' })
  formsFiled: number;

  @Field(() => Int, { ...COUNTER, description: '发起的协查（含委托第三方核查）' })
  assistRequested: number;

  @Field(() => Int, { ...COUNTER, description: '按期答复的协查' })
  assistAnswered: number;

  @Field(() => Int, { ...COUNTER, description: '逾期未答复的协查' })
  assistOverdue: number;

  @Field(() => Int, { ...COUNTER, description: '经数据共享得出结论的核验' })
  verifiedBySharedData: number;

  @Field(() => Int, { ...COUNTER, description: '经部门间协查、第三方核查或告知承诺得出结论的核验' })
  verifiedByOtherRoutes: number;

  @Field(() => Float, {
    ...COUNTER,
    nullable: true,
    description: '数据共享核验占已得出结论核验的比例（0–1）；无核验时为空',
  })
  sharedDataShare: number | null;
}

@ObjectType('BurdenRow', { description: '一个社区在期间内的减负监测数据' })
export class BurdenRowModel extends BurdenCountsModel {
  @Field(COUNTER)
  communityCode: string;

  @Field(COUNTER)
  communityName: string;
}

@ObjectType()
export class BurdenRowConnection extends Connection(BurdenRowModel, 'BurdenRow') {}

@ObjectType('BurdenTotals', { description: '区划在期间内的减负监测合计' })
export class BurdenTotalsModel extends BurdenCountsModel {
  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => Int, { description: '区划内社区（村）数' })
  communities: number;

  @Field()
  from: string;

  @Field()
  to: string;
}

@ObjectType('BurdenBucket', { description: '趋势中的一段时间（首尾两段截至查询期间）' })
export class BurdenBucketModel extends BurdenCountsModel {
  @Field({ description: '本段首日（含）' })
  start: string;

  @Field({ description: '本段末日（含）' })
  end: string;
}

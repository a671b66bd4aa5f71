import { Args, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { TrendGranularity } from './burden-day';
import {
  BurdenBucketModel,
  BurdenFilter,
  BurdenRowConnection,
  BurdenRowModel,
  BurdenTotalsModel,
} from './burden.model';
import { BurdenService } from './burden.service';

const READERS = [Role.LIST_ADMIN, Role.REVIEWER, Role.AUDITOR, Role.COMMUNITY_STAFF];

@Resolver(() => BurdenRowModel)
export class BurdenResolver {
  constructor(private readonly burden: BurdenService) {}

  @Query(() => BurdenRowConnection, {
    description: '减负监测：区划内每个社区（村）在期间内的数据，按区划代码排序；无数据的社区为 0',
  })
  @Roles(...READERS)
  async burdenReport(
    @CurrentCaller() caller: Caller,
    @Args('filter') filter: BurdenFilter,
    @Args() page: PageArgs,
  ): Promise<BurdenRowConnection> {
    return toConnection(await this.burden.report(caller, filter, page), (r) => encodeCursor(r.communityCode));
  }

  @Query(() => BurdenTotalsModel, { description: '减负监测：区划在期间内的合计' })
  @Roles(...READERS)
  burdenTotals(@CurrentCaller() caller: Caller, @Args('filter') filter: BurdenFilter): Promise<BurdenTotalsModel> {
    return this.burden.totals(caller, filter);
  }

  @Query(() => [BurdenBucketModel], { description: '减负监测趋势：区划合计按日、周或月分段' })
  @Roles(...READERS)
  burdenTrend(
    @CurrentCaller() caller: Caller,
    @Args('filter') filter: BurdenFilter,
    @Args('granularity', { type: () => TrendGranularity }) granularity: TrendGranularity,
  ): Promise<BurdenBucketModel[]> {
    return this.burden.trend(caller, filter, granularity);
  }
}

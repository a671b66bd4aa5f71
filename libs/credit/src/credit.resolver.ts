import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '#gw/auth';
import { encodeCursor, toConnection } from '#gw/common';
import { cursorKey, CreditOutboxService } from './credit-outbox.service';
import {
  CreditDeliveryConnection,
  CreditDeliveryModel,
  CreditDeliveryStatus,
  CreditDeliverySummaryModel,
} from './credit.model';

@Resolver(() => CreditDeliveryModel)
export class CreditResolver {
  constructor(private readonly outbox: CreditOutboxService) {}

  @Query(() => CreditDeliveryConnection, { description: '报送信用平台的信用事件及报送状态（新事件在前）' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  async creditDeliveries(
    @Args('status', { type: () => CreditDeliveryStatus, nullable: true }) status?: CreditDeliveryStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CreditDeliveryConnection> {
    return toConnection(await this.outbox.list(status ?? undefined, first, after), (r) => encodeCursor(cursorKey(r)));
  }

  @Query(() => CreditDeliverySummaryModel, { description: '信用事件报送概况：待报送、已报送、最早待报送时间' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  creditDeliverySummary(): Promise<CreditDeliverySummaryModel> {
    return this.outbox.summary();
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, TIME_AND_ID_KEY, toConnection } from '#gw/common';
import { CreditOutboxService } from './credit-outbox.service';
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
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('status', { type: () => CreditDeliveryStatus, nullable: true }) status?: CreditDeliveryStatus,
  ): Promise<CreditDeliveryConnection> {
    return toConnection(await this.outbox.list(caller, status ?? undefined, page), (r) =>
      encodeCursor(TIME_AND_ID_KEY.encode(r)),
    );
  }

  @Query(() => CreditDeliverySummaryModel, { description: '信用事件报送概况：待报送、已报送、最早待报送时间' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  creditDeliverySummary(@CurrentCaller() caller: Caller): Promise<CreditDeliverySummaryModel> {
    return this.outbox.summary(caller);
  }
}

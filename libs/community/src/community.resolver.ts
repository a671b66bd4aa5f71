import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import {
  CheckCommunityCertificateInput,
  CommunityCertificateCheckConnection,
  CommunityCertificateCheckModel,
  CommunityCheckFilter,
} from './community.model';
import { CommunityService } from './community.service';

@Resolver(() => CommunityCertificateCheckModel)
export class CommunityResolver {
  constructor(private readonly community: CommunityService) {}

  @Mutation(() => CommunityCertificateCheckModel, {
    description: '社区出具证明前核对：是否在可出具清单内，不可出具时给出办理指引',
  })
  @Roles(Role.COMMUNITY_STAFF)
  checkCommunityCertificate(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CheckCommunityCertificateInput,
  ): Promise<CommunityCertificateCheckModel> {
    return this.community.checkCertificate(caller, input);
  }

  @Query(() => CommunityCertificateCheckConnection, { description: '社区证明核对记录（新记录在前）' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  async communityChecks(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CommunityCheckFilter, nullable: true }) filter?: CommunityCheckFilter,
  ): Promise<CommunityCertificateCheckConnection> {
    return toConnection(await this.community.checks(caller, filter ?? {}, page), (c) => encodeCursor(c.id));
  }
}

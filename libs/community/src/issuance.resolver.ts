import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Public, Role, Roles } from '#gw/auth';
import { encodeCursor, FreeText, PageArgs, toConnection } from '#gw/common';
import {
  IssueCommunityCertificateInput,
  IssuedCertificateCheckModel,
  IssuedCertificateConnection,
  IssuedCertificateFilter,
  IssuedCertificateModel,
} from './issuance.model';
import { IssuanceService } from './issuance.service';

@Resolver(() => IssuedCertificateModel)
export class IssuanceResolver {
  constructor(private readonly issuance: IssuanceService) {}

  @Mutation(() => IssuedCertificateModel, { description: '出具社区可出具清单内的证明，获得编号和签名令牌' })
  @Roles(Role.COMMUNITY_STAFF)
  issueCommunityCertificate(
    @CurrentCaller() caller: Caller,
    @Args('input') input: IssueCommunityCertificateInput,
  ): Promise<IssuedCertificateModel> {
    return this.issuance.issue(caller, input);
  }

  @Mutation(() => IssuedCertificateModel, { description: '撤销本社区出具的证明' })
  @Roles(Role.COMMUNITY_STAFF)
  revokeCommunityCertificate(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', new FreeText('撤销原因')) reason: string,
  ): Promise<IssuedCertificateModel> {
    return this.issuance.revoke(caller, id, reason);
  }

  @Query(() => IssuedCertificateConnection, { description: '本社区出具的证明（新的在前），可按编号查找' })
  @Roles(Role.COMMUNITY_STAFF)
  async issuedCertificates(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: IssuedCertificateFilter,
  ): Promise<IssuedCertificateConnection> {
    return toConnection(await this.issuance.list(caller, filter ?? {}, page), (c) => encodeCursor(c.id));
  }

  @Query(() => IssuedCertificateCheckModel, { description: '收件单位验证社区证明（无需登录；可传令牌或二维码字符串）' })
  @Public()
  verifyCommunityCertificate(@Args('token') token: string): Promise<IssuedCertificateCheckModel> {
    return this.issuance.verify(token);
  }
}

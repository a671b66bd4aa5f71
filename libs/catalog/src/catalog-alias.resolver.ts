import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import {
  AddCertificateAliasInput,
  CatalogRevisionConnection,
  CertificateAliasModel,
  RetireCertificateAliasInput,
} from './catalog-alias.model';
import { CatalogAliasService } from './catalog-alias.service';

@Resolver(() => CertificateAliasModel)
export class CatalogAliasResolver {
  constructor(private readonly aliases: CatalogAliasService) {}

  @Mutation(() => CertificateAliasModel, {
    description: '为证明事项增加别称（新的目录版本，留痕），社区核对即时按新别称识别',
  })
  @Roles(Role.LIST_ADMIN)
  addCertificateAlias(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AddCertificateAliasInput,
  ): Promise<CertificateAliasModel> {
    return this.aliases.add(caller, input);
  }

  @Mutation(() => CertificateAliasModel, { description: '停用一个增加的别称（保留记录，新的目录版本）' })
  @Roles(Role.LIST_ADMIN)
  retireCertificateAlias(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RetireCertificateAliasInput,
  ): Promise<CertificateAliasModel> {
    return this.aliases.retire(caller, input);
  }

  @Query(() => CatalogRevisionConnection, { description: '证明事项目录的变更记录（目录版本），新的在前' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  async catalogRevisions(@CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<CatalogRevisionConnection> {
    return toConnection(await this.aliases.revisions(caller, page), (r) => encodeCursor(String(r.version)));
  }
}

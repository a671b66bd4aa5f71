import { Args, GraphQLISODateTime, Int, Query, Resolver } from '@nestjs/graphql';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { ALL_ROLES, Public, Roles } from '#gw/auth';
import { ListKind } from './catalog.enums';
import {
  CertificateTypeConnection,
  CertificateTypeModel,
  CommunityListModel,
  DepartmentModel,
  FactTypeModel,
  ListVersionHistoryConnection,
  RegionFilter,
  RegionModel,
} from './catalog.model';
import { CatalogService } from './catalog.service';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => CertificateTypeConnection, { description: '证明事项目录，可按名称或别称检索' })
  @Roles(...ALL_ROLES)
  async certificateTypes(
    @Args() page: PageArgs,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<CertificateTypeConnection> {
    return toConnection(await this.catalog.certificateTypes(search, page), (c) => encodeCursor(c.code));
  }

  @Query(() => CertificateTypeModel, { description: '按编码查询证明事项' })
  @Roles(...ALL_ROLES)
  certificateType(@Args('code') code: string): Promise<CertificateTypeModel> {
    return this.catalog.certificateType(code);
  }

  @Query(() => [FactTypeModel])
  @Roles(...ALL_ROLES)
  factTypes(): Promise<FactTypeModel[]> {
    return this.catalog.factTypes();
  }

  @Query(() => [DepartmentModel])
  @Roles(...ALL_ROLES)
  departments(): Promise<DepartmentModel[]> {
    return this.catalog.departments();
  }

  @Query(() => [RegionModel])
  @Roles(...ALL_ROLES)
  regions(@Args('filter', { nullable: true }) filter?: RegionFilter): Promise<RegionModel[]> {
    return this.catalog.regions(filter);
  }

  // the lists are public policy documents (also downloadable at /lists/*): anyone may read them
  @Query(() => CommunityListModel, { description: '某类社区清单在指定日期（默认今天）生效的版本（无需登录）' })
  @Public()
  communityList(
    @Args('kind', { type: () => ListKind }) kind: ListKind,
    @Args('at', { type: () => GraphQLISODateTime, nullable: true }) at?: Date,
    @Args('version', { type: () => Int, nullable: true, description: '指定版本号（优先于 at）' }) version?: number,
  ): Promise<CommunityListModel> {
    return this.catalog.communityList(kind, at ?? new Date(), version);
  }

  @Query(() => ListVersionHistoryConnection, { description: '清单的历次版本，新的在前（无需登录）' })
  @Public()
  async listHistory(
    @Args('kind', { type: () => ListKind }) kind: ListKind,
    @Args() page: PageArgs,
  ): Promise<ListVersionHistoryConnection> {
    return toConnection(await this.catalog.listHistory(kind, page), (v) => encodeCursor(String(v.version)));
  }
}

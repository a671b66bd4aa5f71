import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { DataSourceFilter, DataSourceModel, RegisterDataSourceInput, UpdateDataSourceInput } from './data-source.model';
import { DelegateFactTypeInput, FactTypeDelegationFilter, FactTypeDelegationModel } from './delegation.model';
import { RegistryService } from './registry.service';
import { SourceStatus } from '../sources.enums';
import { FreeText } from '#gw/common';

@Resolver(() => DataSourceModel)
export class RegistryResolver {
  constructor(private readonly registry: RegistryService) {}

  @Query(() => [DataSourceModel], { description: '已登记的部门数据源' })
  @Roles(Role.SOURCE_ADMIN, Role.WINDOW_STAFF, Role.AUDITOR)
  dataSources(
    @CurrentCaller() caller: Caller,
    @Args('filter', { nullable: true }) filter?: DataSourceFilter,
  ): Promise<DataSourceModel[]> {
    return this.registry.list(caller, filter ?? {});
  }

  @Query(() => DataSourceModel)
  @Roles(Role.SOURCE_ADMIN, Role.WINDOW_STAFF, Role.AUDITOR)
  dataSource(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<DataSourceModel> {
    return this.registry.get(caller, id);
  }

  @Mutation(() => DataSourceModel, { description: '登记本部门的数据源' })
  @Roles(Role.SOURCE_ADMIN)
  registerDataSource(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RegisterDataSourceInput,
  ): Promise<DataSourceModel> {
    return this.registry.register(caller, input);
  }

  @Mutation(() => DataSourceModel)
  @Roles(Role.SOURCE_ADMIN)
  updateDataSource(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateDataSourceInput,
  ): Promise<DataSourceModel> {
    return this.registry.update(caller, input);
  }

  @Mutation(() => DataSourceModel, { description: '暂停数据源（不再被调用）' })
  @Roles(Role.SOURCE_ADMIN)
  suspendDataSource(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', new FreeText('暂停原因')) reason: string,
  ): Promise<DataSourceModel> {
    return this.registry.setStatus(caller, id, SourceStatus.SUSPENDED, reason);
  }

  @Mutation(() => DataSourceModel)
  @Roles(Role.SOURCE_ADMIN)
  reactivateDataSource(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DataSourceModel> {
    return this.registry.setStatus(caller, id, SourceStatus.ACTIVE, undefined);
  }

  @Mutation(() => DataSourceModel, { description: '授权某部门使用数据源' })
  @Roles(Role.SOURCE_ADMIN)
  grantSourceAccess(
    @CurrentCaller() caller: Caller,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('consumerDepartmentCode') consumerDepartmentCode: string,
  ): Promise<DataSourceModel> {
    return this.registry.setGrant(caller, sourceId, consumerDepartmentCode, true);
  }

  @Mutation(() => DataSourceModel)
  @Roles(Role.SOURCE_ADMIN)
  revokeSourceAccess(
    @CurrentCaller() caller: Caller,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('consumerDepartmentCode') consumerDepartmentCode: string,
  ): Promise<DataSourceModel> {
    return this.registry.setGrant(caller, sourceId, consumerDepartmentCode, false);
  }

  @Mutation(() => DataSourceModel, { description: '探测数据源是否可用' })
  @Roles(Role.SOURCE_ADMIN)
  probeDataSource(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DataSourceModel> {
    return this.registry.probe(caller, id);
  }

  @Query(() => [FactTypeDelegationModel], { description: '事实类型的数据源登记委托（本部门给出或获得的）' })
  @Roles(Role.SOURCE_ADMIN, Role.AUDITOR)
  factTypeDelegations(
    @CurrentCaller() caller: Caller,
    @Args('filter', { nullable: true }) filter?: FactTypeDelegationFilter,
  ): Promise<FactTypeDelegationModel[]> {
    return this.registry.listDelegations(caller, filter ?? {});
  }

  @Mutation(() => FactTypeDelegationModel, { description: '事实类型主管部门委托其他部门为该事实登记数据源' })
  @Roles(Role.SOURCE_ADMIN)
  delegateFactType(
    @CurrentCaller() caller: Caller,
    @Args('input') input: DelegateFactTypeInput,
  ): Promise<FactTypeDelegationModel> {
    return this.registry.delegate(caller, input);
  }

  @Mutation(() => FactTypeDelegationModel, { description: '撤销委托：受托部门的数据源不再为该事实作答' })
  @Roles(Role.SOURCE_ADMIN)
  revokeFactTypeDelegation(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<FactTypeDelegationModel> {
    return this.registry.revokeDelegation(caller, id, reason);
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { FormFilingConnection, FormFilingFilter, FormFilingModel, RecordFormFilingInput } from './forms.model';
import { FormsService } from './forms.service';

@Resolver(() => FormFilingModel)
export class FormsResolver {
  constructor(private readonly forms: FormsService) {}

  @Mutation(() => FormFilingModel, { description: '登记本社区按清单填报的表格；清单外的表格不予登记' })
  @Roles(Role.COMMUNITY_STAFF)
  recordFormFiling(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordFormFilingInput,
  ): Promise<FormFilingModel> {
    return this.forms.record(caller, input);
  }

  @Query(() => FormFilingConnection, { description: '社区填报记录（新记录在前）' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  async formFilings(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => FormFilingFilter, nullable: true }) filter?: FormFilingFilter,
  ): Promise<FormFilingConnection> {
    return toConnection(await this.forms.list(caller, filter ?? {}, page), (r) => encodeCursor(r.id));
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles, WORK_ACCESS_APPLICANT_ROLES } from '#gw/auth';
import { encodeCursor, FreeText, PageArgs, toConnection } from '#gw/common';
import {
  RecordCountyApprovalInput,
  ReviewWorkAccessInput,
  SubmitWorkAccessApplicationInput,
  WorkAccessApplicationConnection,
  WorkAccessApplicationModel,
  WorkAccessFilter,
} from './access.model';
import { AccessService } from './access.service';
import { ResolveWorkAccessScreeningInput } from './screening.model';

const APPLICANTS = WORK_ACCESS_APPLICANT_ROLES;

@Resolver(() => WorkAccessApplicationModel)
export class AccessResolver {
  constructor(private readonly access: AccessService) {}

  @Mutation(() => WorkAccessApplicationModel, { description: '部门提出社区工作准入申请（纳入或移出清单事项）' })
  @Roles(...APPLICANTS)
  submitWorkAccessApplication(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SubmitWorkAccessApplicationInput,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.submit(caller, input);
  }

  @Mutation(() => WorkAccessApplicationModel, {
    description: '审核准入申请：先由县民政局（LIST_ADMIN），再由县委组织部（REVIEWER）',
  })
  @Roles(Role.LIST_ADMIN, Role.REVIEWER)
  reviewWorkAccessApplication(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ReviewWorkAccessInput,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.review(caller, input);
  }

  @Mutation(() => WorkAccessApplicationModel, {
    description: '县民政局核实准入申请的负面清单筛查提示：确认（只能不予通过）或排除（可审核通过），须说明理由',
  })
  @Roles(Role.LIST_ADMIN)
  resolveWorkAccessScreening(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ResolveWorkAccessScreeningInput,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.resolveScreening(caller, input);
  }

  @Mutation(() => WorkAccessApplicationModel, { description: '登记县委、县政府的批准文件；批准即发布新版清单' })
  @Roles(Role.LIST_ADMIN)
  recordWorkAccessApproval(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordCountyApprovalInput,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.recordCountyApproval(caller, input);
  }

  @Mutation(() => WorkAccessApplicationModel, { description: '申请部门撤回尚未办结的准入申请' })
  @Roles(...APPLICANTS)
  withdrawWorkAccessApplication(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', new FreeText('撤回原因')) reason: string,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.withdraw(caller, id, reason);
  }

  @Query(() => WorkAccessApplicationModel, { description: '一件准入申请及其办理经过' })
  @Roles(...APPLICANTS, Role.AUDITOR)
  workAccessApplication(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WorkAccessApplicationModel> {
    return this.access.application(caller, id);
  }

  @Query(() => WorkAccessApplicationConnection, {
    description: '准入申请，新的在前；民政、组织、监督部门可看全部，其他部门只看本部门',
  })
  @Roles(...APPLICANTS, Role.AUDITOR)
  async workAccessApplications(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => WorkAccessFilter, nullable: true }) filter?: WorkAccessFilter,
  ): Promise<WorkAccessApplicationConnection> {
    return toConnection(await this.access.applications(caller, filter ?? {}, page), (a) => encodeCursor(a.id));
  }
}

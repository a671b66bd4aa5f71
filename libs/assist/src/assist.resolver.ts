import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, FreeText, PageArgs, toConnection } from '#gw/common';
import {
  AnswerAssistInput,
  AssistFilter,
  AssistRequestConnection,
  AssistRequestModel,
  RequestAssistInput,
} from './assist.model';
import { AssistService, SUBJECT_FIELD } from './assist.service';

@Resolver(() => AssistRequestModel)
export class AssistResolver {
  constructor(private readonly assist: AssistService) {}

  @Mutation(() => AssistRequestModel, { description: '对未能通过共享数据判定的核验发起部门间协查（或委托第三方核查）' })
  @Roles(Role.WINDOW_STAFF)
  requestAssist(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RequestAssistInput,
  ): Promise<AssistRequestModel> {
    return this.assist.request(caller, input);
  }

  @Mutation(() => AssistRequestModel, { description: '答复发给本部门（机构）的协查；重复提交相同答复不产生变化' })
  @Roles(Role.DEPT_OFFICER, Role.THIRD_PARTY)
  answerAssistRequest(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AnswerAssistInput,
  ): Promise<AssistRequestModel> {
    return this.assist.answer(caller, input);
  }

  @Mutation(() => AssistRequestModel, { description: '发起部门撤回待答复的协查' })
  @Roles(Role.WINDOW_STAFF)
  cancelAssistRequest(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', new FreeText('撤回原因')) reason: string,
  ): Promise<AssistRequestModel> {
    return this.assist.cancel(caller, id, reason);
  }

  @Query(() => AssistRequestConnection, { description: '本部门发出或收到的协查（新记录在前）' })
  @Roles(Role.DEPT_OFFICER, Role.THIRD_PARTY, Role.WINDOW_STAFF, Role.AUDITOR)
  async assistRequests(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AssistFilter, nullable: true }) filter?: AssistFilter,
  ): Promise<AssistRequestConnection> {
    return toConnection(await this.assist.list(caller, filter ?? {}, page), (r) => encodeCursor(r.id));
  }

  @Query(() => AssistRequestModel)
  @Roles(Role.DEPT_OFFICER, Role.THIRD_PARTY, Role.WINDOW_STAFF, Role.AUDITOR)
  assistRequest(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssistRequestModel> {
    return this.assist.get(caller, id);
  }

  @Mutation(() => String, {
    description: '协查部门查看当事人或所称事实中其他人（配偶、亲属、户主等）的公民身份号码（仅待答复期间，每次留痕）',
  })
  @Roles(Role.DEPT_OFFICER, Role.THIRD_PARTY)
  revealAssistSubject(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('field', {
      type: () => String,
      nullable: true,
      defaultValue: SUBJECT_FIELD,
      description: 'subject（当事人，默认）或所称事实中的身份号码字段，如 spouseIdNumber',
    })
    field: string | null,
  ): Promise<string> {
    return this.assist.reveal(caller, id, field ?? SUBJECT_FIELD);
  }
}

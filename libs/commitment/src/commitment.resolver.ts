import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Public, Role, Roles } from '#gw/auth';
import { encodeCursor, FreeText, PageArgs, toConnection } from '#gw/common';
import { StatusReferenceModel } from '#gw/status';
import {
  CommitmentConnection,
  CommitmentFilter,
  CommitmentModel,
  CommitmentRecordCheckModel,
  CreditRecordModel,
  OfferCommitmentInput,
  PostVerifyCommitmentInput,
  SignCommitmentInput,
} from './commitment.model';
import { CommitmentService } from './commitment.service';

@Resolver(() => CommitmentModel)
export class CommitmentResolver {
  constructor(private readonly commitments: CommitmentService) {}

  @ResolveField(() => StatusReferenceModel, {
    nullable: true,
    description: '签名承诺记录的当前状态（有效、已撤回、承诺不实）；未签署时为空',
  })
  recordStatus(@Parent() c: CommitmentModel): Promise<StatusReferenceModel | null> {
    return this.commitments.recordStatus(c);
  }

  @Mutation(() => CommitmentModel, { description: '向当事人出具告知书，提出以告知承诺代替证明' })
  @Roles(Role.WINDOW_STAFF)
  offerCommitment(
    @CurrentCaller() caller: Caller,
    @Args('input') input: OfferCommitmentInput,
  ): Promise<CommitmentModel> {
    return this.commitments.offer(caller, input);
  }

  @Mutation(() => CommitmentModel, { description: '登记当事人本人签署的承诺；网关签名承诺记录' })
  @Roles(Role.WINDOW_STAFF)
  signCommitment(@CurrentCaller() caller: Caller, @Args('input') input: SignCommitmentInput): Promise<CommitmentModel> {
    return this.commitments.sign(caller, input);
  }

  @Mutation(() => CommitmentModel, { description: '当事人在作出决定前撤回承诺' })
  @Roles(Role.WINDOW_STAFF)
  withdrawCommitment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', new FreeText('撤回原因')) reason: string,
  ): Promise<CommitmentModel> {
    return this.commitments.withdraw(caller, id, reason);
  }

  @Mutation(() => CommitmentModel, { description: '登记事后核查结果；不实的记入信用记录' })
  @Roles(Role.WINDOW_STAFF, Role.DEPT_OFFICER)
  recordPostVerification(
    @CurrentCaller() caller: Caller,
    @Args('input') input: PostVerifyCommitmentInput,
  ): Promise<CommitmentModel> {
    return this.commitments.postVerify(caller, input);
  }

  @Query(() => CommitmentConnection, {
    name: 'commitments',
    description: '本部门的告知承诺（due: true 只看事后核查到期的）',
  })
  @Roles(Role.WINDOW_STAFF, Role.DEPT_OFFICER, Role.AUDITOR)
  async listCommitments(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CommitmentFilter, nullable: true }) filter?: CommitmentFilter,
  ): Promise<CommitmentConnection> {
    return toConnection(await this.commitments.list(caller, filter ?? {}, page), (c) => encodeCursor(c.id));
  }

  @Query(() => CommitmentConnection, {
    name: 'commitmentsToPostVerify',
    description:
      '本部门主管事实类型的、待事后核查的告知承诺（默认已签署待核查；due: true 只看已到期的；status 可查已核查的）',
  })
  @Roles(Role.DEPT_OFFICER, Role.AUDITOR)
  async listCommitmentsToPostVerify(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CommitmentFilter, nullable: true }) filter?: CommitmentFilter,
  ): Promise<CommitmentConnection> {
    return toConnection(await this.commitments.toPostVerify(caller, filter ?? {}, page), (c) => encodeCursor(c.id));
  }

  @Query(() => CommitmentModel)
  @Roles(Role.WINDOW_STAFF, Role.DEPT_OFFICER, Role.AUDITOR)
  commitment(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<CommitmentModel> {
    return this.commitments.get(caller, id);
  }

  @Query(() => CommitmentRecordCheckModel, { description: '验证承诺记录（无需登录）' })
  @Public()
  verifyCommitmentRecord(@Args('token') token: string): Promise<CommitmentRecordCheckModel> {
    return this.commitments.verifyRecord(token);
  }

  @Query(() => [CreditRecordModel], { description: '虚假承诺信用记录（可按当事人身份号码查询）' })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  creditRecords(
    @CurrentCaller() caller: Caller,
    @Args('subjectIdNumber', { nullable: true }) subjectIdNumber?: string,
  ): Promise<CreditRecordModel[]> {
    return this.commitments.creditRecords(caller, subjectIdNumber);
  }

  @Mutation(() => CreditRecordModel, { description: '登记信用修复' })
  @Roles(Role.LIST_ADMIN)
  repairCreditRecord(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', new FreeText('修复说明')) note: string,
  ): Promise<CreditRecordModel> {
    return this.commitments.repairCredit(caller, id, note);
  }
}

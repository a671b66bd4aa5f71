import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import {
  AnswerObjectionInput,
  CommitmentSignLinkModel,
  DataUseConnection,
  DataUseFilter,
  MyCertificateModel,
  MyCommitmentModel,
  MyCreditRecordModel,
  ObjectionCaseConnection,
  ObjectionCaseFilter,
  ObjectionCaseModel,
  ObjectionModel,
  RaiseObjectionInput,
  ResidentMeModel,
  SignByLinkInput,
  SignLinkNoticeModel,
} from './resident.model';
import { ResidentService } from './resident.service';

@Resolver()
export class ResidentResolver {
  constructor(private readonly resident: ResidentService) {}

  @Query(() => ResidentMeModel, { description: '登录的居民（身份号码脱敏）' })
  @Roles(Role.RESIDENT)
  residentMe(@CurrentCaller() caller: Caller): ResidentMeModel {
    return this.resident.me(caller);
  }

  @Query(() => DataUseConnection, { description: '我的数据使用记录（新记录在前）；每次查看都记入审计日志' })
  @Roles(Role.RESIDENT)
  async myDataUses(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => DataUseFilter, nullable: true }) filter?: DataUseFilter,
  ): Promise<DataUseConnection> {
    return toConnection(await this.resident.dataUses(caller, filter ?? {}, page), (e) => encodeCursor(e.id));
  }

  @Query(() => [ObjectionModel], { description: '我提出的质疑及其处理状态' })
  @Roles(Role.RESIDENT)
  myObjections(@CurrentCaller() caller: Caller): Promise<ObjectionModel[]> {
    return this.resident.myObjections(caller);
  }

  @Mutation(() => ObjectionModel, { description: '对一条数据使用记录提出质疑，交审计人员处理' })
  @Roles(Role.RESIDENT)
  raiseObjection(@CurrentCaller() caller: Caller, @Args('input') input: RaiseObjectionInput): Promise<ObjectionModel> {
    return this.resident.raiseObjection(caller, input);
  }

  @Query(() => [MyCommitmentModel], { description: '我的告知承诺及事后核查结果' })
  @Roles(Role.RESIDENT)
  myCommitments(@CurrentCaller() caller: Caller): Promise<MyCommitmentModel[]> {
    return this.resident.myCommitments(caller);
  }

  @Query(() => [MyCreditRecordModel], { description: '我的信用记录、影响及修复方式' })
  @Roles(Role.RESIDENT)
  myCreditRecords(@CurrentCaller() caller: Caller): Promise<MyCreditRecordModel[]> {
    return this.resident.myCreditRecords(caller);
  }

  @Query(() => [MyCertificateModel], { description: '社区为我出具的证明及其当前状态' })
  @Roles(Role.RESIDENT)
  myCertificates(@CurrentCaller() caller: Caller): Promise<MyCertificateModel[]> {
    return this.resident.myCertificates(caller);
  }

  @Query(() => SignLinkNoticeModel, { description: '打开手机签署链接：阅读告知书全文（须为当事人本人）' })
  @Roles(Role.RESIDENT)
  commitmentSignLink(@CurrentCaller() caller: Caller, @Args('token') token: string): Promise<SignLinkNoticeModel> {
    return this.resident.openSignLink(caller, token);
  }

  @Mutation(() => MyCommitmentModel, { description: '当事人本人在手机上签署告知承诺（一次性链接）' })
  @Roles(Role.RESIDENT)
  signCommitmentByLink(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SignByLinkInput,
  ): Promise<MyCommitmentModel> {
    return this.resident.signByLink(caller, input);
  }

  @Mutation(() => MyCommitmentModel, { description: '当事人本人在作出决定前撤回自己的承诺' })
  @Roles(Role.RESIDENT)
  withdrawMyCommitment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<MyCommitmentModel> {
    return this.resident.withdrawMine(caller, id, reason);
  }

  @Mutation(() => CommitmentSignLinkModel, { description: '为待签署的承诺生成手机签署的一次性链接（二维码）' })
  @Roles(Role.WINDOW_STAFF)
  createCommitmentSignLink(
    @CurrentCaller() caller: Caller,
    @Args('commitmentId', { type: () => ID }) commitmentId: string,
  ): Promise<CommitmentSignLinkModel> {
    return this.resident.createSignLink(caller, commitmentId);
  }

  @Query(() => ObjectionCaseConnection, { description: '居民质疑（附被质疑记录及其审计日志）' })
  @Roles(Role.AUDITOR)
  async residentObjections(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ObjectionCaseFilter, nullable: true }) filter?: ObjectionCaseFilter,
  ): Promise<ObjectionCaseConnection> {
    return toConnection(await this.resident.objectionCases(caller, filter ?? {}, page), (c) => encodeCursor(c.id));
  }

  @Mutation(() => ObjectionCaseModel, { description: '答复居民质疑（可同时办结）' })
  @Roles(Role.AUDITOR)
  answerResidentObjection(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AnswerObjectionInput,
  ): Promise<ObjectionCaseModel> {
    return this.resident.answerObjection(caller, input);
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Public, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { ManualCheckService } from './manual-check.service';
import { ReceiptService } from './receipt.service';
import {
  CertificateVerificationModel,
  ReceiptCheckModel,
  RecordManualCheckInput,
  VerificationConnection,
  VerificationFilter,
  VerificationModel,
  VerifyCertificateInput,
  VerifyFactInput,
} from './verification.model';
import { VerificationService } from './verification.service';

@Resolver(() => VerificationModel)
export class VerificationResolver {
  constructor(
    private readonly service: VerificationService,
    private readonly receipts: ReceiptService,
    private readonly manualChecks: ManualCheckService,
  ) {}

  @Mutation(() => VerificationModel, { description: '通过共享数据核验一项事实（同一幂等键只核验一次）' })
  @Roles(Role.WINDOW_STAFF)
  verifyFact(@CurrentCaller() caller: Caller, @Args('input') input: VerifyFactInput): Promise<VerificationModel> {
    return this.service.verifyFact(caller, input);
  }

  @Mutation(() => CertificateVerificationModel, { description: '一次核验某证明事项所需的全部事实' })
  @Roles(Role.WINDOW_STAFF)
  verifyCertificate(
    @CurrentCaller() caller: Caller,
    @Args('input') input: VerifyCertificateInput,
  ): Promise<CertificateVerificationModel> {
    return this.service.verifyCertificate(caller, input);
  }

  @Mutation(() => VerificationModel, {
    description:
      '已无其他核验途径时，由发起核验的窗口部门记录人工核实（核实人、所见、证据编号、结论），以 MANUAL 途径作出结论并签发回执',
  })
  @Roles(Role.WINDOW_STAFF)
  recordManualCheck(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordManualCheckInput,
  ): Promise<VerificationModel> {
    return this.manualChecks.record(caller, input);
  }

  @Query(() => VerificationModel, { description: '本部门的一次核验' })
  @Roles(Role.WINDOW_STAFF, Role.AUDITOR)
  verification(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<VerificationModel> {
    return this.service.get(caller, id);
  }

  @Query(() => VerificationConnection, { description: '本部门的核验记录（新记录在前）' })
  @Roles(Role.WINDOW_STAFF, Role.AUDITOR)
  async verifications(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => VerificationFilter, nullable: true }) filter?: VerificationFilter,
  ): Promise<VerificationConnection> {
    return toConnection(await this.service.list(caller, filter ?? {}, page), (v) => encodeCursor(v.id));
  }

  @Query(() => ReceiptCheckModel, { description: '验证核验回执（无需登录）' })
  @Public()
  verifyReceipt(@Args('token') token: string): Promise<ReceiptCheckModel> {
    return this.receipts.check(token);
  }
}

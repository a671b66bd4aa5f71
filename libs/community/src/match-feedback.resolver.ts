import { Args, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller, Role, Roles } from '#gw/auth';
import { encodeCursor, PageArgs, toConnection } from '#gw/common';
import { MatchedPhraseConnection, MatchedPhraseFilter, MatchedPhraseModel } from './match-feedback.model';
import { MatchFeedbackService } from './match-feedback.service';

@Resolver(() => MatchedPhraseModel)
export class MatchFeedbackResolver {
  constructor(private readonly feedback: MatchFeedbackService) {}

  @Query(() => MatchedPhraseConnection, {
    description: '社区核对中未能识别或有歧义的居民说法，出现多的在前；清单管理员据此增加别称（addCertificateAlias）',
  })
  @Roles(Role.LIST_ADMIN, Role.AUDITOR)
  async matchedPhrases(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: MatchedPhraseFilter,
  ): Promise<MatchedPhraseConnection> {
    return toConnection(await this.feedback.phrases(caller, filter ?? {}, page), (n) =>
      encodeCursor(`${n.count}:${n.id}`),
    );
  }
}

import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '#gw/auth';
import { encodeCursor, toConnection } from '#gw/common';
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
    @Args('filter', { nullable: true }) filter?: MatchedPhraseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<MatchedPhraseConnection> {
    return toConnection(await this.feedback.phrases(filter ?? {}, first, after), (n) =>
      encodeCursor(`${n.count}:${n.id}`),
    );
  }
}

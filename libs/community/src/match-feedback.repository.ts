import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

export type MatchPhraseRow = Prisma.MatchPhraseGetPayload<object>;

@Injectable()
export class MatchFeedbackRepository {
  constructor(private readonly prisma: PrismaService) {}

  // One more hearing of a phrase: counted in the same transaction as the check that heard it.
  async record(tx: Tx, id: string, phrase: string, outcome: string, candidates: string[], at: Date): Promise<void> {
    await tx.matchPhrase.upsert({
      where: { phrase },
      create: { id, phrase, outcome, candidates, count: 1, firstSeenAt: at, lastSeenAt: at },
      update: { outcome, candidates, count: { increment: 1 }, lastSeenAt: at },
    });
  }

  // Most heard first; the cursor is the last row's count and id.
  async page(
    outcome: string | undefined,
    after: { count: number; id: string } | undefined,
    take: number,
  ): Promise<{ rows: MatchPhraseRow[]; total: number }> {
    const where: Prisma.MatchPhraseWhereInput = { outcome };
    const cursor: Prisma.MatchPhraseWhereInput = after
      ? { OR: [{ count: { lt: after.count } }, { count: after.count, id: { gt: after.id } }] }
      : {};
    const [rows, total] = await Promise.all([
      this.prisma.client.matchPhrase.findMany({
        where: { AND: [where, cursor] },
        orderBy: [{ count: 'desc' }, { id: 'asc' }],
        take,
      }),
      this.prisma.client.matchPhrase.count({ where }),
    ]);
    return { rows, total };
  }
}

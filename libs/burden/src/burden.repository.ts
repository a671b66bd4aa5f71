import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';
import { BURDEN_COUNTERS, BurdenCounter, BurdenCounts } from './burden.counters';

const SUM = Object.fromEntries(BURDEN_COUNTERS.map((c) => [c, true])) as Record<BurdenCounter, true>;

export interface CommunityRef {
  code: string;
  name: string;
}

export interface DayRows {
  day: string;
  counts: Partial<Record<BurdenCounter, number | null>>;
}

@Injectable()
export class BurdenRepository {
  constructor(private readonly prisma: PrismaService) {}

  // One statement that both providers run atomically: concurrent first writers of a
  // (community, day) row cannot collide, and a failed insert never aborts the caller's
  // PostgreSQL transaction the way a caught unique violation would.
  async increment(tx: Tx, communityCode: string, day: string, counter: BurdenCounter, delta: number): Promise<void> {
    if (!BURDEN_COUNTERS.includes(counter)) throw new Error(`unknown burden counter ${counter}`);
    const column = Prisma.raw(`"${counter}"`);
    await tx.$executeRaw`INSERT INTO "BurdenDaily" ("communityCode", "day", ${column}) VALUES (${communityCode}, ${day}, ${delta})
      ON CONFLICT ("communityCode", "day") DO UPDATE SET ${column} = "BurdenDaily".${column} + excluded.${column}`;
  }

  async pageCommunities(
    prefix: string,
    afterCode: string | undefined,
    take: number,
  ): Promise<{ rows: CommunityRef[]; total: number }> {
    const where: Prisma.RegionWhereInput = { level: 'COMMUNITY', code: { startsWith: prefix } };
    const [rows, total] = await Promise.all([
      this.prisma.client.region.findMany({
        where: afterCode ? { AND: [where, { code: { gt: afterCode } }] } : where,
        select: { code: true, name: true },
        orderBy: { code: 'asc' },
        take,
      }),
      this.prisma.client.region.count({ where }),
    ]);
    return { rows, total };
  }

  async countCommunities(prefix: string): Promise<number> {
    return this.prisma.client.region.count({ where: { level: 'COMMUNITY', code: { startsWith: prefix } } });
  }

  async sumByCommunity(codes: string[], from: string, to: string): Promise<Map<string, Partial<BurdenCounts>>> {
    if (codes.length === 0) return new Map();
    const rows = await this.prisma.client.burdenDaily.groupBy({
      by: ['communityCode'],
      where: { communityCode: { in: codes }, day: { gte: from, lte: to } },
      _sum: SUM,
    });
    return new Map(rows.map((r) => [r.communityCode, r._sum as Partial<BurdenCounts>]));
  }

  async sumByDay(prefix: string, from: string, to: string): Promise<DayRows[]> {
    const rows = await this.prisma.client.burdenDaily.groupBy({
      by: ['day'],
      where: { communityCode: { startsWith: prefix }, day: { gte: from, lte: to } },
      _sum: SUM,
      orderBy: { day: 'asc' },
    });
    return rows.map((r) => ({ day: r.day, counts: r._sum as Partial<BurdenCounts> }));
  }

  async sum(prefix: string, from: string, to: string): Promise<Partial<BurdenCounts>> {
    const r = await this.prisma.client.burdenDaily.aggregate({
      where: { communityCode: { startsWith: prefix }, day: { gte: from, lte: to } },
      _sum: SUM,
    });
    return r._sum as Partial<BurdenCounts>;
  }
}

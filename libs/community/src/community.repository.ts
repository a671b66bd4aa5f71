import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

const checkInclude = {
  community: true,
  certificate: {
    include: {
      facts: { include: { factType: { include: { ownerDepartment: true } } } },
      addedAliases: { where: { activeKey: { not: null } } },
    },
  },
  listVersion: true,
} satisfies Prisma.CommunityCheckInclude;

export type CommunityCheckRow = Prisma.CommunityCheckGetPayload<{ include: typeof checkInclude }>;

export interface CommunityCheckFilter {
  // under any of these (the caller's scope)
  communityPrefixes: readonly string[];
  decision?: string;
  reason?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class CommunityRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  async createCheck(tx: Tx, data: Prisma.CommunityCheckUncheckedCreateInput): Promise<CommunityCheckRow> {
    return tx.communityCheck.create({ data, include: checkInclude });
  }

  async page(
    filter: CommunityCheckFilter,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: CommunityCheckRow[]; total: number }> {
    const where: Prisma.CommunityCheckWhereInput = {
      OR: filter.communityPrefixes.map((prefix) => ({ communityCode: { startsWith: prefix } })),
      decision: filter.decision,
      reason: filter.reason,
      createdAt: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.communityCheck.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        include: checkInclude,
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.communityCheck.count({ where }),
    ]);
    return { rows, total };
  }
}

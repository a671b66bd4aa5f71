import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';
import type { FormFiling } from '#gw/db';

@Injectable()
export class FormsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  async create(tx: Tx, data: Prisma.FormFilingUncheckedCreateInput): Promise<FormFiling> {
    return tx.formFiling.create({ data });
  }

  async page(
    communityPrefixes: readonly string[],
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: FormFiling[]; total: number }> {
    const where: Prisma.FormFilingWhereInput = {
      OR: communityPrefixes.map((prefix) => ({ communityCode: { startsWith: prefix } })),
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.formFiling.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.formFiling.count({ where }),
    ]);
    return { rows, total };
  }
}

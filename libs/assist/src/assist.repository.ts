import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

const include = { verification: { select: { claim: true } } } satisfies Prisma.AssistRequestInclude;
export type AssistRow = Prisma.AssistRequestGetPayload<{ include: typeof include }>;

@Injectable()
export class AssistRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  findById(id: string, tx?: Tx): Promise<AssistRow | null> {
    return (tx ?? this.prisma.client).assistRequest.findUnique({ where: { id }, include });
  }

  findOpenFor(verificationId: string, tx: Tx) {
    return tx.assistRequest.findFirst({ where: { verificationId, status: 'OPEN' } });
  }

  async create(tx: Tx, data: Prisma.AssistRequestUncheckedCreateInput): Promise<void> {
    await tx.assistRequest.create({ data });
  }

  // Closes an open request; false when it was no longer open (answered, expired or cancelled
  // meanwhile, possibly by another replica).
  async close(tx: Tx, id: string, data: Prisma.AssistRequestUncheckedUpdateInput, dueBefore?: Date): Promise<boolean> {
    const { count } = await tx.assistRequest.updateMany({
      where: { id, status: 'OPEN', ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}) },
      data,
    });
    return count === 1;
  }

  listOverdue(now: Date, take: number) {
    return this.prisma.client.assistRequest.findMany({
      where: { status: 'OPEN', dueAt: { lt: now } },
      orderBy: { dueAt: 'asc' },
      take,
      select: { id: true },
    });
  }

  async page(
    where: Prisma.AssistRequestWhereInput,
    beforeId: string | undefined,
    take: number,
  ): Promise<{ rows: AssistRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.client.assistRequest.findMany({
        where: { ...where, ...(beforeId ? { id: { lt: beforeId } } : {}) },
        include,
        orderBy: { id: 'desc' },
        take,
      }),
      this.prisma.client.assistRequest.count({ where }),
    ]);
    return { rows, total };
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

export type ScreeningRow = Prisma.WorkAccessScreeningGetPayload<object>;

@Injectable()
export class ScreeningRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: Tx, data: Prisma.WorkAccessScreeningUncheckedCreateInput): Promise<void> {
    await tx.workAccessScreening.create({ data });
  }

  of(applicationId: string, tx?: Tx): Promise<ScreeningRow | null> {
    return (tx ?? this.prisma.client).workAccessScreening.findUnique({ where: { applicationId } });
  }

  async ofMany(applicationIds: string[]): Promise<Map<string, ScreeningRow>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.prisma.client.workAccessScreening.findMany({
      where: { applicationId: { in: applicationIds } },
    });
    return new Map(rows.map((r) => [r.applicationId, r]));
  }

  // Resolves a flag only while it is open, so two reviewers cannot both resolve it.
  async resolve(
    tx: Tx,
    applicationId: string,
    data: Prisma.WorkAccessScreeningUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const { count } = await tx.workAccessScreening.updateMany({ where: { applicationId, status: 'FLAGGED' }, data });
    return count === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

const sourceInclude = {
  providerDepartment: true,
  facts: { orderBy: { factTypeCode: 'asc' } },
  grants: { include: { consumerDepartment: true }, orderBy: { consumerDepartmentCode: 'asc' } },
} satisfies Prisma.DataSourceInclude;

export type DataSourceRow = Prisma.DataSourceGetPayload<{ include: typeof sourceInclude }>;

export interface SourceFilter {
  factType?: string;
  status?: string;
  providerDepartmentCode?: string;
  // sources this department provides or was granted (undefined: every source)
  visibleTo?: string;
}

@Injectable()
export class DataSourceRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  findById(id: string, tx?: Tx): Promise<DataSourceRow | null> {
    return (tx ?? this.prisma.client).dataSource.findUnique({ where: { id }, include: sourceInclude });
  }

  findByCode(code: string): Promise<DataSourceRow | null> {
    return this.prisma.client.dataSource.findUnique({ where: { code }, include: sourceInclude });
  }

  list(filter: SourceFilter): Promise<DataSourceRow[]> {
    return this.prisma.client.dataSource.findMany({
      where: {
        status: filter.status,
        providerDepartmentCode: filter.providerDepartmentCode,
        facts: filter.factType ? { some: { factTypeCode: filter.factType } } : undefined,
        ...(filter.visibleTo
          ? {
              OR: [
                { providerDepartmentCode: filter.visibleTo },
                { grants: { some: { consumerDepartmentCode: filter.visibleTo } } },
              ],
            }
          : {}),
      },
      include: sourceInclude,
      orderBy: { code: 'asc' },
    });
  }

  // Sources registered for this fact that the consumer's department was granted, active or not.
  listGrantedFor(factTypeCode: string, consumerDepartmentCode: string): Promise<DataSourceRow[]> {
    return this.prisma.client.dataSource.findMany({
      where: {
        facts: { some: { factTypeCode } },
        grants: { some: { consumerDepartmentCode } },
      },
      include: sourceInclude,
      orderBy: { code: 'asc' },
    });
  }

  // Active sources for any of these facts that at least one department was granted.
  activeGrantedFor(factTypeCodes: string[]) {
    return this.prisma.client.dataSource.findMany({
      where: {
        status: 'ACTIVE',
        facts: { some: { factTypeCode: { in: factTypeCodes } } },
        grants: { some: {} },
      },
      select: { name: true, providerDepartment: { select: { name: true } }, facts: { select: { factTypeCode: true } } },
      orderBy: { code: 'asc' },
    });
  }

  countFor(factTypeCode: string): Promise<number> {
    return this.prisma.client.dataSource.count({ where: { facts: { some: { factTypeCode } } } });
  }

  async create(tx: Tx, data: Prisma.DataSourceUncheckedCreateInput, factTypes: string[]): Promise<void> {
    await tx.dataSource.create({
      data: { ...data, facts: { create: factTypes.map((factTypeCode) => ({ factTypeCode })) } },
    });
  }

  async update(tx: Tx, id: string, data: Prisma.DataSourceUncheckedUpdateInput, factTypes?: string[]): Promise<void> {
    await tx.dataSource.update({ where: { id }, data });
    if (factTypes) {
      await tx.dataSourceFact.deleteMany({ where: { sourceId: id } });
      await tx.dataSourceFact.createMany({ data: factTypes.map((factTypeCode) => ({ sourceId: id, factTypeCode })) });
    }
  }

  async grant(tx: Tx, sourceId: string, consumerDepartmentCode: string, grantedBy: string): Promise<boolean> {
    const existing = await tx.dataSourceGrant.findUnique({
      where: { sourceId_consumerDepartmentCode: { sourceId, consumerDepartmentCode } },
    });
    if (existing) return false;
    await tx.dataSourceGrant.create({ data: { sourceId, consumerDepartmentCode, grantedBy } });
    return true;
  }

  async revoke(tx: Tx, sourceId: string, consumerDepartmentCode: string): Promise<boolean> {
    const { count } = await tx.dataSourceGrant.deleteMany({ where: { sourceId, consumerDepartmentCode } });
    return count > 0;
  }

  async updateProbe(tx: Tx, id: string, ok: boolean, message: string | null, latencyMs: number | null): Promise<void> {
    await tx.dataSource.update({
      where: { id },
      data: { lastProbeAt: new Date(), lastProbeOk: ok, lastProbeMessage: message, lastProbeLatencyMs: latencyMs },
    });
  }

  listRecentAttempts(sourceId: string, take: number) {
    return this.prisma.client.verificationAttempt.findMany({
      where: { sourceId, outcome: { not: 'PENDING' } },
      orderBy: { startedAt: 'desc' },
      take,
      select: { outcome: true, latencyMs: true },
    });
  }

  async listExistingFactTypes(codes: string[]): Promise<string[]> {
    const rows = await this.prisma.client.factType.findMany({ where: { code: { in: codes } }, select: { code: true } });
    return rows.map((r) => r.code);
  }

  async listGovernmentDepartments(): Promise<string[]> {
    const rows = await this.prisma.client.department.findMany({
      where: { kind: 'GOVERNMENT' },
      select: { code: true },
      orderBy: { code: 'asc' },
    });
    return rows.map((r) => r.code);
  }

  async existsDepartment(code: string): Promise<boolean> {
    return (await this.prisma.client.department.count({ where: { code } })) > 0;
  }
}

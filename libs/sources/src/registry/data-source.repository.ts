import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';

const sourceInclude = {
  providerDepartment: true,
  facts: { orderBy: { factTypeCode: 'asc' } },
  grants: { include: { consumerDepartment: true }, orderBy: { consumerDepartmentCode: 'asc' } },
} satisfies Prisma.DataSourceInclude;

export type DataSourceRow = Prisma.DataSourceGetPayload<{ include: typeof sourceInclude }>;

const delegationInclude = {
  ownerDepartment: true,
  delegateDepartment: true,
} satisfies Prisma.FactTypeDelegationInclude;
export type DelegationRow = Prisma.FactTypeDelegationGetPayload<{ include: typeof delegationInclude }>;

export interface DelegationFilter {
  factType?: string;
  activeOnly?: boolean;
  // delegations this department gave or received (undefined: all of them)
  visibleTo?: string;
}

// A source answers for a fact only while its department owns the fact or holds the owner's
// delegation for it: a revoked delegation silences the delegate's sources for that fact.
function servesFact(factTypeCode: string): Prisma.DataSourceWhereInput {
  return {
    facts: { some: { factTypeCode } },
    OR: [
      { providerDepartment: { factTypes: { some: { code: factTypeCode } } } },
      { providerDepartment: { delegationsReceived: { some: { factTypeCode, revokedAt: null } } } },
    ],
  };
}

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
        ...servesFact(factTypeCode),
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
      select: {
        name: true,
        providerDepartment: {
          select: {
            name: true,
            // what it may answer for: the facts it owns or holds a delegation for
            factTypes: { where: { code: { in: factTypeCodes } }, select: { code: true } },
            delegationsReceived: {
              where: { factTypeCode: { in: factTypeCodes }, revokedAt: null },
              select: { factTypeCode: true },
            },
          },
        },
        facts: { select: { factTypeCode: true } },
      },
      orderBy: { code: 'asc' },
    });
  }

  countFor(factTypeCode: string): Promise<number> {
    return this.prisma.client.dataSource.count({ where: servesFact(factTypeCode) });
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

  listFactTypeOwners(codes: string[]) {
    return this.prisma.client.factType.findMany({
      where: { code: { in: codes } },
      select: { code: true, name: true, ownerDepartmentCode: true },
    });
  }

  // the fact types among these that this department holds an active delegation for
  async delegatedFacts(delegateDepartmentCode: string, codes: string[]): Promise<string[]> {
    const rows = await this.prisma.client.factTypeDelegation.findMany({
      where: { delegateDepartmentCode, factTypeCode: { in: codes }, revokedAt: null },
      select: { factTypeCode: true },
    });
    return rows.map((r) => r.factTypeCode);
  }

  findDelegation(id: string): Promise<DelegationRow | null> {
    return this.prisma.client.factTypeDelegation.findUnique({ where: { id }, include: delegationInclude });
  }

  findActiveDelegation(factTypeCode: string, delegateDepartmentCode: string): Promise<DelegationRow | null> {
    return this.prisma.client.factTypeDelegation.findUnique({
      where: { activeKey: `${factTypeCode}|${delegateDepartmentCode}` },
      include: delegationInclude,
    });
  }

  listDelegations(filter: DelegationFilter): Promise<DelegationRow[]> {
    return this.prisma.client.factTypeDelegation.findMany({
      where: {
        factTypeCode: filter.factType,
        ...(filter.activeOnly ? { revokedAt: null } : {}),
        ...(filter.visibleTo
          ? { OR: [{ ownerDepartmentCode: filter.visibleTo }, { delegateDepartmentCode: filter.visibleTo }] }
          : {}),
      },
      include: delegationInclude,
      orderBy: [{ grantedAt: 'desc' }, { id: 'desc' }],
      take: 500,
    });
  }

  async createDelegation(
    tx: Tx,
    data: Omit<Prisma.FactTypeDelegationUncheckedCreateInput, 'activeKey'>,
  ): Promise<void> {
    await tx.factTypeDelegation.create({
      data: { ...data, activeKey: `${data.factTypeCode}|${data.delegateDepartmentCode}` },
    });
  }

  // false when it was revoked meanwhile
  async revokeDelegation(tx: Tx, id: string, revokedBy: string, revokeReason: string): Promise<boolean> {
    const { count } = await tx.factTypeDelegation.updateMany({
      where: { id, revokedAt: null },
      data: { activeKey: null, revokedAt: new Date(), revokedBy, revokeReason },
    });
    return count > 0;
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

  findDepartment(code: string) {
    return this.prisma.client.department.findUnique({ where: { code } });
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '#gw/db';
import type {
  CertificateTypeSeed,
  DepartmentSeed,
  FactTypeSeed,
  ListSeed,
  RegionSeed,
  ThirdPartyCommissionSeed,
} from './seed/types';

@Injectable()
export class CatalogSeedRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.transaction(fn);
  }

  async upsertRegion(tx: Tx, r: RegionSeed): Promise<void> {
    await tx.region.upsert({ where: { code: r.code }, create: r, update: r });
  }

  async upsertDepartment(tx: Tx, d: DepartmentSeed): Promise<void> {
    await tx.department.upsert({ where: { code: d.code }, create: d, update: d });
  }

  async upsertFactType(tx: Tx, f: FactTypeSeed): Promise<void> {
    const data = { ...f, claimSchema: f.claimSchema as unknown as Prisma.InputJsonValue };
    await tx.factType.upsert({ where: { code: f.code }, create: data, update: data });
  }

  async upsertCertificate(tx: Tx, c: CertificateTypeSeed, searchText: string): Promise<void> {
    const { factTypeCodes, anyOf, ...rest } = c;
    const groupOf = new Map((anyOf ?? []).flatMap((g, i) => g.map((f) => [f, `ANY_${i + 1}`] as const)));
    const data = { ...rest, aliases: rest.aliases as Prisma.InputJsonValue, searchText };
    await tx.certificateType.upsert({ where: { code: c.code }, create: data, update: data });
    await tx.certificateFact.deleteMany({ where: { certificateCode: c.code } });
    for (const factTypeCode of factTypeCodes) {
      await tx.certificateFact.create({
        data: { certificateCode: c.code, factTypeCode, alternativeGroup: groupOf.get(factTypeCode) ?? null },
      });
    }
  }

  async activeAddedAliases(tx: Tx, certificateCode: string): Promise<string[]> {
    const rows = await tx.certificateAlias.findMany({
      where: { certificateCode, activeKey: { not: null } },
      orderBy: { addedRevision: 'asc' },
    });
    return rows.map((r) => r.alias);
  }

  async upsertCommission(tx: Tx, c: ThirdPartyCommissionSeed): Promise<void> {
    const key = { factTypeCode: c.factTypeCode, departmentCode: c.departmentCode };
    await tx.factTypeThirdParty.upsert({ where: { factTypeCode_departmentCode: key }, create: key, update: {} });
  }

  findListVersion(kind: string, version: number, tx: Tx) {
    return tx.listVersion.findUnique({ where: { kind_version: { kind, version } } });
  }

  async createList(tx: Tx, id: string, list: ListSeed, contentHash: string): Promise<void> {
    await tx.listVersion.create({
      data: {
        id,
        kind: list.kind,
        version: list.version,
        title: list.title,
        source: list.source,
        effectiveFrom: new Date(`${list.effectiveFrom}T00:00:00+08:00`),
        isSample: list.isSample,
        contentHash,
        items: {
          create: list.items.map((i) => ({
            id: `${id}-${i.seq}`,
            seq: i.seq,
            category: i.category ?? null,
            content: i.content,
            legalBasis: i.legalBasis,
            reason: i.reason ?? null,
            certificateCode: i.certificateCode ?? null,
            departmentCode: i.departmentCode ?? null,
            frequency: i.frequency ?? null,
          })),
        },
      },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { PrismaService, Tx } from '#gw/db';
import type { ScopeVersion } from './scoped-caches';

@Injectable()
export class ReferenceVersionRepository {
  constructor(private readonly prisma: PrismaService) {}

  // a handful of rows, one per scope
  listVersions(): Promise<ScopeVersion[]> {
    return this.prisma.client.referenceVersion.findMany({ select: { scope: true, version: true } });
  }

  // One statement (INSERT … ON CONFLICT DO UPDATE): the first change of a scope creates its row,
  // and concurrent changes each add one.
  async increment(tx: Tx, scope: string, at: Date): Promise<void> {
    await tx.referenceVersion.upsert({
      where: { scope },
      create: { scope, version: 1, changedAt: at },
      update: { version: { increment: 1 }, changedAt: at },
      select: { scope: true },
    });
  }
}

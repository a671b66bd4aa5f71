import { Injectable } from '@nestjs/common';
import type { JWK } from 'jose';
import { Prisma, PrismaService } from '#gw/db';

@Injectable()
export class SigningKeyRepository {
  constructor(private readonly prisma: PrismaService) {}

  async upsertKey(kid: string, alg: string, publicJwk: JWK): Promise<void> {
    const data = { kid, alg, publicJwk: publicJwk as Prisma.InputJsonValue };
    await this.prisma.client.signingKey.upsert({ where: { kid }, create: data, update: { retiredAt: null } });
  }

  async listPublished(): Promise<JWK[]> {
    const rows = await this.prisma.client.signingKey.findMany({
      where: { retiredAt: null },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => r.publicJwk as JWK);
  }

  // Retired keys still verify what they signed; they are only no longer advertised.
  async findByKid(kid: string): Promise<JWK | null> {
    const row = await this.prisma.client.signingKey.findUnique({ where: { kid } });
    return row ? (row.publicJwk as JWK) : null;
  }
}

import type { Logger } from 'pino';
import type { AccessPolicy } from '#gw/auth';
import type { PrismaService } from '#gw/db';
import { ChainedAuditEntry, GENESIS_HASH, hashAuditEntry } from './audit-event';
import type { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

function chain(n: number) {
  const rows: (ChainedAuditEntry & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainedAuditEntry = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      prevHash: prev,
      actorSubject: 'u1',
      actorDepartment: 'HX_MZ',
      actorRoles: 'AUDITOR',
      action: 'test.action',
      targetType: 'Thing',
      targetId: String(seq),
      outcome: 'OK',
      detail: { n: seq },
      requestId: null,
    };
    const hash = hashAuditEntry(e);
    rows.push({ ...e, hash });
    prev = hash;
  }
  return rows;
}

function setup(rows: ReturnType<typeof chain>, head?: { seq: number; lastHash: string }) {
  const repo = {
    listAfter: jest.fn(async (after: number, size: number) => rows.filter((r) => r.seq > after).slice(0, size)),
    findHead: jest.fn(
      async () =>
        head ??
        (rows.length
          ? { seq: rows[rows.length - 1].seq, lastHash: rows[rows.length - 1].hash }
          : { seq: 0, lastHash: GENESIS_HASH }),
    ),
  } as unknown as AuditRepository;
  const logger = { warn: jest.fn(), error: jest.fn() } as unknown as Logger;
  const sut = new AuditService(repo, {} as PrismaService, logger, {} as AccessPolicy);
  return { sut };
}

describe(AuditService.name, () => {
  it('hashes the same entry to the same value regardless of detail key order', () => {
    const [e] = chain(1);
    expect(hashAuditEntry({ ...e, detail: { b: 1, a: 2 } })).toBe(hashAuditEntry({ ...e, detail: { a: 2, b: 1 } }));
  });

  it('accepts an intact chain', async () => {
    const { sut } = setup(chain(1200));
    await expect(sut.verifyChain()).resolves.toEqual({
      valid: true,
      eventCount: 1200,
      brokenAtSeq: null,
      problem: null,
    });
  });

  it('detects an altered row', async () => {
    const rows = chain(10);
    rows[4] = { ...rows[4], detail: { n: 999 } };
    const { sut } = setup(rows);
    await expect(sut.verifyChain()).resolves.toMatchObject({ valid: false, brokenAtSeq: 5 });
  });

  it('detects a removed row in the middle', async () => {
    const rows = chain(10).filter((r) => r.seq !== 3);
    const { sut } = setup(rows);
    await expect(sut.verifyChain()).resolves.toMatchObject({ valid: false, brokenAtSeq: 3 });
  });

  it('detects rows removed from the tail', async () => {
    const rows = chain(10);
    const head = { seq: 10, lastHash: rows[9].hash };
    const { sut } = setup(rows.slice(0, 8), head);
    await expect(sut.verifyChain()).resolves.toMatchObject({ valid: false, brokenAtSeq: 9 });
  });
});

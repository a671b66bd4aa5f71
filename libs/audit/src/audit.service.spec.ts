import type { Logger } from 'pino';
import type { AccessPolicy } from '#gw/auth';
import type { PrismaService } from '#gw/db';
import type { SigningService } from '#gw/signing';
import type { AuditChainer } from './audit-chainer.service';
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

// A forged or re-chained history: every row from `from` on gets other content and hashes that
// are consistent among themselves, as someone with write access to the database could compute.
function rechain(rows: ReturnType<typeof chain>, from: number) {
  const out = rows.slice(0, from - 1);
  let prev = from > 1 ? rows[from - 2].hash : GENESIS_HASH;
  for (const r of rows.slice(from - 1)) {
    const e = { ...r, prevHash: prev, detail: { n: r.seq, forged: true } };
    const hash = hashAuditEntry(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

const TOKEN_PREFIX = 'checkpoint:';
// the signing service stands in as a table of tokens it "signed"
const signing = {
  checkToken: jest.fn(async (token: string) =>
    token.startsWith(TOKEN_PREFIX)
      ? { ok: true, payload: JSON.parse(token.slice(TOKEN_PREFIX.length)) }
      : { ok: false, problem: 'BAD_SIGNATURE' },
  ),
};
const tokenFor = (seq: number, hash: string) => TOKEN_PREFIX + JSON.stringify({ seq, hash });

function setup(
  rows: ReturnType<typeof chain>,
  head?: { seq: number; lastHash: string },
  checkpoints: { seq: number; hash: string; token?: string }[] = [],
) {
  const stored = checkpoints.map((c) => ({ ...c, at: new Date(), token: c.token ?? tokenFor(c.seq, c.hash) }));
  const repo = {
    listChainedFrom: jest.fn(async (after: number, size: number) => rows.filter((r) => r.seq > after).slice(0, size)),
    findHead: jest.fn(
      async () =>
        head ??
        (rows.length
          ? { seq: rows[rows.length - 1].seq, lastHash: rows[rows.length - 1].hash }
          : { seq: 0, lastHash: GENESIS_HASH }),
    ),
    listAllCheckpoints: jest.fn(async () => stored),
    findLatestCheckpoint: jest.fn(async () => stored[stored.length - 1] ?? null),
    countUnchained: jest.fn(async () => 0),
  } as unknown as AuditRepository;
  const chainer = {
    chainNow: jest.fn(async () => 0),
    knownCheckpoint: jest.fn(() => undefined),
  } as unknown as AuditChainer;
  const logger = { warn: jest.fn(), error: jest.fn() } as unknown as Logger;
  const sut = new AuditService(
    repo,
    {} as PrismaService,
    chainer,
    signing as unknown as SigningService,
    logger,
    {} as AccessPolicy,
  );
  return { sut, chainer };
}

describe(AuditService.name, () => {
  it('hashes the same entry to the same value regardless of detail key order', () => {
    const [e] = chain(1);
    expect(hashAuditEntry({ ...e, detail: { b: 1, a: 2 } })).toBe(hashAuditEntry({ ...e, detail: { a: 2, b: 1 } }));
  });

  it('chains what is waiting, then accepts an intact chain', async () => {
    const { sut, chainer } = setup(chain(1200));
    await expect(sut.verifyChain()).resolves.toMatchObject({
      valid: true,
      eventCount: 1200,
      unchainedCount: 0,
      brokenAtSeq: null,
      problem: null,
    });
    expect(chainer.chainNow).toHaveBeenCalled();
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

  it('cannot tell a history re-chained from the middle, head included, without a checkpoint', async () => {
    const { sut } = setup(rechain(chain(10), 4));
    await expect(sut.verifyChain()).resolves.toMatchObject({ valid: true });
  });

  it('detects a re-chained history against a signed checkpoint the gateway stored', async () => {
    const original = chain(10);
    const { sut } = setup(rechain(original, 4), undefined, [{ seq: 6, hash: original[5].hash }]);
    const report = await sut.verifyChain();
    expect(report).toMatchObject({ valid: false, brokenAtSeq: 6, checkpointsChecked: 1 });
    expect(report.problem).toMatch(/检查点/);
  });

  it('detects it against a checkpoint the caller kept, even when the stored ones were deleted', async () => {
    const original = chain(10);
    const { sut } = setup(rechain(original, 4));
    const report = await sut.verifyChain([tokenFor(8, original[7].hash)]);
    expect(report).toMatchObject({ valid: false, brokenAtSeq: 8 });
  });

  it('detects rows deleted after a kept checkpoint even when the head was moved back too', async () => {
    const original = chain(10);
    const { sut } = setup(original.slice(0, 7), { seq: 7, lastHash: original[6].hash });
    const report = await sut.verifyChain([tokenFor(9, original[8].hash)]);
    expect(report).toMatchObject({ valid: false, brokenAtSeq: 8 });
    expect(report.problem).toMatch(/删除/);
  });

  it('refuses a checkpoint it did not sign, and a stored checkpoint whose token does not match its row', async () => {
    const rows = chain(5);
    const { sut } = setup(rows);
    expect(await sut.verifyChain(['not-a-token'])).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/有效检查点/),
    });
    const tampered = setup(rows, undefined, [{ seq: 3, hash: rows[2].hash, token: tokenFor(3, 'f'.repeat(64)) }]);
    expect(await tampered.sut.verifyChain()).toMatchObject({ valid: false, brokenAtSeq: 3 });
  });
});

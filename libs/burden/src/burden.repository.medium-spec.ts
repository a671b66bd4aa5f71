import type { INestApplicationContext } from '@nestjs/common';
import { PrismaService } from '#gw/db';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { BurdenModule } from './burden.module';
import { BurdenRepository } from './burden.repository';

// The burden counters are bumped inside the transactions of verifications, issuances and
// filings, from every replica at once: no increment may be lost, and the first writers of a
// (community, day) row must not collide. Real repository, real database (SQLite, or
// PostgreSQL with TEST_DATABASE_URL).
describe('burden counters (medium)', () => {
  let m: MediumContext;
  let b: INestApplicationContext;

  beforeAll(async () => {
    m = await bootMedium([BurdenModule]);
    // a second replica on PostgreSQL; on SQLite a second connection in one process would wait
    // on the first, so the instance races with itself
    b = m.config.databaseUrl.startsWith('postgres') ? await m.replica() : m.app;
  });
  afterAll(() => m.close());

  const bump = (app: INestApplicationContext, community: string, day: string, delta: number, fail = false) =>
    app.get(PrismaService).transaction(async (tx) => {
      await app.get(BurdenRepository).increment(tx, community, day, 'checksAllowed', delta);
      await app.get(BurdenRepository).increment(tx, community, day, 'formsFiled', 1);
      if (fail) throw new Error('the rest of the transaction failed');
    });
  const row = (communityCode: string, day: string) =>
    m.app.get(PrismaService).client.burdenDaily.findUnique({ where: { communityCode_day: { communityCode, day } } });

  it('concurrent first writers of a row from two instances lose no increment', async () => {
    const writes = Array.from({ length: 20 }, (_, i) => bump(i % 2 ? b : m.app, '110101001001', '2026-12-01', i + 1));
    await Promise.all(writes);
    expect(await row('110101001001', '2026-12-01')).toMatchObject({
      checksAllowed: (20 * 21) / 2,
      formsFiled: 20,
      certificatesIssued: 0,
    });
  });

  it('an increment belongs to its transaction: a failed one counts nothing, the others count', async () => {
    await Promise.allSettled([
      bump(m.app, '110101001002', '2026-12-01', 5),
      bump(b, '110101001002', '2026-12-01', 100, true),
      bump(b, '110101001002', '2026-12-01', 7),
    ]);
    expect(await row('110101001002', '2026-12-01')).toMatchObject({ checksAllowed: 12, formsFiled: 2 });
  });

  it('keeps days and communities apart, and refuses a counter it does not know before writing', async () => {
    await bump(m.app, '110101001003', '2026-12-01', 1);
    await bump(m.app, '110101001003', '2026-12-02', 2);
    await bump(m.app, '110101001004', '2026-12-01', 4);
    expect(await row('110101001003', '2026-12-01')).toMatchObject({ checksAllowed: 1 });
    expect(await row('110101001003', '2026-12-02')).toMatchObject({ checksAllowed: 2 });
    expect(await row('110101001004', '2026-12-01')).toMatchObject({ checksAllowed: 4 });
    const repo = m.app.get(BurdenRepository);
    await expect(
      m.app
        .get(PrismaService)
        .transaction((tx) => repo.increment(tx, '110101001005', '2026-12-01', 'x" = 1; --' as never, 1)),
    ).rejects.toThrow('unknown burden counter');
    expect(await row('110101001005', '2026-12-01')).toBeNull();
  });
});

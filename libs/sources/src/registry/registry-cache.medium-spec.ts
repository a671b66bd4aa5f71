import type { INestApplicationContext } from '@nestjs/common';
import { Caller, Role } from '#gw/auth';
import { CatalogSeedService } from '#gw/catalog';
import { ReferenceCache } from '#gw/reference';
import { bootMedium, MediumContext } from '../../../../test/helpers/medium';
import { SourceStatus } from '../sources.enums';
import { SourcesModule } from '../sources.module';
import { RegistryService } from './registry.service';

const FACT = 'HOUSEHOLD_REGISTRATION';
const WINDOW = 'HX_ZWFW';

const sourceAdmin = (departmentCode: string): Caller => ({
  user: {
    subject: `admin-${departmentCode}`,
    name: '数据源管理员',
    departmentCode,
    regionCode: null,
    roles: [Role.SOURCE_ADMIN],
  },
});

// What verification may call comes from memory. A registry change through one instance is its
// own at once (the next verification there sees it), and another instance's after that
// instance's poll of the reference versions, not before. Two instances on one real database
// (SQLite, or PostgreSQL with TEST_DATABASE_URL); their timers stay off and the tests poll.
describe('registry cache across instances (medium)', () => {
  let m: MediumContext;
  let a: INestApplicationContext;
  let b: INestApplicationContext;
  const version = async () => (await m.db.referenceVersion.findUnique({ where: { scope: 'sources' } }))?.version ?? 0;
  const codes = async (app: INestApplicationContext) =>
    (await app.get(RegistryService).sourcesFor(FACT, WINDOW)).granted.map((s) => `${s.code}:${s.status}`);

  beforeAll(async () => {
    // no audit chaining timers: on SQLite a write from one connection while another's
    // transaction is open blocks this one process
    m = await bootMedium([SourcesModule], {
      REFERENCE_CACHE_POLL_MS: '600000',
      AUDIT_CHAIN_MS: '600000',
      SOURCES_ALLOW_UNSIGNED: 'true',
    });
    a = m.app;
    await a.get(CatalogSeedService).seed();
    b = await m.replica();
    await a.get(ReferenceCache).refresh();
    await b.get(ReferenceCache).refresh();
  });
  afterAll(() => m.close());

  it('a source registered, suspended and revoked on one instance reaches the other at its poll', async () => {
    expect(await codes(b)).toEqual([]);
    expect((await b.get(RegistryService).activeGrantedSources([FACT])).get(FACT)).toEqual([]);
    const v = await version();
    const [code] = await a.get(RegistryService).provision(
      [
        {
          code: 'GA_CACHE',
          name: '公安户籍',
          providerDepartmentCode: 'HX_GA',
          factTypes: [FACT],
          endpoint: 'http://127.0.0.1:9/verify',
        },
      ],
      1000,
    );
    expect(await version()).toBe(v + 1);
    expect(await codes(a)).toEqual([`${code}:ACTIVE`]);
    expect(await codes(b)).toEqual([]);
    expect(await b.get(ReferenceCache).refresh()).toEqual(['sources']);
    expect(await codes(b)).toEqual([`${code}:ACTIVE`]);
    expect((await b.get(RegistryService).activeGrantedSources([FACT])).get(FACT)).toEqual([
      { name: '公安户籍', providerName: '环县公安局' },
    ]);

    const id = (await a.get(RegistryService).sourcesFor(FACT, WINDOW)).granted[0].id;
    await a.get(RegistryService).setStatus(sourceAdmin('HX_GA'), id, SourceStatus.SUSPENDED, '系统维护');
    expect(await codes(a)).toEqual([`${code}:SUSPENDED`]);
    expect(await codes(b)).toEqual([`${code}:ACTIVE`]);
    await b.get(ReferenceCache).refresh();
    expect(await codes(b)).toEqual([`${code}:SUSPENDED`]);
    expect((await b.get(RegistryService).activeGrantedSources([FACT])).get(FACT)).toEqual([]);

    await a.get(RegistryService).setGrant(sourceAdmin('HX_GA'), id, WINDOW, false);
    expect(await codes(a)).toEqual([]);
    expect(await codes(b)).toEqual([`${code}:SUSPENDED`]);
    await b.get(ReferenceCache).refresh();
    expect(await codes(b)).toEqual([]);
    expect(await version()).toBe(v + 3);
  });

  it('a delegation given and revoked bumps the registry version in its own transaction', async () => {
    const registry = a.get(RegistryService);
    const v = await version();
    const given = await registry.delegate(sourceAdmin('HX_GA'), {
      factType: 'RESIDENCE',
      delegateDepartmentCode: 'HX_ZWFW',
      reason: '政务服务中心代为登记居住信息数据源',
    });
    expect(await version()).toBe(v + 1);
    await registry.revokeDelegation(sourceAdmin('HX_GA'), given.id, '委托期满');
    expect(await version()).toBe(v + 2);
    // a refused change leaves the version alone
    await expect(registry.revokeDelegation(sourceAdmin('HX_GA'), given.id, '再次撤销')).rejects.toThrow();
    expect(await version()).toBe(v + 2);
  });
});

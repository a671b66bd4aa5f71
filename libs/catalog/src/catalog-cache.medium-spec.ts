import type { INestApplicationContext } from '@nestjs/common';
import { Caller, Role } from '#gw/auth';
import { ReferenceCache } from '#gw/reference';
import { bootMedium, MediumContext } from '../../../test/helpers/medium';
import { CatalogAliasService } from './catalog-alias.service';
import { CatalogSeedService } from './catalog-seed.service';
import { CatalogService } from './catalog.service';

const COUNTY = '621022000000';
const TOWNSHIP = '621022100000';

const listAdmin: Caller = {
  user: {
    subject: 'list-admin-1',
    name: '目录管理员',
    departmentCode: 'HX_MZ',
    regionCode: COUNTY,
    roles: [Role.LIST_ADMIN],
  },
};

// The catalog is read from memory on every verification and community check. A change through
// one instance is its own at once, and another instance's after that instance polls the
// reference versions, not before. Two instances on one real database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL); their timers stay off (a long interval) and the tests poll by hand.
describe('catalog cache across instances (medium)', () => {
  let m: MediumContext;
  let a: INestApplicationContext;
  let b: INestApplicationContext;
  const version = async () => (await m.db.referenceVersion.findUnique({ where: { scope: 'catalog' } }))?.version ?? 0;

  beforeAll(async () => {
    // no audit chaining timers: on SQLite a write from one connection while another's transaction
    // is open blocks this one process
    m = await bootMedium([], { REFERENCE_CACHE_POLL_MS: '600000', AUDIT_CHAIN_MS: '600000' });
    a = m.app;
    await a.get(CatalogSeedService).seed();
    b = await m.replica();
    // the poll each instance makes at start is over before the tests begin
    await a.get(ReferenceCache).refresh();
    await b.get(ReferenceCache).refresh();
  });
  afterAll(() => m.close());

  it('an alias added on one instance is matched there at once and on the other after its poll', async () => {
    const before = await b.get(CatalogService).certificateType('SAME_PERSON');
    expect(before.aliases).not.toContain('同一个人证明');
    const v = await version();
    const added = await a
      .get(CatalogAliasService)
      .add(listAdmin, { certificateCode: 'SAME_PERSON', alias: '同一个人证明', reason: '窗口常听到的叫法' });
    // bumped in the alias's own transaction
    expect(await version()).toBe(v + 1);
    expect((await a.get(CatalogService).certificateType('SAME_PERSON')).aliases).toContain('同一个人证明');
    expect((await b.get(CatalogService).certificateType('SAME_PERSON')).aliases).not.toContain('同一个人证明');
    expect(await b.get(ReferenceCache).refresh()).toEqual(['catalog']);
    const rows = await b.get(CatalogService).matchableCertificateRows();
    expect(rows.find((c) => c.code === 'SAME_PERSON')!.addedAliases.map((x) => x.alias)).toContain('同一个人证明');

    await a.get(CatalogAliasService).retire(listAdmin, { id: added.id, reason: '与另一事项的叫法相混' });
    expect((await a.get(CatalogService).certificateType('SAME_PERSON')).aliases).not.toContain('同一个人证明');
    expect((await b.get(CatalogService).certificateType('SAME_PERSON')).aliases).toContain('同一个人证明');
    await b.get(ReferenceCache).refresh();
    expect((await b.get(CatalogService).certificateType('SAME_PERSON')).aliases).not.toContain('同一个人证明');
  });

  it('serves regions, departments and fact types from memory until a reload of the reference data bumps the version', async () => {
    const catalog = b.get(CatalogService);
    const original = (await catalog.findRegion(TOWNSHIP))!.name;
    const factName = (await catalog.factTypeRow('IDENTITY')).name;
    const department = (await catalog.department('HX_GA')).name;
    // a write around the gateway is not seen: nothing was read from the database again
    await m.db.region.update({ where: { code: TOWNSHIP }, data: { name: '改名镇' } });
    await m.db.factType.update({ where: { code: 'IDENTITY' }, data: { name: '改名事实' } });
    await m.db.department.update({ where: { code: 'HX_GA' }, data: { name: '改名部门' } });
    expect(await b.get(ReferenceCache).refresh()).toEqual([]);
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe(original);
    expect((await catalog.regionReach(TOWNSHIP))?.level).toBe('TOWNSHIP');
    expect((await catalog.factTypeRow('IDENTITY')).name).toBe(factName);
    expect((await catalog.department('HX_GA')).name).toBe(department);

    // once the version moves (here: by hand), the next poll reloads everything of the catalog
    await m.db.referenceVersion.update({ where: { scope: 'catalog' }, data: { version: { increment: 1 } } });
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe(original);
    await b.get(ReferenceCache).refresh();
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe('改名镇');
    expect((await catalog.regions({ parentCode: COUNTY })).find((r) => r.code === TOWNSHIP)?.name).toBe('改名镇');
    expect((await catalog.factTypeRow('IDENTITY')).name).toBe('改名事实');
    expect((await catalog.departments()).find((d) => d.code === 'HX_GA')?.name).toBe('改名部门');

    // seeding on one instance restores the shipped names and bumps the version: the other
    // instance keeps what it has until its poll
    const v = await version();
    await a.get(CatalogSeedService).seed();
    expect(await version()).toBe(v + 1);
    expect((await a.get(CatalogService).findRegion(TOWNSHIP))!.name).toBe(original);
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe('改名镇');
    await b.get(ReferenceCache).refresh();
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe(original);
    expect((await catalog.factTypeRow('IDENTITY')).name).toBe(factName);
    expect((await catalog.department('HX_GA')).name).toBe(department);
  });

  it('an instance polling on its timer sees the change within a few polls', async () => {
    const c = await m.replica({ REFERENCE_CACHE_POLL_MS: '100' });
    await c.get(ReferenceCache).refresh();
    const catalog = c.get(CatalogService);
    expect((await catalog.findRegion(TOWNSHIP))!.name).not.toBe('定时镇');
    await m.db.region.update({ where: { code: TOWNSHIP }, data: { name: '定时镇' } });
    await m.db.referenceVersion.update({ where: { scope: 'catalog' }, data: { version: { increment: 1 } } });
    const deadline = Date.now() + 5000;
    while ((await catalog.findRegion(TOWNSHIP))!.name !== '定时镇' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect((await catalog.findRegion(TOWNSHIP))!.name).toBe('定时镇');
  });
});

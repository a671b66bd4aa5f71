import type { Logger } from 'pino';
import { APP_CONFIG, loadConfig, LOGGER } from '#gw/common';
import type { Tx } from '#gw/db';
import { newTestService } from '../../../test/helpers/automock';
import { ReferenceCache } from './reference-cache.service';
import { ReferenceVersionRepository } from './reference-version.repository';

describe(ReferenceCache.name, () => {
  function setup() {
    const logger = { warn: jest.fn(), info: jest.fn() };
    const { sut, mock } = newTestService(ReferenceCache, [
      [APP_CONFIG, loadConfig({ NODE_ENV: 'test' })],
      [LOGGER, logger as unknown as Logger],
    ]);
    const repo = mock(ReferenceVersionRepository);
    repo.increment.mockResolvedValue();
    let loads = 0;
    const cache = sut.cache<string, number>('sources');
    const read = () => cache.get('k', async () => ++loads);
    return { sut, repo, logger, read };
  }

  it('bumps each named scope once, in the transaction it is given', async () => {
    const { sut, repo } = setup();
    const tx = {} as Tx;
    await sut.bump(tx, 'sources', 'catalog', 'sources');
    expect(repo.increment.mock.calls.map(([t, scope]) => [t, scope])).toEqual([
      [tx, 'sources'],
      [tx, 'catalog'],
    ]);
  });

  it('clears a scope changed here at once, and one changed elsewhere when its poll sees the version move', async () => {
    const { sut, repo, read } = setup();
    repo.listVersions.mockResolvedValue([{ scope: 'sources', version: 1 }]);
    expect(await sut.refresh()).toEqual(['catalog', 'sources']);
    expect(await read()).toBe(1);
    sut.changed('catalog');
    expect(await read()).toBe(1);
    sut.changed('sources');
    expect(await read()).toBe(2);
    expect(await sut.refresh()).toEqual([]);
    expect(await read()).toBe(2);
    repo.listVersions.mockResolvedValue([{ scope: 'sources', version: 2 }]);
    expect(await sut.refresh()).toEqual(['sources']);
    expect(await read()).toBe(3);
  });

  it('keeps serving while the versions cannot be read, warns once, and catches up when they can', async () => {
    const { sut, repo, logger, read } = setup();
    repo.listVersions.mockResolvedValue([{ scope: 'sources', version: 1 }]);
    await sut.refresh();
    expect(await read()).toBe(1);
    repo.listVersions.mockRejectedValue(new Error('connection refused'));
    expect(await sut.refresh()).toEqual([]);
    expect(await sut.refresh()).toEqual([]);
    expect(await read()).toBe(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    // a change made elsewhere during the outage
    repo.listVersions.mockResolvedValue([{ scope: 'sources', version: 2 }]);
    expect(await sut.refresh()).toEqual(['sources']);
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(await read()).toBe(2);
  });
});

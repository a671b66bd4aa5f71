import { changedScopes, ScopedCaches, versionsOf } from './scoped-caches';

describe(changedScopes.name, () => {
  it('names every scope on the first reading: what was cached before it may predate a change', () => {
    expect(changedScopes(null, [])).toEqual(['catalog', 'sources']);
  });

  it('names the scopes whose version moved, a missing row counting as version 0', () => {
    const seen = versionsOf([{ scope: 'catalog', version: 3 }]);
    expect(changedScopes(seen, [{ scope: 'catalog', version: 3 }])).toEqual([]);
    expect(
      changedScopes(seen, [
        { scope: 'catalog', version: 3 },
        { scope: 'sources', version: 1 },
      ]),
    ).toEqual(['sources']);
    // a table restored from an older backup moves back: that is a change too
    expect(changedScopes(seen, [{ scope: 'catalog', version: 2 }])).toEqual(['catalog']);
  });

  it('ignores rows of scopes it does not know (written by a newer release)', () => {
    expect(changedScopes(versionsOf([]), [{ scope: 'forms', version: 9 }])).toEqual([]);
  });
});

describe(ScopedCaches.name, () => {
  function setup() {
    let now = 0;
    const sut = new ScopedCaches(60_000, () => now);
    let loads = 0;
    const load = async () => ++loads;
    const catalog = sut.create<string, number>(['catalog']);
    const both = sut.create<string, number>(['sources', 'catalog']);
    return { sut, catalog, both, load, advance: (ms: number) => (now += ms) };
  }

  it('keeps entries until a scope they depend on is cleared', async () => {
    const { sut, catalog, both, load } = setup();
    expect(await catalog.get('k', load)).toBe(1);
    expect(await both.get('k', load)).toBe(2);
    sut.clear(['sources']);
    expect(await catalog.get('k', load)).toBe(1);
    expect(await both.get('k', load)).toBe(3);
    sut.clear(['catalog']);
    expect(await catalog.get('k', load)).toBe(4);
    expect(await both.get('k', load)).toBe(5);
  });

  it('drops an entry after the safety lifetime even when no change was seen', async () => {
    const { catalog, load, advance } = setup();
    await catalog.get('k', load);
    advance(59_999);
    expect(await catalog.get('k', load)).toBe(1);
    advance(1);
    expect(await catalog.get('k', load)).toBe(2);
  });

  it('clears on the first reading and then only the scopes whose version moved', async () => {
    const { sut, catalog, both, load } = setup();
    await catalog.get('k', load);
    expect(sut.observe([{ scope: 'catalog', version: 4 }])).toEqual(['catalog', 'sources']);
    expect(await catalog.get('k', load)).toBe(2);
    expect(await both.get('k', load)).toBe(3);
    expect(sut.observe([{ scope: 'catalog', version: 4 }])).toEqual([]);
    expect(await catalog.get('k', load)).toBe(2);
    expect(
      sut.observe([
        { scope: 'catalog', version: 4 },
        { scope: 'sources', version: 1 },
      ]),
    ).toEqual(['sources']);
    expect(await catalog.get('k', load)).toBe(2);
    expect(await both.get('k', load)).toBe(4);
  });
});

import { TtlCache } from './ttl-cache';

describe(TtlCache.name, () => {
  function setup() {
    let now = 0;
    const sut = new TtlCache<string, number>(1000, () => now);
    let loads = 0;
    const load = async () => ++loads;
    return { sut, load, advance: (ms: number) => (now += ms), loads: () => loads };
  }

  it('serves a loaded value until it expires', async () => {
    const { sut, load, advance, loads } = setup();
    expect(await sut.get('a', load)).toBe(1);
    advance(999);
    expect(await sut.get('a', load)).toBe(1);
    advance(1);
    expect(await sut.get('a', load)).toBe(2);
    expect(loads()).toBe(2);
  });

  it('loads again after clear', async () => {
    const { sut, load } = setup();
    await sut.get('a', load);
    sut.clear();
    expect(await sut.get('a', load)).toBe(2);
  });

  it('does not keep a load that was in flight when cleared', async () => {
    const { sut } = setup();
    let release!: (v: number) => void;
    const slow = sut.get('a', () => new Promise<number>((r) => (release = r)));
    sut.clear();
    release(1);
    expect(await slow).toBe(1);
    expect(await sut.get('a', async () => 2)).toBe(2);
  });

  it('does not remember a failed load', async () => {
    const { sut } = setup();
    await expect(sut.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await sut.get('a', async () => 7)).toBe(7);
  });
});

import { UUID_PATTERN, uuidv7 } from './ids';

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID carrying the time', () => {
    const id = uuidv7(Date.UTC(2026, 11, 1));
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('increases strictly within one millisecond and across them', () => {
    const now = Date.now() + 10_000;
    const ids = Array.from({ length: 5000 }, (_, i) => uuidv7(now + Math.floor(i / 2500)));
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
  });

  it('never goes back when the clock does', () => {
    const a = uuidv7(Date.now() + 20_000);
    const b = uuidv7(Date.now());
    expect(b > a).toBe(true);
  });

  it('draws fresh random bits for every id, also across refills of the entropy pool', () => {
    // 1000 ids take about four refills of the 4 KiB pool
    const tails = new Set(Array.from({ length: 1000 }, () => uuidv7().slice(19)));
    expect(tails.size).toBe(1000);
  });
});

import { inflateSync } from 'node:zlib';
import { encodeStatusList, readStatusList } from './status-list.codec';
import { STATUS_BITS, STATUS_VALUE, TokenStatus } from './token-status';

describe(encodeStatusList.name, () => {
  it('packs entries from the least significant bits of each byte, as the draft’s example', () => {
    // the draft's 1-bit example: statuses of indexes 0..15 → bytes 0xB9 0xA3
    const ones = [0, 3, 4, 5, 7, 8, 9, 13, 15];
    const lst = encodeStatusList(new Map(ones.map((i) => [i, 1])), 16, 1);
    expect([...inflateSync(Buffer.from(lst, 'base64url'))]).toEqual([0xb9, 0xa3]);
  });

  it('reads back every status value at 4 bits, and 0 (VALID) everywhere else', () => {
    const values = new Map<number, number>([
      [0, STATUS_VALUE[TokenStatus.SUPERSEDED]],
      [1, STATUS_VALUE[TokenStatus.BREACHED]],
      [6, STATUS_VALUE[TokenStatus.WITHDRAWN]],
      [16_383, STATUS_VALUE[TokenStatus.REVOKED]],
    ]);
    const lst = encodeStatusList(values, 16_384, STATUS_BITS);
    for (const [idx, v] of values) expect(readStatusList(lst, STATUS_BITS, idx)).toBe(v);
    expect(readStatusList(lst, STATUS_BITS, 2)).toBe(0);
    expect(() => readStatusList(lst, STATUS_BITS, 16_384)).toThrow(RangeError);
    expect(() => encodeStatusList(new Map([[16, 1]]), 16, 4)).toThrow(RangeError);
  });

  it('gives every status its own value that fits in the bits', () => {
    const all = Object.values(STATUS_VALUE);
    expect(new Set(all).size).toBe(all.length);
    expect(Math.max(...all)).toBeLessThan(1 << STATUS_BITS);
    expect(STATUS_VALUE[TokenStatus.VALID]).toBe(0);
  });
});

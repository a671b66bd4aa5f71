import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: undefined }, '': 'empty' })).toBe(
      '{"":"empty","a":{"d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('writes dates as ISO strings and undefined array items as null, as JSON does', () => {
    expect(canonicalJson([new Date('2026-12-02T08:00:00.000Z'), undefined, 'x'])).toBe(
      '["2026-12-02T08:00:00.000Z",null,"x"]',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('orders keys by code unit and escapes them', () => {
    expect(canonicalJson({ 婚姻: 1, Z: 2, a: 3, 'q"': 4, '\u00e9': 5 })).toBe('{"Z":2,"a":3,"q\\"":4,"é":5,"婚姻":1}');
  });

  it('is the same text for the same content whatever the insertion order', () => {
    const one = { claim: { status: 'MARRIED', spouse: 'h1' }, factType: 'MARITAL_STATUS', name: null };
    const two = { name: null, factType: 'MARITAL_STATUS', claim: { spouse: 'h1', status: 'MARRIED' } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(JSON.parse(canonicalJson(one))).toEqual(one);
  });
});

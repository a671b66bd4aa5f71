import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '#gw/common';
import { SubjectHasher } from './subject-hasher.service';

describe(SubjectHasher.name, () => {
  const setup = (key = 'k'.repeat(32)) =>
    new SubjectHasher(loadConfig({ SUBJECT_HASH_KEY: key, DATA_DIR: mkdtempSync(join(tmpdir(), 'hasher-')) }));

  it('gives the same keyed hash for the same person and a masked form', () => {
    const sut = setup();
    expect(sut.ref('11010519491231002X')).toEqual({
      hash: sut.ref('11010519491231002X').hash,
      masked: '110105********002X',
    });
    expect(setup('z'.repeat(32)).ref('11010519491231002X').hash).not.toBe(sut.ref('11010519491231002X').hash);
  });

  it('keeps idempotency keys as keyed hashes, one space per department', () => {
    const sut = setup();
    const key = 'HX-2026-11010519491231002X';
    const stored = sut.idempotencyKey('HX_ZWFW', key);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(sut.idempotencyKey('HX_ZWFW', key)).toBe(stored);
    expect(sut.idempotencyKey('HX_MZ', key)).not.toBe(stored);
    expect(setup('z'.repeat(32)).idempotencyKey('HX_ZWFW', key)).not.toBe(stored);
    expect(stored).not.toBe(sut.ref(key).hash);
  });

  it('seals and unseals, with a fresh nonce each time', () => {
    const sut = setup();
    const a = sut.seal('11010519491231002X');
    expect(a).not.toBe(sut.seal('11010519491231002X'));
    expect(a).not.toContain('11010519491231002X');
    expect(sut.unseal(a)).toBe('11010519491231002X');
  });

  it('refuses a tampered seal or another key', () => {
    const sut = setup();
    const sealed = sut.seal('11010519491231002X');
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => sut.unseal(bytes.toString('base64url'))).toThrow();
    expect(() => setup('z'.repeat(32)).unseal(sealed)).toThrow();
  });
});

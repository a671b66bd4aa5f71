/** @jest-environment node */
import { sha256Sync, toBase64Url, toHex } from './sha256';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sha256Sync (for plain-http intranets without WebCrypto)', () => {
  it('gives the standard digests for empty, short, block-boundary and long inputs', () => {
    const vectors: [string, string][] = [
      ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
      ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
      ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
      ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
      ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
      ['告知承诺书'.repeat(200), 'bbf420ec3696c4936a659c25208ef945b2918382b17754c8178bd6c820a296eb'],
    ];
    for (const [text, hex] of vectors) expect(toHex(sha256Sync(bytes(text)))).toBe(hex);
  });

  it('encodes the PKCE challenge as base64url without padding (RFC 7636 appendix B)', () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(toBase64Url(sha256Sync(bytes(verifier)))).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

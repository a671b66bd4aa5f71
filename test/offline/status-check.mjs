#!/usr/bin/env node
// An offline status check of a gateway-signed token (receipt, commitment record, community
// certificate), written from the IETF Token Status List draft and RFC 7515/7519 alone: it uses
// only Node's own crypto, zlib and fs (no gateway code, no JOSE library), so it cross-checks the
// gateway's implementation.
//
//   node test/offline/status-check.mjs <token-file> <jwks-file> <cache-dir> [--now=<unix seconds>] [--offline]
//
// The token's signature is checked against the JWKS; its status.status_list.uri is looked up in
// the cache directory (fetched and stored there when missing, unless --offline); the status list
// token's signature, typ, sub and exp are checked; then the entry at status_list.idx is read.
// Prints one JSON line; exit 0 with { status }, 2 when refused with { error }.
import { Buffer } from 'node:buffer';
import { createPublicKey, createHash, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

// the gateway's meaning of each status value (README, "Status lists")
const STATUS_NAMES = { 0: 'VALID', 1: 'REVOKED', 3: 'WITHDRAWN', 11: 'BREACHED', 12: 'SUPERSEDED' };
const HASHES = { ES256: 'sha256', ES384: 'sha384', RS256: 'sha256', PS256: 'sha256' };

class Refused extends Error {}

function b64json(part) {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new Refused('MALFORMED');
  }
}

// RFC 7515 compact serialisation, checked against the published keys.
function verifyJws(token, jwks, expectedTyp) {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new Refused('MALFORMED');
  const header = b64json(parts[0]);
  const payload = b64json(parts[1]);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Refused('UNKNOWN_KEY');
  const hash = HASHES[header.alg];
  if (!hash || (jwk.alg && jwk.alg !== header.alg)) throw new Refused('ALGORITHM');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const data = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2], 'base64url');
  const options = header.alg.startsWith('ES')
    ? { key, dsaEncoding: 'ieee-p1363' }
    : header.alg.startsWith('PS')
      ? { key, padding: 6, saltLength: 32 }
      : { key };
  if (!verify(hash, data, options, signature)) throw new Refused('BAD_SIGNATURE');
  if (expectedTyp && header.typ !== expectedTyp) throw new Refused('WRONG_TYPE');
  return { header, payload };
}

async function statusListToken(uri, cacheDir, offline) {
  const file = join(cacheDir, `${createHash('sha256').update(uri).digest('hex')}.jwt`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  if (offline) throw new Refused('NOT_CACHED');
  const res = await globalThis.fetch(uri);
  if (!res.ok) throw new Refused(`FETCH_${res.status}`);
  const token = await res.text();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, token);
  return token;
}

async function main(argv) {
  const [tokenFile, jwksFile, cacheDir] = argv.filter((a) => !a.startsWith('--'));
  const nowArg = argv.find((a) => a.startsWith('--now='));
  const now = nowArg ? Number(nowArg.slice(6)) : Math.floor(Date.now() / 1000);
  const jwks = JSON.parse(readFileSync(jwksFile, 'utf8'));
  const { payload } = verifyJws(readFileSync(tokenFile, 'utf8'), jwks);
  const ref = payload.status && payload.status.status_list;
  if (!ref || typeof ref.uri !== 'string' || !Number.isInteger(ref.idx)) throw new Refused('NO_STATUS_REFERENCE');

  const list = verifyJws(await statusListToken(ref.uri, cacheDir, argv.includes('--offline')), jwks, 'statuslist+jwt');
  if (list.payload.sub !== ref.uri) throw new Refused('LIST_SUBJECT_MISMATCH');
  if (typeof list.payload.exp !== 'number' || list.payload.exp <= now) throw new Refused('STALE');
  const { bits, lst } = list.payload.status_list ?? {};
  if (![1, 2, 4, 8].includes(bits) || typeof lst !== 'string') throw new Refused('MALFORMED_LIST');
  const bytes = inflateSync(Buffer.from(lst, 'base64url'));
  const perByte = 8 / bits;
  const byte = bytes[Math.floor(ref.idx / perByte)];
  if (byte === undefined) throw new Refused('INDEX_OUT_OF_RANGE');
  const value = (byte >> ((ref.idx % perByte) * bits)) & ((1 << bits) - 1);
  const refetchAfter = typeof list.payload.ttl === 'number' ? list.payload.iat + list.payload.ttl : null;
  return { status: STATUS_NAMES[value] ?? `UNKNOWN_${value}`, value, idx: ref.idx, uri: ref.uri, refetchAfter };
}

main(process.argv.slice(2)).then(
  (out) => process.stdout.write(`${JSON.stringify(out)}\n`),
  (err) => {
    process.stdout.write(`${JSON.stringify({ error: err instanceof Refused ? err.message : 'FAILED' })}\n`);
    process.exitCode = 2;
  },
);

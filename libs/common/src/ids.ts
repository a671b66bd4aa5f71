import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// Random bytes drawn from a pool filled 4 KiB at a time (as node:crypto's randomUUID does): a
// call into the CSPRNG per id cost more than the rest of making it, and a verification makes
// several ids.
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

function random(n: number): Buffer {
  if (poolOffset + n > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const out = Buffer.from(pool.subarray(poolOffset, poolOffset + n));
  poolOffset += n;
  return out;
}

// UUID version 7 (RFC 9562), time-ordered, so ids double as a stable newest-first sort key and
// cursor. Within one process they are strictly increasing: ids made in the same millisecond
// carry a counter in the 12 bits after the version (the RFC's method 1), so records appended by
// one instance sort in the order they were made (the audit chain relies on it).
export function uuidv7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = random(2).readUInt16BE(0) & 0x3ff; // start low: room for 3000+ more ids in this ms
  } else if (++counter > 0xfff) {
    lastMs += 1; // borrow the next millisecond rather than repeat or go back
    counter = 0;
  }
  const bytes = random(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

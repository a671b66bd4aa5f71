import { deflateSync, inflateSync } from 'node:zlib';

// A status list as the IETF Token Status List draft encodes it: `bits` bits per entry, entry i
// in the byte i*bits/8 starting from its least significant bit, the whole byte array compressed
// with DEFLATE in the ZLIB format and base64url-encoded (status_list.lst).
export function encodeStatusList(values: ReadonlyMap<number, number>, size: number, bits: number): string {
  const perByte = 8 / bits;
  const bytes = Buffer.alloc(Math.ceil(size / perByte));
  const mask = (1 << bits) - 1;
  for (const [idx, value] of values) {
    if (idx < 0 || idx >= size) throw new RangeError(`status index ${idx} outside the list`);
    bytes[Math.floor(idx / perByte)] |= (value & mask) << ((idx % perByte) * bits);
  }
  return deflateSync(bytes, { level: 9 }).toString('base64url');
}

export function readStatusList(lst: string, bits: number, idx: number): number {
  const bytes = inflateSync(Buffer.from(lst, 'base64url'));
  const perByte = 8 / bits;
  const byte = bytes[Math.floor(idx / perByte)];
  if (byte === undefined) throw new RangeError(`status index ${idx} outside the list`);
  return (byte >> ((idx % perByte) * bits)) & ((1 << bits) - 1);
}

import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, maskIdNumber, subjectHash } from '#gw/common';

const KEY_FILE = 'subject-hash-key';

export interface SubjectRef {
  hash: string;
  masked: string;
}

// What stands for a resident at rest: a keyed hash (joins records of the same person without
// revealing them) and a masked ID number for people to read.
@Injectable()
export class SubjectHasher {
  private readonly key: string;
  private readonly sealKey: Buffer;
  private readonly idempotencyKeyKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.subjectHashKey ?? devKey(config.dataDir);
    this.sealKey = Buffer.from(hkdfSync('sha256', this.key, 'cert-gateway', 'subject-seal', 32));
    this.idempotencyKeyKey = Buffer.from(hkdfSync('sha256', this.key, 'cert-gateway', 'idempotency-key', 32));
  }

  ref(idNumber: string): SubjectRef {
    return { hash: subjectHash(idNumber, this.key), masked: maskIdNumber(idNumber) };
  }

  // A client's idempotency key may be anything it chose (an application number, a resident's
  // ID number): at rest it is a keyed hash, per department, so equal keys still meet.
  idempotencyKey(department: string, key: string): string {
    return createHmac('sha256', this.idempotencyKeyKey).update(`${department}\n${key}`).digest('hex');
  }

  // For the few places a person must be found again by someone (an assist request): the ID
  // number encrypted with a key derived from the hash key, kept only while the request is open.
  seal(idNumber: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const body = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  unseal(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

function devKey(dataDir: string): string {
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch {
      // created concurrently by another process
    }
  }
  return readFileSync(file, 'utf8').trim();
}

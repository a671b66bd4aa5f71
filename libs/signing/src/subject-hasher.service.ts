import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, maskIdNumber, subjectHash } from '../../common/src';

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

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = config.subjectHashKey ?? devKey(config.dataDir);
  }

  ref(idNumber: string): SubjectRef {
    return { hash: subjectHash(idNumber, this.key), masked: maskIdNumber(idNumber) };
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

import { Injectable } from '@nestjs/common';
import type { Tx } from '#gw/db';
import { chinaDay } from '#gw/common';
import { BurdenCounter } from './burden.counters';
import { BurdenRepository } from './burden.repository';

// Domain services call this inside the transaction that writes the record being counted, with
// the record's own timestamp, so the counters always equal what the records say.
@Injectable()
export class BurdenRecorder {
  constructor(private readonly repo: BurdenRepository) {}

  async record(tx: Tx, communityCode: string, at: Date, counter: BurdenCounter, delta = 1): Promise<void> {
    if (delta === 0) return;
    await this.repo.increment(tx, communityCode, chinaDay(at), counter, delta);
  }
}

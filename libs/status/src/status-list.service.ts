import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt, JWTPayload } from 'jose';
import { APP_CONFIG, AppConfig } from '#gw/common';
import type { Tx } from '#gw/db';
import { SigningService } from '#gw/signing';
import { encodeStatusList } from './status-list.codec';
import { StatusListRepository } from './status-list.repository';
import {
  STATUS_BITS,
  STATUS_REASON_TEXT,
  STATUS_VALUE,
  StatusKind,
  StatusReason,
  StatusReferenceModel,
  TokenStatus,
} from './token-status';

export const STATUS_LIST_TYP = 'statuslist+jwt';
export const STATUS_LIST_PATH = '/status-lists';
// entries per published list: 16384 entries of 4 bits are 8 KiB before compression
export const STATUS_LIST_SIZE = 16_384;

// The claim a signed output carries: status.status_list.{idx, uri}.
export interface StatusClaim {
  status: { status_list: { idx: number; uri: string } };
}

const MAX_ENTRY_ID = 2_147_483_647;
const LIST_URI = /\/status-lists\/(\d{1,9})$/;
const TOKEN_STATUSES: ReadonlySet<string> = new Set(Object.values(TokenStatus));

// Live status of everything the gateway signs: each output gets an entry (allocated by the
// database) whose index and list URI go into its signed payload; a withdrawal, a breach, a
// revocation or a later route result changes the entry; the lists are published signed, so a
// verifier that cached one checks status offline until its exp.
@Injectable()
export class StatusListService {
  constructor(
    private readonly repo: StatusListRepository,
    private readonly signing: SigningService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Inside the caller's transaction when it has one (SQLite allows one writer at a time).
  async allocate(kind: StatusKind, targetId: string, tx?: Tx): Promise<StatusClaim> {
    return this.claimOf(await this.repo.create(tx, kind, targetId));
  }

  // The status reference of an entry allocated already (the verification hot path allocates the
  // receipt's entry in the statement group that stores the request).
  claimOf(entry: number): StatusClaim {
    const list = Math.floor(entry / STATUS_LIST_SIZE);
    return { status: { status_list: { idx: entry % STATUS_LIST_SIZE, uri: this.uriOf(list) } } };
  }

  uriOf(list: number): string {
    return `${this.config.statusList.publicUrl}${STATUS_LIST_PATH}/${list}`;
  }

  // Every entry of that output still in one of `from` takes the new status.
  async mark(
    tx: Tx,
    kind: StatusKind,
    targetId: string,
    to: TokenStatus,
    reason: StatusReason,
    from: TokenStatus[] = [TokenStatus.VALID],
  ): Promise<number> {
    return this.repo.markMany(tx, { kind, targetId, from }, { status: to, reason, changedAt: new Date() });
  }

  // A verification's newer receipt supersedes the ones issued before it.
  async supersedeEarlierReceipts(tx: Tx, verificationId: string, receipt: string, reason: StatusReason): Promise<void> {
    const entry = this.entryOf(decodeJwt(receipt));
    if (entry === null) return;
    await this.repo.markMany(
      tx,
      { kind: StatusKind.RECEIPT, targetId: verificationId, from: [TokenStatus.VALID], below: entry },
      { status: TokenStatus.SUPERSEDED, reason, changedAt: new Date() },
    );
  }

  // The current status of a signed output whose signature was checked; null when its payload has
  // no status reference (issued before status lists) or one that is not this output's.
  async statusOf(payload: JWTPayload, kind: StatusKind, targetId: string): Promise<StatusReferenceModel | null> {
    const entry = this.entryOf(payload);
    if (entry === null) return null;
    const row = await this.repo.findById(entry);
    if (!row || row.kind !== kind || row.targetId !== targetId || !TOKEN_STATUSES.has(row.status)) return null;
    const reason = (row.reason as StatusReason | null) ?? null;
    return {
      status: row.status as TokenStatus,
      changedAt: row.changedAt,
      reason,
      reasonText: reason ? (STATUS_REASON_TEXT[reason] ?? null) : null,
      listUri: this.uriOf(Math.floor(entry / STATUS_LIST_SIZE)),
      index: entry % STATUS_LIST_SIZE,
    };
  }

  // The signed status list token of list n, or null when no entry of it was ever allocated.
  async listToken(list: number): Promise<string | null> {
    const from = list * STATUS_LIST_SIZE;
    // entry ids are 32-bit integers (PostgreSQL int4): a list past them cannot exist
    if (from > MAX_ENTRY_ID) return null;
    const to = Math.min(from + STATUS_LIST_SIZE, MAX_ENTRY_ID + 1);
    if (!(await this.repo.existsIn(from, to))) return null;
    const values = new Map<number, number>();
    for (const e of await this.repo.listChanged(from, to))
      if (TOKEN_STATUSES.has(e.status)) values.set(e.id - from, STATUS_VALUE[e.status as TokenStatus]);
    const now = Math.floor(Date.now() / 1000);
    const { ttlSec, validitySec } = this.config.statusList;
    return this.signing.signJwt(
      {
        sub: this.uriOf(list),
        exp: now + validitySec,
        ttl: ttlSec,
        status_list: { bits: STATUS_BITS, lst: encodeStatusList(values, STATUS_LIST_SIZE, STATUS_BITS) },
      },
      STATUS_LIST_TYP,
    );
  }

  private entryOf(payload: JWTPayload): number | null {
    const ref = (payload.status as { status_list?: { idx?: unknown; uri?: unknown } } | undefined)?.status_list;
    if (!ref || typeof ref.uri !== 'string' || typeof ref.idx !== 'number') return null;
    const list = LIST_URI.exec(ref.uri);
    if (!list || !Number.isInteger(ref.idx) || ref.idx < 0 || ref.idx >= STATUS_LIST_SIZE) return null;
    const entry = Number(list[1]) * STATUS_LIST_SIZE + ref.idx;
    return entry <= MAX_ENTRY_ID ? entry : null;
  }
}

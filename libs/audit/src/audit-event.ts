import { createHash } from 'node:crypto';
import { canonicalJson } from '#gw/common';

export const GENESIS_HASH = '0'.repeat(64);

// OK: done; REFUSED: refused before changing anything; FAILED: an unexpected error (nothing committed)
export type AuditOutcome = 'OK' | 'REFUSED' | 'FAILED';

export interface AuditEntry {
  actorSubject: string;
  actorDepartment: string | null;
  actorRoles: string;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome: AuditOutcome;
  // metadata only: codes, ids, decisions; never an ID number, a name or a token
  detail: Record<string, unknown>;
  requestId: string | null;
}

export interface ChainedAuditEntry extends AuditEntry {
  seq: number;
  at: Date;
  prevHash: string;
}

export function hashAuditEntry(e: ChainedAuditEntry): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at.toISOString(),
    actorSubject: e.actorSubject,
    actorDepartment: e.actorDepartment,
    actorRoles: e.actorRoles,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    outcome: e.outcome,
    detail: e.detail,
    requestId: e.requestId,
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

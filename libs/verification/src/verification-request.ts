import type { FactTypeRow } from '#gw/catalog';
import type { SubjectRef } from '#gw/signing';

// A verification request as validated and normalised, before it is stored: the raw ID number
// and name stay in memory, for the signed calls to the sources only.
export interface PreparedRequest {
  department: string;
  fact: FactTypeRow;
  idNumber: string;
  name?: string;
  subject: SubjectRef;
  claim: Record<string, unknown>;
  requestHash: string;
  input: {
    matter: string;
    purpose: string;
    // the client's key as a keyed hash (SubjectHasher.idempotencyKey): what is stored
    idempotencyKey: string;
    certificateCode: string | null;
    communityCode: string | null;
  };
}

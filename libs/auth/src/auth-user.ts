import type { Role } from './role.enum';

// Who is calling, as the verified token says. Raw tokens never leave the verifier.
export interface AuthUser {
  subject: string;
  name: string;
  departmentCode: string | null;
  regionCode: string | null;
  roles: Role[];
  // a RESIDENT token: the subject hash and masked ID number of the verified resident (the raw
  // number is dropped as soon as it is hashed); null for every staff token
  resident?: ResidentSubject | null;
}

export interface ResidentSubject {
  subjectHash: string;
  subjectMasked: string;
  // the verified ID number sealed for storage (a commitment the resident signs keeps it sealed
  // until its post-verification, for the credit platform); a function, so that no serialised
  // user ever carries it
  sealIdNumber: () => string;
}

export const ANONYMOUS_SUBJECT = 'anonymous';

import type { Role } from './role.enum';

// Who is calling, as the verified token says. Raw tokens never leave the verifier.
export interface AuthUser {
  subject: string;
  name: string;
  departmentCode: string | null;
  regionCode: string | null;
  roles: Role[];
}

export const ANONYMOUS_SUBJECT = 'anonymous';

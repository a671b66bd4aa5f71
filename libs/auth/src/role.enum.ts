import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  WINDOW_STAFF = 'WINDOW_STAFF',
  SOURCE_ADMIN = 'SOURCE_ADMIN',
  DEPT_OFFICER = 'DEPT_OFFICER',
  THIRD_PARTY = 'THIRD_PARTY',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  LIST_ADMIN = 'LIST_ADMIN',
  REVIEWER = 'REVIEWER',
  AUDITOR = 'AUDITOR',
  // a resident signed in with their verified identity: sees only their own subject's records
  RESIDENT = 'RESIDENT',
}

registerEnumType(Role, { name: 'Role', description: '调用者角色' });

export const ALL_ROLES = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as string[]).includes(value);
}

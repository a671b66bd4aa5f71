// The roles a token may carry (the gateway's Role enum; not in the GraphQL schema).
export const ROLES = [
  'WINDOW_STAFF',
  'SOURCE_ADMIN',
  'DEPT_OFFICER',
  'THIRD_PARTY',
  'COMMUNITY_STAFF',
  'LIST_ADMIN',
  'REVIEWER',
  'AUDITOR',
  'RESIDENT',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

// the roles of office staff (a resident signs in on their own, and holds no other role)
export const STAFF_ROLES = ROLES.filter((r) => r !== 'RESIDENT');

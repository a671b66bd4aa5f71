import { getJson } from '../api/client';
import type { Role } from './roles';

// Development sign-in (the gateway refuses it in production): the demo identities to choose
// from, and a token for the chosen ones.

export interface DevIdentities {
  roles: { role: Role; department: string | null; region: string | null; name: string }[];
  departments: { code: string; name: string; kind: 'GOVERNMENT' | 'THIRD_PARTY' }[];
  regions: { code: string; name: string; level: 'COUNTY' | 'TOWNSHIP' | 'COMMUNITY'; parentCode: string | null }[];
  // synthetic residents, by key and masked number: the browser never holds the number itself
  residents?: { key: string; label: string; masked: string }[];
}

export function devIdentities(): Promise<DevIdentities> {
  return getJson<DevIdentities>('/dev/identities');
}

export async function devToken(
  input: { roles: Role[]; department: string | null; region: string } | { roles: ['RESIDENT']; resident: string },
): Promise<string> {
  const { token } = await getJson<{ token: string }>('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return token;
}

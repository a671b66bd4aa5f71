import { importJWK, SignJWT } from 'jose';
import type { AuthConfig } from '#gw/common';
import { DEV_ALG, DevKey } from './dev-keys';
import { Role } from './role.enum';

export interface DevTokenClaims {
  subject?: string;
  name?: string;
  roles: Role[];
  department?: string | null;
  region?: string | null;
  // RESIDENT: the resident's ID number, put in the configured claim as an identity provider would
  idNumber?: string;
  ttlSeconds?: number;
}

const COUNTY = '621022000000';

// Claims a demo user of each role gets when the command line does not say otherwise.
export const ROLE_DEFAULTS: Record<Role, { department: string | null; region: string | null; name: string }> = {
  [Role.WINDOW_STAFF]: { department: 'HX_ZWFW', region: COUNTY, name: '政务服务中心窗口人员' },
  [Role.SOURCE_ADMIN]: { department: 'HX_GA', region: COUNTY, name: '公安局数据管理员' },
  [Role.DEPT_OFFICER]: { department: 'HX_MZ', region: COUNTY, name: '民政局协查经办人' },
  [Role.THIRD_PARTY]: { department: 'HX_TP_SURVEY', region: COUNTY, name: '第三方核查员' },
  [Role.COMMUNITY_STAFF]: { department: null, region: '621022100001', name: '东关社区工作人员' },
  [Role.LIST_ADMIN]: { department: 'HX_MZ', region: COUNTY, name: '民政局清单管理员' },
  [Role.REVIEWER]: { department: 'HX_ZZB', region: COUNTY, name: '组织部审核人' },
  [Role.AUDITOR]: { department: 'HX_MZ', region: COUNTY, name: '监督审计人员' },
  [Role.RESIDENT]: { department: null, region: null, name: '居民' },
};

export async function signDevToken(
  key: DevKey,
  auth: Pick<AuthConfig, 'issuer' | 'audience' | 'residentIdClaim'>,
  claims: DevTokenClaims,
): Promise<string> {
  const primary = ROLE_DEFAULTS[claims.roles[0]];
  const privateKey = await importJWK(key.privateJwk, DEV_ALG);
  const payload: Record<string, unknown> = {
    name: claims.name ?? primary.name,
    roles: claims.roles,
    department: claims.department === undefined ? primary.department : claims.department,
    region: claims.region === undefined ? primary.region : claims.region,
  };
  if (claims.idNumber !== undefined) payload[auth.residentIdClaim] = claims.idNumber;
  for (const k of Object.keys(payload)) if (payload[k] === null) delete payload[k];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: DEV_ALG, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.subject ?? `demo-${claims.roles[0].toLowerCase()}`)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.ttlSeconds ?? 8 * 3600))
    .sign(privateKey);
}

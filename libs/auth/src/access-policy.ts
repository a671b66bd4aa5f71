import { Injectable } from '@nestjs/common';
import { AppException } from '#gw/common';
import type { Caller } from './decorators';
import { Role } from './role.enum';

// Who sees what, in one place. Roles (declared on each resolver) say what an operation is for;
// this policy says whose data a caller reaches with them:
// - a department's records (verifications, assist requests, commitments, work-access
//   applications, data sources) are seen by the roles that act for that department;
// - a community's records (checks, filings, issued certificates, the burden counters) by that
//   community's clerk;
// - overseers (LIST_ADMIN, REVIEWER, AUDITOR, as each kind of record admits) see a kind across
//   their region: a region-code prefix, so a township's overseer sees its communities and the
//   county's sees all of them. County departments' records and county-wide records (credit,
//   the audit trail) belong to the county: only an overseer whose region is the county sees them.
// A token that claims an overseer role must carry a region the gateway knows.

export const OVERSEER_ROLES: readonly Role[] = [Role.LIST_ADMIN, Role.REVIEWER, Role.AUDITOR];

// roles that act for a department (党政群机构) and may apply for work-access
export const WORK_ACCESS_APPLICANT_ROLES: readonly Role[] = [
  Role.WINDOW_STAFF,
  Role.SOURCE_ADMIN,
  Role.DEPT_OFFICER,
  Role.LIST_ADMIN,
  Role.REVIEWER,
];

type Home = 'department' | 'community' | 'county';

interface ScopeRule {
  home: Home;
  // act for their own department or community
  members: readonly Role[];
  // see the kind across their region
  overseers: readonly Role[];
}

export const SCOPE_RULES = {
  verification: { home: 'department', members: [Role.WINDOW_STAFF], overseers: [Role.AUDITOR] },
  // the requesting window, and the department or commissioned organisation it is addressed to
  assistRequest: {
    home: 'department',
    members: [Role.WINDOW_STAFF, Role.DEPT_OFFICER, Role.THIRD_PARTY],
    overseers: [Role.AUDITOR],
  },
  commitment: { home: 'department', members: [Role.WINDOW_STAFF, Role.DEPT_OFFICER], overseers: [Role.AUDITOR] },
  workAccessApplication: { home: 'department', members: WORK_ACCESS_APPLICANT_ROLES, overseers: OVERSEER_ROLES },
  // a department's own sources and those granted to it
  dataSource: { home: 'department', members: [Role.SOURCE_ADMIN, Role.WINDOW_STAFF], overseers: [Role.AUDITOR] },
  // a fact type's delegations, seen by the owner that gave them and the department that holds them
  factTypeDelegation: { home: 'department', members: [Role.SOURCE_ADMIN], overseers: [Role.AUDITOR] },
  communityCheck: { home: 'community', members: [Role.COMMUNITY_STAFF], overseers: [Role.LIST_ADMIN, Role.AUDITOR] },
  formFiling: { home: 'community', members: [Role.COMMUNITY_STAFF], overseers: [Role.LIST_ADMIN, Role.AUDITOR] },
  issuedCertificate: { home: 'community', members: [Role.COMMUNITY_STAFF], overseers: [] },
  burden: { home: 'community', members: [Role.COMMUNITY_STAFF], overseers: OVERSEER_ROLES },
  creditRecord: { home: 'county', members: [], overseers: [Role.LIST_ADMIN, Role.AUDITOR] },
  creditDelivery: { home: 'county', members: [], overseers: [Role.LIST_ADMIN, Role.AUDITOR] },
  auditEvent: { home: 'county', members: [], overseers: [Role.AUDITOR] },
  // the certificate catalog's aliases and revisions, and the phrasings communities heard
  catalog: { home: 'county', members: [], overseers: [Role.LIST_ADMIN, Role.AUDITOR] },
  // residents' objections to entries of their data tracker, answered by the county's auditors
  residentObjection: { home: 'county', members: [], overseers: [Role.AUDITOR] },
} as const satisfies Record<string, ScopeRule>;

type Rules = typeof SCOPE_RULES;
type KindOf<H extends Home> = { [K in keyof Rules]: Rules[K]['home'] extends H ? K : never }[keyof Rules];
export type ScopedKind = keyof Rules;
export type DepartmentKind = KindOf<'department'>;
export type CommunityKind = KindOf<'community'>;

export type RegionLevelName = 'COUNTY' | 'TOWNSHIP' | 'COMMUNITY';

export interface RegionReach {
  code: string;
  level: RegionLevelName;
  // every region code under this region starts with it
  prefix: string;
}

// The regions the gateway serves (the catalog's), as the policy needs them.
export abstract class RegionDirectory {
  // null for a code the gateway does not know
  abstract regionReach(code: string): Promise<RegionReach | null>;
}

// What of a department's records a caller sees: all of the county's, or those of the caller's
// department in the capacities (roles) the caller holds; department null: none.
export type DepartmentScope =
  { readonly all: true } | { readonly all: false; readonly department: string | null; readonly roles: readonly Role[] };

// What of the communities' records a caller sees: those under any of these prefixes (none when
// empty). Prefixes never overlap.
export interface CommunityScope {
  readonly prefixes: readonly string[];
}

// Who owns a department's record: one department (in every member capacity), several, or per
// capacity (an assist request is the requester's as a window and the addressee's as a checker).
export type Owners = string | readonly string[] | ((role: Role) => string | readonly string[] | null);

// The department the caller acts for; a token that names none cannot act for one.
export function callerDepartment(caller: Caller): string {
  if (!caller.user.departmentCode) throw AppException.forbidden('登录凭证未载明所属部门');
  return caller.user.departmentCode;
}

// The caller acts for this department (in this capacity, when given).
export function actsForDepartment(caller: Caller, department: string, role?: Role): boolean {
  return (
    caller.user.departmentCode !== null &&
    caller.user.departmentCode === department &&
    (role === undefined || caller.user.roles.includes(role))
  );
}

// A community clerk acts only for the community their token names.
export function actsForCommunity(caller: Caller, communityCode: string): boolean {
  return caller.user.regionCode !== null && caller.user.regionCode === communityCode;
}

// A resident reaches only the records of their own subject: the hash the verifier made of the
// ID number their identity provider vouched for. Nothing a resident sends names another subject.
export function residentSubject(caller: Caller): string {
  const own = caller.user.roles.includes(Role.RESIDENT) ? caller.user.resident?.subjectHash : undefined;
  if (!own) throw AppException.forbidden('需要以居民本人身份登录');
  return own;
}

export function isOverseer(caller: Caller): boolean {
  return caller.user.roles.some((r) => OVERSEER_ROLES.includes(r));
}

// The department a list is filtered by: undefined for all of the county's, null for none.
export function departmentFilter(scope: DepartmentScope): string | null | undefined {
  return scope.all ? undefined : scope.department;
}

export function seesCommunity(scope: CommunityScope, communityCode: string): boolean {
  return scope.prefixes.some((p) => communityCode.startsWith(p));
}

// The part of a scope within an asked region (county, township or community); null when the
// region is not wholly within the scope.
export function scopeWithin(scope: CommunityScope, region: { code: string; prefix: string }): CommunityScope | null {
  return seesCommunity(scope, region.code) ? { prefixes: [region.prefix] } : null;
}

const COUNTY_ONLY = '该数据覆盖全县，只有辖区为全县的人员可以查看';

@Injectable()
export class AccessPolicy {
  constructor(private readonly regions: RegionDirectory) {}

  // "What may this caller see of a department's records?"
  async departmentScope(caller: Caller, kind: DepartmentKind): Promise<DepartmentScope> {
    const rule: ScopeRule = SCOPE_RULES[kind];
    if ((await this.overseerReach(caller, rule))?.level === 'COUNTY') return { all: true };
    const roles = caller.user.roles.filter((r) => rule.members.includes(r));
    const department = roles.length > 0 ? caller.user.departmentCode : null;
    return { all: false, department, roles: department ? roles : [] };
  }

  // "May this caller see this department's record?" Membership is checked first, so a member
  // never depends on the region their token names.
  async seesDepartmentRecord(caller: Caller, kind: DepartmentKind, owners: Owners): Promise<boolean> {
    const rule: ScopeRule = SCOPE_RULES[kind];
    const department = caller.user.departmentCode;
    const member = caller.user.roles.some((role) => {
      if (!rule.members.includes(role) || !department) return false;
      const owned = typeof owners === 'function' ? owners(role) : owners;
      return owned !== null && (typeof owned === 'string' ? owned === department : owned.includes(department));
    });
    if (member) return true;
    return (await this.overseerReach(caller, rule))?.level === 'COUNTY';
  }

  // "What may this caller see of the communities' records?"
  async communityScope(caller: Caller, kind: CommunityKind): Promise<CommunityScope> {
    const rule: ScopeRule = SCOPE_RULES[kind];
    const prefixes: string[] = [];
    const overseen = await this.overseerReach(caller, rule);
    if (overseen) prefixes.push(overseen.prefix);
    const own = caller.user.regionCode;
    if (own && caller.user.roles.some((r) => rule.members.includes(r)) && !prefixes.some((p) => own.startsWith(p))) {
      // a clerk's token must name a community: a township's code would reach all its communities
      const reach = await this.regions.regionReach(own);
      if (reach?.level === 'COMMUNITY') prefixes.push(reach.prefix);
    }
    return { prefixes };
  }

  async seesCommunityRecord(caller: Caller, kind: CommunityKind, communityCode: string): Promise<boolean> {
    return seesCommunity(await this.communityScope(caller, kind), communityCode);
  }

  // County-wide records (the audit trail, credit) are an overseer's of the whole county.
  async overseesCounty(caller: Caller, kind: ScopedKind): Promise<boolean> {
    return (await this.overseerReach(caller, SCOPE_RULES[kind]))?.level === 'COUNTY';
  }

  async assertOverseesCounty(caller: Caller, kind: ScopedKind): Promise<void> {
    if (!(await this.overseesCounty(caller, kind))) throw AppException.forbidden(COUNTY_ONLY);
  }

  // The region the caller oversees for this kind of record; null when they hold none of its
  // overseer roles. A token that claims one must name a region the gateway knows.
  private async overseerReach(caller: Caller, rule: ScopeRule): Promise<RegionReach | null> {
    if (!caller.user.roles.some((r) => rule.overseers.includes(r))) return null;
    const code = caller.user.regionCode;
    if (!code) throw AppException.forbidden('登录凭证未载明所属区划');
    const reach = await this.regions.regionReach(code);
    if (!reach) throw AppException.forbidden('登录凭证所载区划不存在');
    return reach;
  }
}

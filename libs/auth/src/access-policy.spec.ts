import { AppException } from '#gw/common';
import {
  AccessPolicy,
  actsForCommunity,
  actsForDepartment,
  callerDepartment,
  departmentFilter,
  RegionDirectory,
  RegionReach,
  scopeWithin,
} from './access-policy';
import type { Caller } from './decorators';
import { Role } from './role.enum';

const COUNTY = '621022000000';
const HUANCHENG = '621022100000';
const QUZI = '621022101000';
const DONGGUAN = '621022100001';
const XIGUAN = '621022100002';
const QUZI_COMMUNITY = '621022101001';

// the catalog's regions, as far as these tests need them
const REGIONS: Record<string, RegionReach> = {
  [COUNTY]: { code: COUNTY, level: 'COUNTY', prefix: '621022' },
  [HUANCHENG]: { code: HUANCHENG, level: 'TOWNSHIP', prefix: '621022100' },
  [QUZI]: { code: QUZI, level: 'TOWNSHIP', prefix: '621022101' },
  [DONGGUAN]: { code: DONGGUAN, level: 'COMMUNITY', prefix: DONGGUAN },
  [XIGUAN]: { code: XIGUAN, level: 'COMMUNITY', prefix: XIGUAN },
  [QUZI_COMMUNITY]: { code: QUZI_COMMUNITY, level: 'COMMUNITY', prefix: QUZI_COMMUNITY },
};

class Regions extends RegionDirectory {
  lookups = 0;
  regionReach(code: string): Promise<RegionReach | null> {
    this.lookups++;
    return Promise.resolve(REGIONS[code] ?? null);
  }
}

function caller(roles: Role[], departmentCode: string | null = 'HX_MZ', regionCode: string | null = COUNTY): Caller {
  return { user: { subject: 's', name: 'n', departmentCode, regionCode, roles } };
}

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return 'allowed';
  } catch (err) {
    return err instanceof AppException ? `${err.code}: ${err.message}` : err;
  }
}

describe('AccessPolicy', () => {
  let regions: Regions;
  let policy: AccessPolicy;
  beforeEach(() => {
    regions = new Regions();
    policy = new AccessPolicy(regions);
  });

  describe("a department's records", () => {
    it('are all the county overseer’s', async () => {
      expect(await policy.departmentScope(caller([Role.AUDITOR]), 'verification')).toEqual({ all: true });
      expect(await policy.seesDepartmentRecord(caller([Role.AUDITOR]), 'verification', 'HX_RS')).toBe(true);
    });

    it('are a member’s own department’s only', async () => {
      const clerk = caller([Role.WINDOW_STAFF], 'HX_ZWFW');
      expect(await policy.departmentScope(clerk, 'verification')).toEqual({
        all: false,
        department: 'HX_ZWFW',
        roles: [Role.WINDOW_STAFF],
      });
      expect(await policy.seesDepartmentRecord(clerk, 'verification', 'HX_ZWFW')).toBe(true);
      expect(await policy.seesDepartmentRecord(clerk, 'verification', 'HX_RS')).toBe(false);
    });

    it('are nobody’s without a department, nor in a capacity the kind does not admit', async () => {
      expect(departmentFilter(await policy.departmentScope(caller([Role.WINDOW_STAFF], null), 'verification'))).toBe(
        null,
      );
      // a source administrator is no member for verifications
      const admin = caller([Role.SOURCE_ADMIN], 'HX_ZWFW');
      expect(departmentFilter(await policy.departmentScope(admin, 'verification'))).toBe(null);
      expect(await policy.seesDepartmentRecord(admin, 'verification', 'HX_ZWFW')).toBe(false);
    });

    it('are not a township overseer’s: county departments’ records belong to the county', async () => {
      const township = caller([Role.AUDITOR], 'HX_MZ', HUANCHENG);
      expect(departmentFilter(await policy.departmentScope(township, 'verification'))).toBe(null);
      expect(await policy.seesDepartmentRecord(township, 'verification', 'HX_MZ')).toBe(false);
    });

    it('are seen by an overseer only in the kinds the role oversees', async () => {
      // LIST_ADMIN oversees work-access applications, not verifications
      const listAdmin = caller([Role.LIST_ADMIN, Role.WINDOW_STAFF], 'HX_MZ');
      expect(await policy.departmentScope(listAdmin, 'workAccessApplication')).toEqual({ all: true });
      expect(departmentFilter(await policy.departmentScope(listAdmin, 'verification'))).toBe('HX_MZ');
    });

    it('may be owned per capacity', async () => {
      const owners = (role: Role) =>
        role === Role.WINDOW_STAFF ? 'HX_ZWFW' : role === Role.DEPT_OFFICER ? 'HX_MZ' : null;
      expect(await policy.seesDepartmentRecord(caller([Role.DEPT_OFFICER], 'HX_MZ'), 'assistRequest', owners)).toBe(
        true,
      );
      // the same department in a capacity the record was not addressed to
      expect(await policy.seesDepartmentRecord(caller([Role.THIRD_PARTY], 'HX_MZ'), 'assistRequest', owners)).toBe(
        false,
      );
      expect(
        await policy.seesDepartmentRecord(caller([Role.SOURCE_ADMIN], 'HX_RS'), 'dataSource', ['HX_GA', 'HX_RS']),
      ).toBe(true);
    });

    it('are a member’s whatever region the token names: membership is checked first', async () => {
      const applicant = caller([Role.LIST_ADMIN], 'HX_MZ', null);
      expect(await policy.seesDepartmentRecord(applicant, 'workAccessApplication', 'HX_MZ')).toBe(true);
      expect(regions.lookups).toBe(0);
    });
  });

  describe("the communities' records", () => {
    it('are the overseer’s under their region', async () => {
      expect(await policy.communityScope(caller([Role.LIST_ADMIN]), 'communityCheck')).toEqual({
        prefixes: ['621022'],
      });
      const township = caller([Role.AUDITOR], 'HX_MZ', HUANCHENG);
      expect(await policy.seesCommunityRecord(township, 'formFiling', DONGGUAN)).toBe(true);
      expect(await policy.seesCommunityRecord(township, 'formFiling', QUZI_COMMUNITY)).toBe(false);
    });

    it('are a clerk’s own community’s only', async () => {
      const clerk = caller([Role.COMMUNITY_STAFF], null, DONGGUAN);
      expect(await policy.communityScope(clerk, 'burden')).toEqual({ prefixes: [DONGGUAN] });
      expect(await policy.seesCommunityRecord(clerk, 'burden', XIGUAN)).toBe(false);
    });

    it('are none of a clerk whose token names a township or an unknown region', async () => {
      expect(await policy.communityScope(caller([Role.COMMUNITY_STAFF], null, HUANCHENG), 'burden')).toEqual({
        prefixes: [],
      });
      expect(await policy.communityScope(caller([Role.COMMUNITY_STAFF], null, '621022100099'), 'burden')).toEqual({
        prefixes: [],
      });
    });

    it('add up over the caller’s capacities without overlap', async () => {
      const both = caller([Role.COMMUNITY_STAFF, Role.AUDITOR], null, DONGGUAN);
      expect(await policy.communityScope(both, 'communityCheck')).toEqual({ prefixes: [DONGGUAN] });
      expect(
        await policy.communityScope(caller([Role.COMMUNITY_STAFF], null, QUZI_COMMUNITY), 'issuedCertificate'),
      ).toEqual({
        prefixes: [QUZI_COMMUNITY],
      });
    });

    it('narrow to an asked region within the scope, and not to one outside it', () => {
      const township = { prefixes: ['621022100'] };
      expect(scopeWithin(township, { code: DONGGUAN, prefix: DONGGUAN })).toEqual({ prefixes: [DONGGUAN] });
      expect(scopeWithin(township, { code: HUANCHENG, prefix: '621022100' })).toEqual({ prefixes: ['621022100'] });
      expect(scopeWithin(township, { code: COUNTY, prefix: '621022' })).toBeNull();
      expect(scopeWithin(township, { code: QUZI, prefix: '621022101' })).toBeNull();
      expect(scopeWithin({ prefixes: [] }, { code: DONGGUAN, prefix: DONGGUAN })).toBeNull();
    });
  });

  describe('county-wide records', () => {
    it('are the county overseer’s only', async () => {
      expect(await policy.overseesCounty(caller([Role.AUDITOR]), 'auditEvent')).toBe(true);
      expect(await policy.overseesCounty(caller([Role.AUDITOR], 'HX_MZ', QUZI), 'auditEvent')).toBe(false);
      // a LIST_ADMIN oversees credit, not the audit trail
      expect(await policy.overseesCounty(caller([Role.LIST_ADMIN]), 'auditEvent')).toBe(false);
      expect(await policy.overseesCounty(caller([Role.LIST_ADMIN]), 'creditRecord')).toBe(true);
      expect(
        await refusal(policy.assertOverseesCounty(caller([Role.LIST_ADMIN], 'HX_MZ', DONGGUAN), 'creditDelivery')),
      ).toBe('FORBIDDEN: 该数据覆盖全县，只有辖区为全县的人员可以查看');
    });
  });

  describe('an overseer’s token', () => {
    it.each([
      ['names no region', null, 'FORBIDDEN: 登录凭证未载明所属区划'],
      ['names a region outside the county', '621021000000', 'FORBIDDEN: 登录凭证所载区划不存在'],
      ['names the province', '620000000000', 'FORBIDDEN: 登录凭证所载区划不存在'],
    ])('is refused when it %s', async (_name, region, expected) => {
      const auditor = caller([Role.AUDITOR], 'HX_MZ', region);
      expect(await refusal(policy.departmentScope(auditor, 'verification'))).toBe(expected);
      expect(await refusal(policy.communityScope(auditor, 'communityCheck'))).toBe(expected);
      expect(await refusal(policy.overseesCounty(auditor, 'auditEvent'))).toBe(expected);
      expect(await refusal(policy.seesDepartmentRecord(auditor, 'commitment', 'HX_ZWFW'))).toBe(expected);
    });
  });
});

describe('acting for a department or a community', () => {
  it('needs a department in the token', () => {
    expect(callerDepartment(caller([Role.WINDOW_STAFF], 'HX_ZWFW'))).toBe('HX_ZWFW');
    expect(() => callerDepartment(caller([Role.WINDOW_STAFF], null))).toThrow('登录凭证未载明所属部门');
  });

  it('is for the token’s own department, in the capacity asked', () => {
    const officer = caller([Role.DEPT_OFFICER], 'HX_MZ');
    expect(actsForDepartment(officer, 'HX_MZ')).toBe(true);
    expect(actsForDepartment(officer, 'HX_MZ', Role.DEPT_OFFICER)).toBe(true);
    expect(actsForDepartment(officer, 'HX_MZ', Role.THIRD_PARTY)).toBe(false);
    expect(actsForDepartment(officer, 'HX_GA')).toBe(false);
    expect(actsForDepartment(caller([Role.DEPT_OFFICER], null), 'HX_MZ')).toBe(false);
  });

  it('is for the token’s own community', () => {
    const clerk = caller([Role.COMMUNITY_STAFF], null, DONGGUAN);
    expect(actsForCommunity(clerk, DONGGUAN)).toBe(true);
    expect(actsForCommunity(clerk, XIGUAN)).toBe(false);
    expect(actsForCommunity(caller([Role.COMMUNITY_STAFF], null, null), DONGGUAN)).toBe(false);
  });
});

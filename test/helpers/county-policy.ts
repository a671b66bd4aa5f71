import { AccessPolicy, RegionDirectory, RegionReach } from '#gw/auth';

// The real access policy over a region directory that knows the county and one township: unit
// tests of a service keep its scope rules instead of mocking them away.
class CountyDirectory extends RegionDirectory {
  async regionReach(code: string): Promise<RegionReach | null> {
    if (code === '621022000000') return { code, level: 'COUNTY', prefix: '621022' };
    if (/^621022\d{3}000$/.test(code)) return { code, level: 'TOWNSHIP', prefix: code.slice(0, 9) };
    if (/^621022\d{6}$/.test(code)) return { code, level: 'COMMUNITY', prefix: code };
    return null;
  }
}

export function countyPolicy(): AccessPolicy {
  return new AccessPolicy(new CountyDirectory());
}

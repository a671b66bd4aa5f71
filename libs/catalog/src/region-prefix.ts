import { RegionLevel } from './catalog.enums';

// Region codes are hierarchical: a county's communities share its first 6 digits, a township's
// its first 9, so "everything under a region" is one prefix match.
export function regionPrefix(code: string, level: RegionLevel): string {
  switch (level) {
    case RegionLevel.COUNTY:
      return code.slice(0, 6);
    case RegionLevel.TOWNSHIP:
      return code.slice(0, 9);
    case RegionLevel.COMMUNITY:
      return code;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

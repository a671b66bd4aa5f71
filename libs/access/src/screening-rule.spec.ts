import { AppException, ErrorCode } from '#gw/common';
import { assertScreeningAllowsPass } from './screening-rule';

const flag = (status: string) => ({ status, itemSeq: 7, category: '生产安全类' });

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as AppException).code;
  }
}

describe(assertScreeningAllowsPass.name, () => {
  it('lets an application without a flag pass', () => {
    expect(codeOf(() => assertScreeningAllowsPass(null))).toBeNull();
  });

  it('lets an application pass once civil affairs cleared its flag', () => {
    expect(codeOf(() => assertScreeningAllowsPass(flag('CLEARED')))).toBeNull();
  });

  it('refuses to pass an open flag, naming the item', () => {
    expect(codeOf(() => assertScreeningAllowsPass(flag('FLAGGED')))).toBe(ErrorCode.CONFLICT);
    expect(() => assertScreeningAllowsPass(flag('FLAGGED'))).toThrow(/负面清单第 7 项（生产安全类）/);
  });

  it('refuses to pass a confirmed flag with NEGATIVE_LIST', () => {
    expect(codeOf(() => assertScreeningAllowsPass(flag('CONFIRMED')))).toBe(ErrorCode.NEGATIVE_LIST);
  });

  it('refuses an unknown state rather than passing it', () => {
    expect(codeOf(() => assertScreeningAllowsPass(flag('SOMETHING')))).toBe(ErrorCode.CONFLICT);
  });
});

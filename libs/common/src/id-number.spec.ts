import { checkCharacter, idNumberProblem, maskIdNumber, maskName, subjectHash } from './id-number';

function valid(first17: string): string {
  return first17 + checkCharacter(first17);
}

describe('id-number', () => {
  it('computes the GB 11643 check character', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it.each([
    ['too short', '6210221980010112', 'FORMAT'],
    ['letters', '62102219800101ABCD', 'FORMAT'],
    ['region starting with 9', valid('91102219800101001'), 'REGION'],
    ['31 February', valid('62102219800231001'), 'BIRTH_DATE'],
    ['born in the future', valid('62102230990101001'), 'BIRTH_DATE'],
    ['born before 1900', valid('62102218990101001'), 'BIRTH_DATE'],
  ])('rejects %s', (_name, value, problem) => {
    expect(idNumberProblem(value)).toBe(problem);
  });

  it('rejects a wrong check character', () => {
    const good = valid('62102219800101001');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect(idNumberProblem(bad)).toBe('CHECK_DIGIT');
  });

  it('masks the birth date and sequence', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskName('张三丰')).toBe('张**');
  });

  it('hashes with a key', () => {
    expect(subjectHash('11010519491231002X', 'k1')).not.toBe(subjectHash('11010519491231002X', 'k2'));
    expect(subjectHash('11010519491231002X', 'k1')).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { claimProblems, maskClaim } from './claim';

const schema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['MARRIED', 'UNMARRIED'] },
    spouseIdNumber: { type: 'string', pattern: '^[0-9]{17}[0-9X]$' },
    count: { type: 'integer' },
    receiving: { type: 'boolean' },
    note: { type: 'string' },
  },
  required: ['status'],
  additionalProperties: false,
};

describe(claimProblems.name, () => {
  it('accepts a claim that fits', () => {
    expect(
      claimProblems({ status: 'MARRIED', spouseIdNumber: '11010519491231002X', count: 2, receiving: true }, schema),
    ).toEqual([]);
  });

  it.each([
    ['not an object', 'MARRIED', 'claim 须为 JSON 对象'],
    ['missing required', {}, '缺少 status'],
    ['unknown property', { status: 'MARRIED', extra: 1 }, '不应有 extra'],
    ['wrong type', { status: 'MARRIED', receiving: 'yes' }, 'receiving 应为 boolean'],
    ['not an integer', { status: 'MARRIED', count: 1.5 }, 'count 应为 integer'],
    ['outside the enum', { status: 'SINGLE' }, 'status 须为 MARRIED、UNMARRIED 之一'],
    ['a malformed id number', { status: 'MARRIED', spouseIdNumber: '123' }, 'spouseIdNumber 格式不正确'],
    [
      'a wrong check digit',
      { status: 'MARRIED', spouseIdNumber: '110105194912310021' },
      'spouseIdNumber：公民身份号码校验位不正确',
    ],
    [
      'an ID number in a text field',
      { status: 'MARRIED', note: '配偶 110105 19491231 002X' },
      'note 中不应包含公民身份号码',
    ],
  ])('reports %s', (_name, claim, problem) => {
    expect(claimProblems(claim, schema)).toContain(problem);
  });

  it('masks identity numbers inside a claim', () => {
    expect(maskClaim({ status: 'MARRIED', spouseIdNumber: '11010519491231002X' })).toEqual({
      status: 'MARRIED',
      spouseIdNumber: '110105********002X',
    });
  });

  it('masks names inside a claim (the IDENTITY claim)', () => {
    expect(maskClaim({ name: '张建国', formerName: '张国', schoolName: '第一中学' })).toEqual({
      name: '张**',
      formerName: '张*',
      schoolName: '第一中学',
    });
  });
});

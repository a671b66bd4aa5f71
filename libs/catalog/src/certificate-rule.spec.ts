import { describeRule, factGroups, FactGroupKind, ruleProblems } from './certificate-rule';

describe('certificate rule', () => {
  const hardship = factGroups([
    { factTypeCode: 'LOW_INCOME_ALLOWANCE', alternativeGroup: 'A1' },
    { factTypeCode: 'FAMILY_INCOME', alternativeGroup: 'A1' },
    { factTypeCode: 'IDENTITY', alternativeGroup: null },
  ]);

  it('groups facts into one all-of group and one any-of group per alternative', () => {
    expect(hardship).toEqual([
      { kind: FactGroupKind.ALL_OF, factTypes: ['IDENTITY'] },
      { kind: FactGroupKind.ANY_OF, factTypes: ['FAMILY_INCOME', 'LOW_INCOME_ALLOWANCE'] },
    ]);
  });

  it.each([
    [['IDENTITY', 'LOW_INCOME_ALLOWANCE']],
    [['FAMILY_INCOME', 'IDENTITY']],
    [['IDENTITY', 'FAMILY_INCOME', 'LOW_INCOME_ALLOWANCE']],
  ])('accepts %j', (given) => expect(ruleProblems(hardship, given)).toBeNull());

  it.each([
    [['IDENTITY'], { unmet: [['FAMILY_INCOME', 'LOW_INCOME_ALLOWANCE']] }],
    [['LOW_INCOME_ALLOWANCE'], { missing: ['IDENTITY'] }],
    [['IDENTITY', 'FAMILY_INCOME', 'DEATH'], { unexpected: ['DEATH'] }],
    [['IDENTITY', 'FAMILY_INCOME', 'FAMILY_INCOME'], { repeated: ['FAMILY_INCOME'] }],
  ])('refuses %j', (given, problems) =>
    expect(ruleProblems(hardship, given)).toEqual({
      missing: [],
      unmet: [],
      unexpected: [],
      repeated: [],
      ...problems,
    }),
  );

  it('says what would satisfy the rule', () => {
    const names: Record<string, string> = { IDENTITY: '身份', LOW_INCOME_ALLOWANCE: '低保', FAMILY_INCOME: '收入' };
    expect(describeRule(hardship, (c) => names[c])).toBe(
      '身份（IDENTITY）；收入（FAMILY_INCOME）、低保（LOW_INCOME_ALLOWANCE）任选其一',
    );
  });
});

import { generatePopulation, Person, samples } from './population';
import { regionContains, SourceRequestError, SOURCES, sourceByCode } from './sources';

const population = generatePopulation({ seed: 20231106, size: 2000 });
const s = samples(population);

function ask(code: string, factType: string, subject: Person | string, claim: Record<string, unknown>, name?: string) {
  const sut = sourceByCode(code)!;
  const idNumber = typeof subject === 'string' ? subject : subject.idNumber;
  return sut.evaluate({ factType, subject: { idNumber, ...(name !== undefined ? { name } : {}) }, claim }, population);
}
const result = (...args: Parameters<typeof ask>) => ask(...args).result;

describe('SOURCES', () => {
  it('lists five department sources with the fact types they answer', () => {
    expect(SOURCES.map((x) => [x.code, x.providerDepartmentCode, [...x.factTypes]])).toEqual([
      ['GA_HUJI', 'HX_GA', ['HOUSEHOLD_REGISTRATION', 'IDENTITY', 'KINSHIP', 'RESIDENCE']],
      ['MZ_HUNYIN', 'HX_MZ', ['MARITAL_STATUS']],
      ['MZ_DIBAO', 'HX_MZ', ['LOW_INCOME_ALLOWANCE', 'SPECIAL_HARDSHIP']],
      ['RS_SHEBAO', 'HX_RS', ['SOCIAL_INSURANCE', 'UNEMPLOYMENT_REGISTRATION', 'ALIVE']],
      ['WJ_CHUSI', 'HX_WJ', ['BIRTH', 'DEATH']],
    ]);
  });

  it('answers NO_RECORD for a person who is not in the population, with the register time', () => {
    const answer = ask('MZ_HUNYIN', 'MARITAL_STATUS', s.unknownIdNumber, { status: 'MARRIED' });
    expect(answer).toEqual({ result: 'NO_RECORD', asOf: population.recordAsOf.MARRIAGE, recordRef: 'NONE' });
  });

  it('refuses a fact it does not serve and a claim that does not fit', () => {
    expect(() => ask('MZ_HUNYIN', 'ALIVE', s.married, { alive: true })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FACT' }),
    );
    const badClaims: [string, string, Record<string, unknown>][] = [
      ['MZ_HUNYIN', 'MARITAL_STATUS', { status: 'ENGAGED' }],
      ['MZ_HUNYIN', 'MARITAL_STATUS', {}],
      ['MZ_HUNYIN', 'MARITAL_STATUS', { status: 'MARRIED', spouseIdNumber: '123' }],
      ['MZ_HUNYIN', 'MARITAL_STATUS', { status: 'MARRIED', extra: 1 }],
      ['RS_SHEBAO', 'ALIVE', { alive: 'yes' }],
      ['GA_HUJI', 'KINSHIP', { relation: 'COUSIN', relativeIdNumber: s.spouse.idNumber }],
      ['WJ_CHUSI', 'DEATH', { deceased: true, deathDate: '2024/01/01' }],
    ];
    for (const [code, fact, claim] of badClaims) {
      expect(() => ask(code, fact, s.married, claim)).toThrow(SourceRequestError);
      expect(() => ask(code, fact, s.married, claim)).toThrow(expect.objectContaining({ code: 'BAD_CLAIM' }));
    }
  });

  it('refutes a claim when the subject name does not match the record', () => {
    expect(ask('RS_SHEBAO', 'ALIVE', s.married, { alive: true }, s.married.name)).toMatchObject({
      result: 'CONFIRMED',
    });
    expect(ask('RS_SHEBAO', 'ALIVE', s.married, { alive: true }, `${s.married.name}某`)).toMatchObject({
      result: 'REFUTED',
      attributes: { reason: 'NAME_MISMATCH' },
    });
  });

  it('accepts a lower-case x in the subject ID number', () => {
    const withX = population.persons.find((p) => p.idNumber.endsWith('X') && !p.deceased)!;
    expect(result('RS_SHEBAO', 'ALIVE', withX.idNumber.toLowerCase(), { alive: true })).toBe('CONFIRMED');
  });
});

describe('GA_HUJI', () => {
  const { head, member, regionCode } = s.household;

  it('checks the household registration region, containing regions and the household head', () => {
    const fact = 'HOUSEHOLD_REGISTRATION';
    expect(result('GA_HUJI', fact, member, { regionCode })).toBe('CONFIRMED');
    expect(result('GA_HUJI', fact, member, { regionCode: `${regionCode.slice(0, 9)}000` })).toBe('CONFIRMED');
    expect(result('GA_HUJI', fact, member, { regionCode: '621022000000' })).toBe('CONFIRMED');
    expect(result('GA_HUJI', fact, member, { regionCode: '621022119999' })).toBe('REFUTED');
    expect(result('GA_HUJI', fact, member, { regionCode: '620102000000' })).toBe('REFUTED');
    expect(result('GA_HUJI', fact, member, { regionCode, householdHeadIdNumber: head.idNumber })).toBe('CONFIRMED');
    expect(result('GA_HUJI', fact, member, { regionCode, householdHeadIdNumber: s.unknownIdNumber })).toBe('REFUTED');
    expect(result('GA_HUJI', fact, s.deceased, { regionCode: '621022000000' })).toBe('REFUTED');
  });

  it('checks the residence region and since when', () => {
    expect(result('GA_HUJI', 'RESIDENCE', member, { regionCode, sinceDate: population.referenceDate })).toBe(
      'CONFIRMED',
    );
    expect(result('GA_HUJI', 'RESIDENCE', member, { regionCode, sinceDate: '1920-01-01' })).toBe('REFUTED');
    expect(result('GA_HUJI', 'RESIDENCE', s.deceased, { regionCode: '621022000000' })).toBe('REFUTED');
  });

  it('checks the name and former name', () => {
    const renamed = population.persons.find((p) => p.formerName !== null)!;
    expect(result('GA_HUJI', 'IDENTITY', s.married, { name: s.married.name })).toBe('CONFIRMED');
    expect(
      result('GA_HUJI', 'IDENTITY', s.married, { name: s.spouse.name === s.married.name ? '某某' : s.spouse.name }),
    ).toBe('REFUTED');
    expect(result('GA_HUJI', 'IDENTITY', renamed, { name: renamed.name, formerName: renamed.formerName })).toBe(
      'CONFIRMED',
    );
    expect(result('GA_HUJI', 'IDENTITY', renamed, { name: renamed.name, formerName: '某某某' })).toBe('REFUTED');
  });

  it('checks kinship: the relative’s relation to the subject', () => {
    const { parent, child } = s.parentChild;
    const { grandparent, grandchild } = s.grandparentGrandchild;
    const [a, b] = s.siblings;
    const kin = (subject: Person, relation: string, relative: Person | string) =>
      result('GA_HUJI', 'KINSHIP', subject, {
        relation,
        relativeIdNumber: typeof relative === 'string' ? relative : relative.idNumber,
      });
    expect(kin(child, 'PARENT', parent)).toBe('CONFIRMED');
    expect(kin(parent, 'CHILD', child)).toBe('CONFIRMED');
    expect(kin(parent, 'PARENT', child)).toBe('REFUTED');
    expect(kin(child, 'CHILD', parent)).toBe('REFUTED');
    expect(kin(s.married, 'SPOUSE', s.spouse)).toBe('CONFIRMED');
    expect(kin(s.widowed, 'SPOUSE', s.widowed.spouseIdNumber!)).toBe('CONFIRMED');
    expect(kin(s.divorced, 'SPOUSE', s.divorced.spouseIdNumber!)).toBe('REFUTED');
    expect(kin(a, 'SIBLING', b)).toBe('CONFIRMED');
    expect(kin(a, 'SIBLING', a)).toBe('REFUTED');
    expect(kin(grandchild, 'GRANDPARENT', grandparent)).toBe('CONFIRMED');
    expect(kin(grandparent, 'GRANDCHILD', grandchild)).toBe('CONFIRMED');
    expect(kin(grandchild, 'GRANDCHILD', grandparent)).toBe('REFUTED');
    expect(kin(child, 'PARENT', s.unknownIdNumber)).toBe('REFUTED');
  });
});

describe('MZ_HUNYIN', () => {
  it('checks the marital status and the spouse', () => {
    const status = (p: Person, claim: Record<string, unknown>) => result('MZ_HUNYIN', 'MARITAL_STATUS', p, claim);
    expect(status(s.married, { status: 'MARRIED', spouseIdNumber: s.spouse.idNumber })).toBe('CONFIRMED');
    expect(status(s.married, { status: 'MARRIED', spouseIdNumber: s.unknownIdNumber })).toBe('REFUTED');
    expect(status(s.married, { status: 'UNMARRIED' })).toBe('REFUTED');
    expect(status(s.unmarriedAdult, { status: 'UNMARRIED' })).toBe('CONFIRMED');
    expect(status(s.unmarriedAdult, { status: 'MARRIED' })).toBe('REFUTED');
    expect(status(s.divorced, { status: 'DIVORCED' })).toBe('CONFIRMED');
    expect(status(s.widowed, { status: 'WIDOWED', spouseIdNumber: s.widowed.spouseIdNumber })).toBe('CONFIRMED');
    expect(status(s.widowed, { status: 'MARRIED' })).toBe('REFUTED');
  });
});

describe('MZ_DIBAO', () => {
  it('checks 低保 and 特困', () => {
    expect(result('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.lowIncomeRecipient, { receiving: true })).toBe('CONFIRMED');
    expect(result('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.nonRecipient, { receiving: true })).toBe('REFUTED');
    expect(result('MZ_DIBAO', 'LOW_INCOME_ALLOWANCE', s.nonRecipient, { receiving: false })).toBe('CONFIRMED');
    expect(result('MZ_DIBAO', 'SPECIAL_HARDSHIP', s.specialHardshipRecipient, { receiving: true })).toBe('CONFIRMED');
    expect(result('MZ_DIBAO', 'SPECIAL_HARDSHIP', s.nonRecipient, { receiving: true })).toBe('REFUTED');
  });
});

describe('RS_SHEBAO', () => {
  it('checks insurance, unemployment registration and being alive', () => {
    expect(
      result('RS_SHEBAO', 'SOCIAL_INSURANCE', s.livingPensioner, { insured: true, insuranceType: 'PENSION' }),
    ).toBe('CONFIRMED');
    expect(
      result('RS_SHEBAO', 'SOCIAL_INSURANCE', s.livingPensioner, { insured: false, insuranceType: 'PENSION' }),
    ).toBe('REFUTED');
    expect(result('RS_SHEBAO', 'SOCIAL_INSURANCE', s.deceased, { insured: true, insuranceType: 'PENSION' })).toBe(
      'REFUTED',
    );
    expect(result('RS_SHEBAO', 'UNEMPLOYMENT_REGISTRATION', s.registeredUnemployed, { registered: true })).toBe(
      'CONFIRMED',
    );
    expect(result('RS_SHEBAO', 'ALIVE', s.livingPensioner, { alive: true })).toBe('CONFIRMED');
    expect(result('RS_SHEBAO', 'ALIVE', s.deceased, { alive: true })).toBe('REFUTED');
    expect(result('RS_SHEBAO', 'ALIVE', s.deceased, { alive: false })).toBe('CONFIRMED');
  });
});

describe('WJ_CHUSI', () => {
  it('checks the birth record’s parents and date; NO_RECORD for someone born outside the population', () => {
    const { child } = s.parentChild;
    const claim = {
      motherIdNumber: child.motherIdNumber,
      fatherIdNumber: child.fatherIdNumber,
      birthDate: child.birthDate,
    };
    expect(ask('WJ_CHUSI', 'BIRTH', child, claim)).toEqual({
      result: 'CONFIRMED',
      asOf: population.recordAsOf.BIRTH_DEATH,
      recordRef: `CS-${child.ref}`,
    });
    expect(result('WJ_CHUSI', 'BIRTH', child, { motherIdNumber: child.motherIdNumber })).toBe('CONFIRMED');
    expect(result('WJ_CHUSI', 'BIRTH', child, { ...claim, fatherIdNumber: s.unknownIdNumber })).toBe('REFUTED');
    expect(
      result('WJ_CHUSI', 'BIRTH', child, {
        ...claim,
        birthDate: '1999-01-01' === child.birthDate ? '1999-01-02' : '1999-01-01',
      }),
    ).toBe('REFUTED');
    const outsider = population.persons.find((p) => p.motherIdNumber === null)!;
    expect(result('WJ_CHUSI', 'BIRTH', outsider, { motherIdNumber: s.unknownIdNumber })).toBe('NO_RECORD');
  });

  it('checks deaths and their dates', () => {
    expect(result('WJ_CHUSI', 'DEATH', s.deceased, { deceased: true, deathDate: s.deceased.deathDate })).toBe(
      'CONFIRMED',
    );
    expect(result('WJ_CHUSI', 'DEATH', s.deceased, { deceased: true, deathDate: '1930-01-01' })).toBe('REFUTED');
    expect(result('WJ_CHUSI', 'DEATH', s.married, { deceased: true })).toBe('REFUTED');
    expect(result('WJ_CHUSI', 'DEATH', s.married, { deceased: false })).toBe('CONFIRMED');
  });
});

describe(regionContains.name, () => {
  it.each([
    ['621022100001', '621022100001', true],
    ['621022100000', '621022100001', true],
    ['621022000000', '621022103002', true],
    ['620000000000', '621022103002', true],
    ['621022101000', '621022100001', false],
    ['621022100002', '621022100001', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(regionContains(outer, inner)).toBe(expected);
  });
});

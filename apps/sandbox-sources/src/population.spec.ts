import { idNumberProblem } from '#gw/common';
import { ageOn, COMMUNITY_CODES, generatePopulation, Person, Population, samples, TOWNSHIP_CODES } from './population';

const snapshot = (p: Population): string =>
  JSON.stringify({ persons: p.persons, households: p.households, marriages: p.marriages, recordAsOf: p.recordAsOf });

describe('generatePopulation', () => {
  const sut = generatePopulation({ seed: 20231106, size: 2000 });
  const get = (id: string | null): Person | undefined => (id === null ? undefined : sut.byIdNumber.get(id));

  it('gives the same population for the same seed, byte for byte', () => {
    expect(snapshot(generatePopulation({ seed: 20231106, size: 2000 }))).toBe(snapshot(sut));
  });

  it('gives a different population for a different seed', () => {
    const other = generatePopulation({ seed: 7, size: 2000 });
    expect(snapshot(other)).not.toBe(snapshot(sut));
    expect(other.persons[0].idNumber).not.toBe(sut.persons[0].idNumber);
  });

  it('has exactly the requested number of persons', () => {
    expect(sut.persons).toHaveLength(2000);
    expect(generatePopulation({ seed: 1, size: 37 }).persons).toHaveLength(37);
  });

  it('rejects a bad size or reference date', () => {
    expect(() => generatePopulation({ seed: 1, size: 0 })).toThrow(/size/);
    expect(() => generatePopulation({ seed: 1, size: 10, referenceDate: '2020-01-01' })).toThrow(/referenceDate/);
  });

  it('gives every person a valid, unique 18-digit ID number of 环县 matching sex and birth date', () => {
    expect(new Set(sut.persons.map((p) => p.idNumber)).size).toBe(sut.persons.length);
    for (const p of sut.persons) {
      expect(idNumberProblem(p.idNumber)).toBeNull();
      expect(p.idNumber.slice(0, 6)).toBe('621022');
      expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replace(/-/g, ''));
      expect(Number(p.idNumber.slice(16, 17)) % 2).toBe(p.sex === 'M' ? 1 : 0);
      expect(p.idNumber.slice(14, 17)).not.toBe('000');
      expect(p.birthDate >= '1930-01-01' && p.birthDate <= '2022-12-31').toBe(true);
    }
  });

  it('gives every person a Chinese name', () => {
    for (const p of sut.persons) {
      expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      if (p.formerName !== null) expect(p.formerName).not.toBe(p.name);
    }
    expect(sut.persons.some((p) => p.formerName !== null)).toBe(true);
  });

  it('makes spouses point at each other, with consistent marriage records and statuses', () => {
    for (const p of sut.persons) {
      if (p.spouseIdNumber === null) {
        expect(p.maritalStatus).toBe('UNMARRIED');
        continue;
      }
      const spouse = get(p.spouseIdNumber)!;
      expect(spouse.spouseIdNumber).toBe(p.idNumber);
      expect(spouse.marriageId).toBe(p.marriageId);
      expect(spouse.sex).not.toBe(p.sex);
      const marriage = sut.marriageById.get(p.marriageId!)!;
      expect([marriage.husbandIdNumber, marriage.wifeIdNumber].sort()).toEqual([p.idNumber, spouse.idNumber].sort());
      expect(ageOn(p.birthDate, marriage.marriedOn)).toBeGreaterThanOrEqual(p.sex === 'M' ? 22 : 20);
      if (p.maritalStatus === 'MARRIED' && !p.deceased) {
        expect(spouse.deceased).toBe(false);
        expect(spouse.maritalStatus).toBe('MARRIED');
        expect(marriage.endedOn).toBeNull();
      }
      if (p.maritalStatus === 'WIDOWED') {
        expect(spouse.deceased).toBe(true);
        expect(marriage.endReason).toBe('DEATH');
        expect(marriage.endedOn).toBe(spouse.deathDate);
      }
      if (p.maritalStatus === 'DIVORCED') {
        expect(spouse.maritalStatus).toBe('DIVORCED');
        expect(marriage.endReason).toBe('DIVORCE');
      }
    }
    const statuses = new Set(sut.persons.map((p) => p.maritalStatus));
    expect([...statuses].sort()).toEqual(['DIVORCED', 'MARRIED', 'UNMARRIED', 'WIDOWED']);
  });

  it('links children to existing, older parents who were 20 to 40 at the birth', () => {
    let children = 0;
    for (const p of sut.persons) {
      if (p.motherIdNumber === null) {
        expect(p.fatherIdNumber).toBeNull();
        continue;
      }
      children++;
      const mother = get(p.motherIdNumber)!;
      const father = get(p.fatherIdNumber)!;
      expect(mother.sex).toBe('F');
      expect(father.sex).toBe('M');
      expect(mother.spouseIdNumber).toBe(father.idNumber);
      for (const parent of [mother, father]) {
        expect(parent.childIdNumbers).toContain(p.idNumber);
        expect(parent.birthDate < p.birthDate).toBe(true);
        const age = ageOn(parent.birthDate, p.birthDate);
        expect(age).toBeGreaterThanOrEqual(20);
        expect(age).toBeLessThanOrEqual(40);
        if (parent.deceased) expect(parent.deathDate! >= p.birthDate).toBe(true);
      }
      for (const childId of p.childIdNumbers)
        expect([get(childId)!.motherIdNumber, get(childId)!.fatherIdNumber]).toContain(p.idNumber);
    }
    expect(children).toBeGreaterThan(500);
  });

  it('records a few % of deaths, with dates, and nothing living about the dead', () => {
    const dead = sut.persons.filter((p) => p.deceased);
    expect(dead.length).toBeGreaterThan(sut.persons.length * 0.01);
    expect(dead.length).toBeLessThan(sut.persons.length * 0.15);
    for (const p of sut.persons) {
      if (!p.deceased) {
        expect(p.deathDate).toBeNull();
        continue;
      }
      expect(p.deathDate! > p.birthDate && p.deathDate! <= sut.referenceDate).toBe(true);
      expect(p.lowIncomeAllowance || p.specialHardship || p.unemploymentRegistered || p.insurance.pension).toBe(false);
    }
  });

  it('registers the living in households of 环县 communities and townships, each with a living head', () => {
    const regions = new Set([...COMMUNITY_CODES, ...TOWNSHIP_CODES]);
    let registered = 0;
    for (const h of sut.households) {
      expect(regions.has(h.regionCode)).toBe(true);
      if (h.memberIdNumbers.length === 0) {
        expect(h.headIdNumber).toBeNull();
        continue;
      }
      expect(h.memberIdNumbers).toContain(h.headIdNumber);
      for (const id of h.memberIdNumbers) {
        const member = get(id)!;
        expect(member.householdId).toBe(h.id);
        expect(member.deceased).toBe(false);
        registered++;
      }
    }
    expect(registered).toBe(sut.persons.filter((p) => !p.deceased).length);
  });

  it('has recipients of 低保 and 特困, registered unemployed and insured persons, and a snapshot time per register', () => {
    const share = (f: (p: Person) => boolean): number => sut.persons.filter(f).length / sut.persons.length;
    expect(share((p) => p.lowIncomeAllowance)).toBeGreaterThan(0.005);
    expect(share((p) => p.lowIncomeAllowance)).toBeLessThan(0.15);
    expect(share((p) => p.specialHardship)).toBeGreaterThan(0);
    expect(share((p) => p.specialHardship)).toBeLessThan(0.05);
    expect(share((p) => p.unemploymentRegistered)).toBeGreaterThan(0);
    expect(share((p) => p.insurance.pension)).toBeGreaterThan(0.3);
    expect(share((p) => p.insurance.workInjury)).toBeGreaterThan(0);
    for (const t of Object.values(sut.recordAsOf)) expect(Number.isNaN(Date.parse(t))).toBe(false);
  });
});

describe('samples', () => {
  const population = generatePopulation({ seed: 20231106, size: 2000 });
  const sut = samples(population);
  const adultOn = (p: Person, years: number): boolean => ageOn(p.birthDate, population.referenceDate) >= years;

  it('returns a living married couple', () => {
    expect(sut.married.maritalStatus).toBe('MARRIED');
    expect(sut.spouse.maritalStatus).toBe('MARRIED');
    expect(sut.married.spouseIdNumber).toBe(sut.spouse.idNumber);
    expect(sut.spouse.spouseIdNumber).toBe(sut.married.idNumber);
    expect(sut.married.deceased || sut.spouse.deceased).toBe(false);
  });

  it('returns people of each marital status and a deceased person', () => {
    expect(sut.unmarriedAdult).toMatchObject({ maritalStatus: 'UNMARRIED', deceased: false, spouseIdNumber: null });
    expect(adultOn(sut.unmarriedAdult, 25)).toBe(true);
    expect(sut.divorced).toMatchObject({ maritalStatus: 'DIVORCED', deceased: false });
    expect(sut.widowed).toMatchObject({ maritalStatus: 'WIDOWED', deceased: false });
    expect(population.byIdNumber.get(sut.widowed.spouseIdNumber!)!.deceased).toBe(true);
    expect(sut.deceased.deceased).toBe(true);
    expect(sut.deceased.deathDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('returns recipients and non-recipients of benefits', () => {
    expect(sut.livingPensioner).toMatchObject({ deceased: false, insurance: { pension: true } });
    expect(adultOn(sut.livingPensioner, 60)).toBe(true);
    expect(sut.lowIncomeRecipient).toMatchObject({ deceased: false, lowIncomeAllowance: true });
    expect(sut.nonRecipient).toMatchObject({ deceased: false, lowIncomeAllowance: false, specialHardship: false });
    expect(adultOn(sut.nonRecipient, 18)).toBe(true);
    expect(sut.specialHardshipRecipient).toMatchObject({ deceased: false, specialHardship: true });
    expect(sut.registeredUnemployed).toMatchObject({ deceased: false, unemploymentRegistered: true });
  });

  it('returns relatives', () => {
    const { parent, child, parentRole, relation } = sut.parentChild;
    expect(relation).toBe('PARENT');
    expect(parentRole).toBe('MOTHER');
    expect(child.motherIdNumber).toBe(parent.idNumber);
    expect(parent.childIdNumbers).toContain(child.idNumber);
    const [a, b] = sut.siblings;
    expect(a.idNumber).not.toBe(b.idNumber);
    expect([a.motherIdNumber, a.fatherIdNumber]).toEqual([b.motherIdNumber, b.fatherIdNumber]);
    const { grandparent, grandchild } = sut.grandparentGrandchild;
    expect(population.byIdNumber.get(grandchild.motherIdNumber!)!.motherIdNumber).toBe(grandparent.idNumber);
  });

  it('returns a household with its head and another member', () => {
    const { head, member, regionCode } = sut.household;
    expect(head.householdId).toBe(member.householdId);
    expect(head.idNumber).not.toBe(member.idNumber);
    const household = population.householdById.get(head.householdId)!;
    expect(household.headIdNumber).toBe(head.idNumber);
    expect(household.regionCode).toBe(regionCode);
  });

  it('returns a valid ID number that is not in the population, the same every time', () => {
    expect(idNumberProblem(sut.unknownIdNumber)).toBeNull();
    expect(population.byIdNumber.has(sut.unknownIdNumber)).toBe(false);
    expect(samples(population).unknownIdNumber).toBe(sut.unknownIdNumber);
  });

  it.each([1, 2, 3, 42, 99999])('finds every sample in a default-size population of seed %i', (seed) => {
    expect(() => samples(generatePopulation({ seed, size: 2000 }))).not.toThrow();
  });

  it('says which sample a tiny population lacks', () => {
    expect(() => samples(generatePopulation({ seed: 1, size: 3 }))).toThrow(/has no .*; use a larger size/);
  });
});

import { generatePopulation, mulberry32, Person, Population } from '../../apps/sandbox-sources/src';

// The facts the benchmark verifies: a deterministic mix over the whole synthetic population, so
// that no single record (or cache line) answers everything. Each item knows the answer the
// sandbox must give, so a wrong outcome is caught, not counted as a success.

export type Expected = 'CONFIRMED' | 'REFUTED';

export interface WorkItem {
  factType: 'MARITAL_STATUS' | 'LOW_INCOME_ALLOWANCE';
  subject: { idNumber: string; name: string };
  claim: Record<string, unknown>;
  expected: Expected;
}

export const WORKLOAD_DESCRIPTION =
  'half MARITAL_STATUS (source MZ_HUNYIN), half LOW_INCOME_ALLOWANCE (source MZ_DIBAO); living adults drawn across the population; ~half the claims true (CONFIRMED), half false (REFUTED)';

const STATUSES = ['MARRIED', 'UNMARRIED', 'DIVORCED', 'WIDOWED'] as const;

function adult(p: Person, referenceDate: string): boolean {
  return Number(referenceDate.slice(0, 4)) - Number(p.birthDate.slice(0, 4)) >= 19;
}

export function buildPopulation(seed: number, size: number): Population {
  return generatePopulation({ seed, size });
}

export function buildWorkload(population: Population, count: number, seed: number): WorkItem[] {
  const rand = mulberry32(seed ^ 0xbe7c4);
  const people = population.persons.filter((p) => !p.deceased && adult(p, population.referenceDate));
  if (people.length === 0) throw new Error('the population has no living adults');
  const recipients = people.filter((p) => p.lowIncomeAllowance);
  const items: WorkItem[] = [];
  for (let i = 0; i < count; i++) {
    const truthful = rand() < 0.5;
    if (i % 2 === 0) {
      const p = people[Math.floor(rand() * people.length)];
      const status = truthful ? p.maritalStatus : STATUSES.filter((s) => s !== p.maritalStatus)[Math.floor(rand() * 3)];
      const claim: Record<string, unknown> = { status };
      if (truthful && p.maritalStatus === 'MARRIED' && p.spouseIdNumber) claim.spouseIdNumber = p.spouseIdNumber;
      items.push({
        factType: 'MARITAL_STATUS',
        subject: { idNumber: p.idNumber, name: p.name },
        claim,
        expected: truthful ? 'CONFIRMED' : 'REFUTED',
      });
    } else {
      // about a quarter of these ask about actual recipients, so both answers occur often
      const pool = recipients.length > 0 && rand() < 0.25 ? recipients : people;
      const p = pool[Math.floor(rand() * pool.length)];
      const receiving = truthful ? p.lowIncomeAllowance : !p.lowIncomeAllowance;
      items.push({
        factType: 'LOW_INCOME_ALLOWANCE',
        subject: { idNumber: p.idNumber, name: p.name },
        claim: { receiving },
        expected: truthful ? 'CONFIRMED' : 'REFUTED',
      });
    }
  }
  return items;
}

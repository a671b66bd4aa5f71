import { normalizeIdNumber } from '#gw/common';
import type { ConnectorRequest, SourceResult } from '#gw/protocol';
import { FACT_TYPES } from '#gw/catalog';
import type { ClaimSchema } from '#gw/catalog';
import type { Person, Population, RecordType } from './population';

// The sandbox department sources: which facts each answers and how, from the population's records.
// Answers are yes/no checks: the response says whether the claim matches the record, and never
// carries the record itself.

export type SourceCode = 'GA_HUJI' | 'MZ_HUNYIN' | 'MZ_DIBAO' | 'RS_SHEBAO' | 'WJ_CHUSI';

export interface Evaluation {
  result: SourceResult;
  asOf: string;
  recordRef: string;
  attributes?: Record<string, unknown>;
}

export type EvaluationRequest = Pick<ConnectorRequest, 'factType' | 'subject' | 'claim'>;

export interface SourceDefinition {
  code: SourceCode;
  name: string;
  providerDepartmentCode: string;
  recordType: RecordType;
  factTypes: readonly string[];
  evaluate(request: EvaluationRequest, population: Population): Evaluation;
}

export class SourceRequestError extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_FACT' | 'BAD_CLAIM',
    message: string,
  ) {
    super(message);
    this.name = 'SourceRequestError';
  }
}

// ---- claim shapes, taken from the fact-type catalog so the two cannot drift apart ----

type ClaimValidator = (claim: Record<string, unknown>) => string | null; // problem or null

function compileClaimSchema(schema: ClaimSchema): ClaimValidator {
  const props = Object.entries(schema.properties).map(([name, p]) => ({
    name,
    ...p,
    regex: p.pattern ? new RegExp(p.pattern) : null,
  }));
  const known = new Set(Object.keys(schema.properties));
  return (claim) => {
    for (const key of Object.keys(claim)) if (!known.has(key)) return `unknown claim property ${key}`;
    for (const name of schema.required) if (claim[name] === undefined) return `claim property ${name} is required`;
    for (const p of props) {
      const v = claim[p.name];
      if (v === undefined) continue;
      if (p.type === 'boolean' && typeof v !== 'boolean') return `${p.name} must be a boolean`;
      if (p.type === 'integer' && !Number.isInteger(v)) return `${p.name} must be an integer`;
      if (p.type === 'string') {
        if (typeof v !== 'string') return `${p.name} must be a string`;
        if (p.enum && !p.enum.includes(v)) return `${p.name} must be one of ${p.enum.join(', ')}`;
        if (p.regex && !p.regex.test(v)) return `${p.name} has the wrong format`;
      }
    }
    return null;
  };
}

const CLAIM_VALIDATORS = new Map<string, ClaimValidator>(
  FACT_TYPES.map((f) => [f.code, compileClaimSchema(f.claimSchema)]),
);

// ---- helpers over the population ----

interface Check {
  result: SourceResult;
  recordRef: string;
}
type FactEvaluator = (claim: Record<string, unknown>, person: Person, population: Population) => Check;

const yesNo = (ok: boolean, recordRef: string): Check => ({ result: ok ? 'CONFIRMED' : 'REFUTED', recordRef });

// True when `outer` (a 12-digit administrative code) is, or contains, `inner`: county and township
// codes end in zeros (GB/T 2260 plus the township/village extension).
export function regionContains(outer: string, inner: string): boolean {
  for (const len of [2, 4, 6, 9]) {
    if (/^0+$/.test(outer.slice(len))) return inner.startsWith(outer.slice(0, len));
  }
  return outer === inner;
}

function relatedAs(population: Population, person: Person, relation: string, relativeId: string): boolean {
  const get = (id: string | null): Person | undefined => (id === null ? undefined : population.byIdNumber.get(id));
  const parents = (p: Person | undefined): (string | null)[] => (p ? [p.motherIdNumber, p.fatherIdNumber] : []);
  if (relativeId === person.idNumber) return false;
  switch (relation) {
    case 'PARENT':
      return parents(person).includes(relativeId);
    case 'CHILD':
      return person.childIdNumbers.includes(relativeId);
    case 'SPOUSE': {
      // a marriage not dissolved by divorce: a widow is still the spouse of her late husband
      if (person.spouseIdNumber !== relativeId || person.marriageId === null) return false;
      return population.marriageById.get(person.marriageId)?.endReason !== 'DIVORCE';
    }
    case 'SIBLING': {
      const relative = get(relativeId);
      if (!relative) return false;
      return (
        (person.motherIdNumber !== null && person.motherIdNumber === relative.motherIdNumber) ||
        (person.fatherIdNumber !== null && person.fatherIdNumber === relative.fatherIdNumber)
      );
    }
    case 'GRANDPARENT':
      return parents(person).some((p) => p !== null && parents(get(p)).includes(relativeId));
    case 'GRANDCHILD':
      return person.childIdNumbers.some((c) => get(c)?.childIdNumbers.includes(relativeId) ?? false);
    default:
      return false;
  }
}

const hujiRef = (p: Person): string => `HJ-${p.householdId}-${p.ref}`;

const FACTS: Record<string, FactEvaluator> = {
  // 户籍: registered in (a region containing) regionCode; optionally in the household headed by …
  // A death cancels the registration.
  HOUSEHOLD_REGISTRATION: (claim, p, pop) => {
    const hh = pop.householdById.get(p.householdId);
    if (p.deceased || !hh) return yesNo(false, hujiRef(p));
    const head = claim.householdHeadIdNumber;
    return yesNo(
      regionContains(claim.regionCode as string, hh.regionCode) && (head === undefined || head === hh.headIdNumber),
      hujiRef(p),
    );
  },
  IDENTITY: (claim, p) =>
    yesNo(claim.name === p.name && (claim.formerName === undefined || claim.formerName === p.formerName), hujiRef(p)),
  KINSHIP: (claim, p, pop) =>
    yesNo(relatedAs(pop, p, claim.relation as string, claim.relativeIdNumber as string), hujiRef(p)),
  // In the sandbox the residence is the household's region; address is not compared (no
  // street addresses in the synthetic data); sinceDate: living there on and since that date.
  RESIDENCE: (claim, p, pop) => {
    const hh = pop.householdById.get(p.householdId);
    if (p.deceased || !hh) return yesNo(false, hujiRef(p));
    const since = claim.sinceDate as string | undefined;
    return yesNo(
      regionContains(claim.regionCode as string, hh.regionCode) && (since === undefined || since >= p.residentSince),
      hujiRef(p),
    );
  },
  MARITAL_STATUS: (claim, p) => {
    const ref = p.marriageId ? `HY-${p.marriageId}` : `HY-${p.ref}`;
    return yesNo(
      claim.status === p.maritalStatus &&
        (claim.spouseIdNumber === undefined || claim.spouseIdNumber === p.spouseIdNumber),
      ref,
    );
  },
  LOW_INCOME_ALLOWANCE: (claim, p) => yesNo(claim.receiving === p.lowIncomeAllowance, `DB-${p.householdId}`),
  SPECIAL_HARDSHIP: (claim, p) => yesNo(claim.receiving === p.specialHardship, `TK-${p.ref}`),
  SOCIAL_INSURANCE: (claim, p) => {
    const key = ({ PENSION: 'pension', UNEMPLOYMENT: 'unemployment', WORK_INJURY: 'workInjury' } as const)[
      claim.insuranceType as 'PENSION' | 'UNEMPLOYMENT' | 'WORK_INJURY'
    ];
    return yesNo(claim.insured === p.insurance[key], `SB-${p.ref}`);
  },
  UNEMPLOYMENT_REGISTRATION: (claim, p) => yesNo(claim.registered === p.unemploymentRegistered, `JY-${p.ref}`),
  ALIVE: (claim, p) => yesNo(claim.alive === !p.deceased, `SB-${p.ref}`),
  // 出生医学证明: only persons born into the population have one.
  BIRTH: (claim, p) => {
    if (p.motherIdNumber === null) return { result: 'NO_RECORD', recordRef: 'NONE' };
    const ok =
      claim.motherIdNumber === p.motherIdNumber &&
      (claim.fatherIdNumber === undefined || claim.fatherIdNumber === p.fatherIdNumber) &&
      (claim.birthDate === undefined || claim.birthDate === p.birthDate);
    return yesNo(ok, `CS-${p.ref}`);
  },
  DEATH: (claim, p) =>
    yesNo(
      claim.deceased === p.deceased && (claim.deathDate === undefined || claim.deathDate === p.deathDate),
      `SW-${p.ref}`,
    ),
};

function defineSource(
  code: SourceCode,
  name: string,
  providerDepartmentCode: string,
  recordType: RecordType,
  factTypes: string[],
): SourceDefinition {
  for (const f of factTypes)
    if (!FACTS[f] || !CLAIM_VALIDATORS.has(f)) throw new Error(`no evaluator or claim shape for ${f}`);
  const serves = new Set(factTypes);
  return {
    code,
    name,
    providerDepartmentCode,
    recordType,
    factTypes,
    evaluate(request, population) {
      if (!serves.has(request.factType))
        throw new SourceRequestError('UNSUPPORTED_FACT', `${code} does not answer ${request.factType}`);
      const problem = CLAIM_VALIDATORS.get(request.factType)!(request.claim);
      if (problem) throw new SourceRequestError('BAD_CLAIM', problem);
      const asOf = population.recordAsOf[recordType];
      const person = population.byIdNumber.get(normalizeIdNumber(request.subject.idNumber));
      if (!person) return { result: 'NO_RECORD', asOf, recordRef: 'NONE' };
      const name = request.subject.name?.trim();
      const check = FACTS[request.factType](request.claim, person, population);
      if (name && name !== person.name && check.result !== 'NO_RECORD') {
        return { result: 'REFUTED', asOf, recordRef: check.recordRef, attributes: { reason: 'NAME_MISMATCH' } };
      }
      return { result: check.result, asOf, recordRef: check.recordRef };
    },
  };
}

export const SOURCES: readonly SourceDefinition[] = [
  defineSource('GA_HUJI', '县公安局户籍', 'HX_GA', 'HUJI', [
    'HOUSEHOLD_REGISTRATION',
    'IDENTITY',
    'KINSHIP',
    'RESIDENCE',
  ]),
  defineSource('MZ_HUNYIN', '县民政局婚姻登记', 'HX_MZ', 'MARRIAGE', ['MARITAL_STATUS']),
  defineSource('MZ_DIBAO', '县民政局社会救助', 'HX_MZ', 'ASSISTANCE', ['LOW_INCOME_ALLOWANCE', 'SPECIAL_HARDSHIP']),
  defineSource('RS_SHEBAO', '县人社局社会保险和就业', 'HX_RS', 'SOCIAL_INSURANCE', [
    'SOCIAL_INSURANCE',
    'UNEMPLOYMENT_REGISTRATION',
    'ALIVE',
  ]),
  defineSource('WJ_CHUSI', '县卫健局出生死亡登记', 'HX_WJ', 'BIRTH_DEATH', ['BIRTH', 'DEATH']),
];

export const SOURCE_CODES: readonly SourceCode[] = SOURCES.map((s) => s.code);

export function sourceByCode(code: string): SourceDefinition | undefined {
  return SOURCES.find((s) => s.code === code);
}

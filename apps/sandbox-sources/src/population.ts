import { checkCharacter } from '#gw/common';

// A deterministic synthetic population of 环县 (Huan County, Gansu): the records the sandbox
// department sources answer from. The same seed and size give the same population, byte for byte
// (only the seeded PRNG below is used: no Math.random, no clock).

export type Sex = 'M' | 'F';
export type MaritalStatus = 'MARRIED' | 'UNMARRIED' | 'DIVORCED' | 'WIDOWED';
export type RecordType = 'HUJI' | 'MARRIAGE' | 'ASSISTANCE' | 'SOCIAL_INSURANCE' | 'BIRTH_DEATH';
export const RECORD_TYPES: readonly RecordType[] = [
  'HUJI',
  'MARRIAGE',
  'ASSISTANCE',
  'SOCIAL_INSURANCE',
  'BIRTH_DEATH',
];

export interface Person {
  ref: string; // record number (P000001); never derived from the ID number
  idNumber: string;
  name: string;
  formerName: string | null;
  sex: Sex;
  birthDate: string; // YYYY-MM-DD
  householdId: string; // the household the person is (or, when deceased, was last) registered in
  residentSince: string; // YYYY-MM-DD: born into the household or moved in (marriage, divorce)
  motherIdNumber: string | null; // set for persons born in the population (birth record)
  fatherIdNumber: string | null;
  childIdNumbers: string[];
  maritalStatus: MaritalStatus; // current status; for a deceased person, the status at death
  spouseIdNumber: string | null; // the other party of the person's marriage (current or ended)
  marriageId: string | null;
  deceased: boolean;
  deathDate: string | null;
  lowIncomeAllowance: boolean; // 低保, granted per household
  specialHardship: boolean; // 特困
  unemploymentRegistered: boolean;
  insurance: { pension: boolean; unemployment: boolean; workInjury: boolean };
}

export interface Household {
  id: string;
  regionCode: string; // 12-digit community (or township) code
  headIdNumber: string | null; // null once every member has died
  memberIdNumbers: string[]; // living members only (a death cancels the registration)
  since: string;
}

export interface Marriage {
  id: string;
  husbandIdNumber: string;
  wifeIdNumber: string;
  marriedOn: string;
  endedOn: string | null;
  endReason: 'DIVORCE' | 'DEATH' | null;
}

export interface Population {
  seed: number;
  size: number;
  referenceDate: string; // the day the data snapshot was taken
  recordAsOf: Record<RecordType, string>; // ISO time of each register's snapshot
  persons: Person[];
  households: Household[];
  marriages: Marriage[];
  byIdNumber: Map<string, Person>;
  householdById: Map<string, Household>;
  marriageById: Map<string, Marriage>;
}

export interface PopulationOptions {
  seed: number;
  size: number;
  referenceDate?: string; // YYYY-MM-DD, default DEFAULT_REFERENCE_DATE
}

export const DEFAULT_SEED = 20231106;
export const DEFAULT_SIZE = 2000;
export const DEFAULT_REFERENCE_DATE = '2025-12-31';
export const MAX_SIZE = 1_000_000;
export const COUNTY_ID_PREFIX = '621022'; // 环县

// Communities of 环城镇, 曲子镇 and 木钵镇 (as in libs/catalog/src/seed/regions.data.ts), and townships
// without listed communities, where residents are registered at township level.
export const COMMUNITY_CODES = [
  '621022100001',
  '621022100002',
  '621022100003',
  '621022100004',
  '621022101001',
  '621022101002',
  '621022101003',
  '621022103001',
  '621022103002',
];
export const TOWNSHIP_CODES = Array.from({ length: 20 }, (_, i) => `621022${100 + i}000`).filter(
  (c) => !['621022100000', '621022101000', '621022103000'].includes(c),
);

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤慕',
];
const MALE_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁俊峰建国志文学兵东林海龙成亮生福贵春荣祥忠德义岗宏永旭浩宇博轩睿诚毅',
];
const FEMALE_CHARS = [...'芳娜敏静丽艳娟霞秀英兰梅玲燕红琴云莲凤洁丹萍雪慧婷倩颖佳欣怡悦彤涵梦雨月晶琳桂花珍玉芬淑'];

// ---- dates as whole days since 1970-01-01 (UTC) ----
const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const parseDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

// Formatting dates is the hot spot of generation, so the days the population can hold are
// formatted once, into a table shared by every call.
const TABLE_START = dayOf(1920, 1, 1);
const TABLE_END = dayOf(2060, 12, 31);
let isoTable: string[] | undefined;
let ymdTable: Int32Array | undefined; // year * 10000 + month * 100 + day
function buildTables(): void {
  isoTable = new Array<string>(TABLE_END - TABLE_START + 1);
  ymdTable = new Int32Array(TABLE_END - TABLE_START + 1);
  for (let d = TABLE_START; d <= TABLE_END; d++) {
    const iso = new Date(d * DAY_MS).toISOString().slice(0, 10);
    isoTable[d - TABLE_START] = iso;
    ymdTable[d - TABLE_START] =
      Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  }
}
function isoDay(day: number): string {
  if (day < TABLE_START || day > TABLE_END) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (!isoTable) buildTables();
  return isoTable![day - TABLE_START];
}
function addYears(day: number, years: number): number {
  if (day < TABLE_START || day > TABLE_END) {
    const d = new Date(day * DAY_MS);
    return dayOf(d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (!ymdTable) buildTables();
  const ymd = ymdTable![day - TABLE_START];
  return dayOf(Math.floor(ymd / 10000) + years, Math.floor(ymd / 100) % 100, ymd % 100);
}

// Whole years between two ISO dates (age on a day).
export function ageOn(birthDate: string, date: string): number {
  const by = Number(birthDate.slice(0, 4));
  const dy = Number(date.slice(0, 4));
  return dy - by - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

const MIN_BIRTH = dayOf(1930, 1, 1);
const MAX_BIRTH = dayOf(2022, 12, 31);
const YEAR = 365;

// mulberry32: small, fast, good enough for synthetic data.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface P {
  sex: Sex;
  birth: number;
  surname: string;
  given: string;
  formerGiven: string | null;
  hh: number;
  since: number;
  mother: number;
  father: number;
  children: number[] | null; // allocated on the first child
  marriage: number;
  spouse: number;
  death: number; // -1 when alive
  id: string;
}
interface H {
  region: string;
  head: number;
  since: number;
}
interface M {
  husband: number;
  wife: number;
  on: number;
  ended: number;
  reason: 'DIVORCE' | 'DEATH' | null;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const ref7 = (letter: string, n: number): string => letter + String(10_000_000 + n).slice(1); // n < 10^7
const SEQUENCES = Array.from({ length: 1000 }, (_, i) => pad(i, 3));

export function generatePopulation(options: PopulationOptions): Population {
  const { seed, size } = options;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!Number.isInteger(seed)) throw new Error('seed must be an integer');
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE)
    throw new Error(`size must be an integer between 1 and ${MAX_SIZE}`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) ||
    Number.isNaN(parseDay(referenceDate)) ||
    parseDay(referenceDate) <= MAX_BIRTH
  ) {
    throw new Error('referenceDate must be a YYYY-MM-DD date after 2022-12-31');
  }
  const REF = parseDay(referenceDate);

  const rand = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const chance = (p: number): boolean => rand() < p;

  const ps: P[] = [];
  const hs: H[] = [];
  const ms: M[] = [];
  const usedIds = new Set<number>(); // day * 1000 + sequence

  const givenName = (sex: Sex): string => {
    const chars = sex === 'M' ? MALE_CHARS : FEMALE_CHARS;
    return chance(0.35) ? pick(chars) : pick(chars) + pick(chars);
  };
  const idFor = (sex: Sex, birth: number): string => {
    const iso = isoDay(birth);
    const prefix = COUNTY_ID_PREFIX + iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
    for (;;) {
      // sequence 001..999: odd for men, even for women
      const seq = sex === 'M' ? 2 * int(0, 499) + 1 : 2 * int(1, 499);
      const key = birth * 1000 + seq;
      if (!usedIds.has(key)) {
        usedIds.add(key);
        const first17 = prefix + SEQUENCES[seq];
        return first17 + checkCharacter(first17);
      }
    }
  };
  const randomRegion = (): string => (chance(0.6) ? pick(COMMUNITY_CODES) : pick(TOWNSHIP_CODES));
  const full = (): boolean => ps.length >= size;
  const newPerson = (
    sex: Sex,
    birth: number,
    surname: string,
    hh: number,
    since: number,
    mother: number,
    father: number,
  ): number => {
    const idx = ps.length;
    ps.push({
      sex,
      birth,
      surname,
      given: givenName(sex),
      formerGiven: null,
      hh,
      since,
      mother,
      father,
      children: null,
      marriage: -1,
      spouse: -1,
      death: -1,
      id: idFor(sex, birth),
    });
    if (mother >= 0) (ps[mother].children ??= []).push(idx);
    if (father >= 0) (ps[father].children ??= []).push(idx);
    return idx;
  };
  const newHousehold = (region: string, head: number, since: number): number => {
    hs.push({ region, head, since });
    return hs.length - 1;
  };
  const childCount = (): number => {
    const r = rand();
    return r < 0.1 ? 0 : r < 0.35 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
  };

  // Marries `p` (when the dice say so and the dates allow), gives the couple children born
  // when both parents were 20 to 40, and recurses into the children.
  const family = (p: number, founder: boolean): void => {
    if (full() || !chance(0.82)) return;
    const me = ps[p];
    const spouseSex: Sex = me.sex === 'M' ? 'F' : 'M';
    const spouseBirth = Math.min(MAX_BIRTH, Math.max(MIN_BIRTH, me.birth + int(-5 * YEAR, 5 * YEAR)));
    const husbandBirth = me.sex === 'M' ? me.birth : spouseBirth;
    const wifeBirth = me.sex === 'F' ? me.birth : spouseBirth;
    const marriedOn = Math.max(addYears(husbandBirth, 22), addYears(wifeBirth, 20)) + int(0, 8 * YEAR);
    if (marriedOn > REF) return;
    let hh = me.hh;
    if (!founder) {
      // a married child sets up a household of their own, usually nearby
      hh = newHousehold(chance(0.7) ? hs[me.hh].region : randomRegion(), p, marriedOn);
      me.hh = hh;
      me.since = marriedOn;
    }
    const s = newPerson(spouseSex, spouseBirth, pick(SURNAMES), hh, marriedOn, -1, -1);
    const husband = me.sex === 'M' ? p : s;
    const wife = me.sex === 'F' ? p : s;
    if (!founder) hs[hh].head = husband;
    const m = ms.length;
    ms.push({ husband, wife, on: marriedOn, ended: -1, reason: null });
    ps[husband].marriage = ps[wife].marriage = m;
    ps[husband].spouse = wife;
    ps[wife].spouse = husband;

    const lo = Math.max(marriedOn, addYears(husbandBirth, 20), addYears(wifeBirth, 20));
    const hi = Math.min(addYears(husbandBirth, 40), addYears(wifeBirth, 40), MAX_BIRTH, REF);
    const n = childCount();
    if (lo > hi || n === 0) return;
    const births: number[] = [];
    for (let i = 0; i < n; i++) births.push(int(lo, hi));
    births.sort((a, b) => a - b);
    const children: number[] = [];
    for (const birth of births) {
      if (full()) break;
      children.push(newPerson(chance(0.51) ? 'M' : 'F', birth, ps[husband].surname, hh, birth, wife, husband));
    }
    for (const c of children) family(c, false);
  };

  while (!full()) {
    const birth = int(MIN_BIRTH, dayOf(1975, 12, 31));
    const hh = newHousehold(randomRegion(), ps.length, birth);
    const head = newPerson(chance(0.55) ? 'M' : 'F', birth, pick(SURNAMES), hh, birth, -1, -1);
    family(head, true);
  }

  // ---- deaths: likelier with age; never before the person's marriage or children ----
  for (const p of ps) {
    const age = (REF - p.birth) / 365.25;
    const q = age >= 85 ? 0.45 : age >= 75 ? 0.2 : age >= 60 ? 0.06 : age >= 40 ? 0.015 : 0.004;
    if (!chance(q)) continue;
    let earliest = p.birth + 1;
    for (const c of p.children ?? []) earliest = Math.max(earliest, ps[c].birth);
    if (p.marriage >= 0) earliest = Math.max(earliest, ms[p.marriage].on);
    earliest = Math.max(earliest, REF - 15 * YEAR);
    if (earliest <= REF) p.death = int(earliest, REF);
  }

  // ---- divorces, ends of marriages by death, and the resulting statuses ----
  const status: MaritalStatus[] = ps.map((p) => (p.marriage >= 0 ? 'MARRIED' : 'UNMARRIED'));
  for (const m of ms) {
    const h = ps[m.husband];
    const w = ps[m.wife];
    const firstDeath = Math.min(h.death >= 0 ? h.death : Infinity, w.death >= 0 ? w.death : Infinity);
    const divorceBy = Math.min(REF, firstDeath - 1);
    if (chance(0.09) && m.on + YEAR <= divorceBy) {
      m.ended = int(m.on + YEAR, divorceBy);
      m.reason = 'DIVORCE';
      status[m.husband] = status[m.wife] = 'DIVORCED';
      // the spouse who is not the registered head moves out to a household of their own
      const mover = hs[h.hh].head === m.husband ? m.wife : m.husband;
      const mp = ps[mover];
      mp.hh = newHousehold(chance(0.7) ? hs[mp.hh].region : randomRegion(), mover, m.ended);
      mp.since = m.ended;
    } else if (firstDeath !== Infinity) {
      m.ended = firstDeath;
      m.reason = 'DEATH';
      // the one who died first died married; the survivor is widowed
      if (h.death !== firstDeath) status[m.husband] = 'WIDOWED';
      if (w.death !== firstDeath) status[m.wife] = 'WIDOWED';
    }
  }

  // ---- household members (the living) and heads ----
  const members: number[][] = hs.map(() => []);
  ps.forEach((p, i) => {
    if (p.death < 0) members[p.hh].push(i);
  });
  const heads = hs.map((h, i) => {
    const list = members[i];
    if (list.length === 0) return -1;
    if (ps[h.head].death < 0 && ps[h.head].hh === i) return h.head;
    const sp = ps[h.head].spouse;
    if (sp >= 0 && ps[sp].death < 0 && ps[sp].hh === i) return sp;
    let oldest = list[0];
    for (const m of list) if (ps[m].birth < ps[oldest].birth) oldest = m;
    return oldest;
  });

  // ---- social assistance, insurance, unemployment ----
  const lowIncome = new Uint8Array(ps.length);
  hs.forEach((_, i) => {
    if (members[i].length > 0 && chance(0.05)) for (const m of members[i]) lowIncome[m] = 1;
  });
  const hardship = new Uint8Array(ps.length);
  const unemployed = new Uint8Array(ps.length);
  const ins = new Uint8Array(ps.length); // bit 1 pension, 2 unemployment, 4 work injury
  ps.forEach((p, i) => {
    if (p.death >= 0) return;
    const age = ageOn(isoDay(p.birth), referenceDate);
    if (
      age >= 60 &&
      status[i] !== 'MARRIED' &&
      !lowIncome[i] &&
      (p.children ?? []).every((c) => ps[c].death >= 0) &&
      chance(0.4)
    )
      hardship[i] = 1;
    if (age >= 16) {
      let bits = chance(age >= 60 ? 0.85 : 0.75) ? 1 : 0;
      if (age < 60) {
        const unemploymentInsured = chance(0.22);
        if (unemploymentInsured) bits |= 2;
        if (chance(unemploymentInsured ? 0.9 : 0.05)) bits |= 4;
        if (chance(0.04)) unemployed[i] = 1;
      }
      ins[i] = bits;
    }
  });
  for (const p of ps) {
    if (chance(0.03)) {
      let g = givenName(p.sex);
      if (g === p.given) g = g + pick(p.sex === 'M' ? MALE_CHARS : FEMALE_CHARS);
      p.formerGiven = g;
    }
  }

  // ---- snapshot times of the registers: the evening of the reference day (Beijing time) ----
  const recordAsOf = {} as Record<RecordType, string>;
  for (const type of RECORD_TYPES) {
    recordAsOf[type] = new Date(REF * DAY_MS + int(10 * 60, 15 * 60) * 60_000).toISOString(); // 18:00–23:00 +08:00
  }

  // ---- public, string-keyed records ----
  const id = (i: number): string | null => (i >= 0 ? ps[i].id : null);
  const persons: Person[] = ps.map((p, i) => ({
    ref: ref7('P', i + 1),
    idNumber: p.id,
    name: p.surname + p.given,
    formerName: p.formerGiven === null ? null : p.surname + p.formerGiven,
    sex: p.sex,
    birthDate: isoDay(p.birth),
    householdId: ref7('H', p.hh + 1),
    residentSince: isoDay(p.since),
    motherIdNumber: id(p.mother),
    fatherIdNumber: id(p.father),
    childIdNumbers: p.children ? p.children.map((c) => ps[c].id) : [],
    maritalStatus: status[i],
    spouseIdNumber: id(p.spouse),
    marriageId: p.marriage >= 0 ? ref7('M', p.marriage + 1) : null,
    deceased: p.death >= 0,
    deathDate: p.death >= 0 ? isoDay(p.death) : null,
    lowIncomeAllowance: lowIncome[i] === 1,
    specialHardship: hardship[i] === 1,
    unemploymentRegistered: unemployed[i] === 1,
    insurance: { pension: (ins[i] & 1) !== 0, unemployment: (ins[i] & 2) !== 0, workInjury: (ins[i] & 4) !== 0 },
  }));
  const households: Household[] = hs.map((h, i) => ({
    id: ref7('H', i + 1),
    regionCode: h.region,
    headIdNumber: id(heads[i]),
    memberIdNumbers: members[i].map((m) => ps[m].id),
    since: isoDay(h.since),
  }));
  const marriages: Marriage[] = ms.map((m, i) => ({
    id: ref7('M', i + 1),
    husbandIdNumber: ps[m.husband].id,
    wifeIdNumber: ps[m.wife].id,
    marriedOn: isoDay(m.on),
    endedOn: m.ended >= 0 ? isoDay(m.ended) : null,
    endReason: m.reason,
  }));

  return {
    seed,
    size,
    referenceDate,
    recordAsOf,
    persons,
    households,
    marriages,
    byIdNumber: new Map(persons.map((p) => [p.idNumber, p])),
    householdById: new Map(households.map((h) => [h.id, h])),
    marriageById: new Map(marriages.map((m) => [m.id, m])),
  };
}

// ---- ready-made test subjects ----

export interface PopulationSamples {
  married: Person; // living, MARRIED, spouse living and MARRIED
  spouse: Person; // married's spouse
  unmarriedAdult: Person; // living, UNMARRIED, at least 25
  divorced: Person; // living, DIVORCED; spouseIdNumber names the former spouse
  widowed: Person; // living, WIDOWED; spouseIdNumber names the deceased spouse
  deceased: Person; // deceased, with deathDate
  livingPensioner: Person; // living, 60 or older, pension insured
  lowIncomeRecipient: Person; // living, receiving 低保
  nonRecipient: Person; // living adult receiving neither 低保 nor 特困
  specialHardshipRecipient: Person; // living, 特困
  registeredUnemployed: Person; // living, unemployment registered
  parentChild: { parent: Person; child: Person; parentRole: 'MOTHER' | 'FATHER'; relation: 'PARENT' }; // relation: the parent's relation to the child (KINSHIP)
  siblings: [Person, Person]; // both living, same mother and father
  grandparentGrandchild: { grandparent: Person; grandchild: Person };
  household: { regionCode: string; head: Person; member: Person }; // member !== head, both living
  unknownIdNumber: string; // a valid ID number that is not in the population
}

export function samples(population: Population): PopulationSamples {
  const { persons, byIdNumber, referenceDate } = population;
  const get = (id: string | null): Person | undefined => (id === null ? undefined : byIdNumber.get(id));
  const alive = (p: Person | undefined): p is Person => p !== undefined && !p.deceased;
  const adult = (p: Person): boolean => ageOn(p.birthDate, referenceDate) >= 18;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(
        `population (seed ${population.seed}, size ${population.size}) has no ${what}; use a larger size`,
      );
    return value;
  };
  const find = (what: string, test: (p: Person) => boolean): Person => need(persons.find(test), what);

  const married = find(
    'living married couple',
    (p) =>
      alive(p) &&
      p.maritalStatus === 'MARRIED' &&
      alive(get(p.spouseIdNumber)) &&
      get(p.spouseIdNumber)!.maritalStatus === 'MARRIED',
  );
  const child = find(
    'living child with both parents living',
    (p) => alive(p) && alive(get(p.motherIdNumber)) && alive(get(p.fatherIdNumber)),
  );
  const sibling = find(
    'living siblings',
    (p) =>
      alive(p) &&
      p.motherIdNumber !== null &&
      get(p.motherIdNumber)!.childIdNumbers.some(
        (c) => c !== p.idNumber && alive(get(c)) && get(c)!.fatherIdNumber === p.fatherIdNumber,
      ),
  );
  const grandchild = find('grandchild', (p) => alive(p) && alive(get(get(p.motherIdNumber)?.motherIdNumber ?? null)));
  const hh = need(
    population.households.find((h) => h.headIdNumber !== null && h.memberIdNumbers.length > 1),
    'household with several members',
  );

  let unknownIdNumber = '';
  const rand = mulberry32(population.seed ^ 0x5eed);
  for (let day = dayOf(1960, 1, 1) + Math.floor(rand() * 20 * YEAR); !unknownIdNumber; day++) {
    const first17 = COUNTY_ID_PREFIX + isoDay(day).replace(/-/g, '') + pad(1 + 2 * Math.floor(rand() * 500), 3);
    const candidate = first17 + checkCharacter(first17);
    if (!byIdNumber.has(candidate)) unknownIdNumber = candidate;
  }

  return {
    married,
    spouse: get(married.spouseIdNumber)!,
    unmarriedAdult: find(
      'living unmarried adult',
      (p) => alive(p) && p.maritalStatus === 'UNMARRIED' && ageOn(p.birthDate, referenceDate) >= 25,
    ),
    divorced: find('living divorced person', (p) => alive(p) && p.maritalStatus === 'DIVORCED'),
    widowed: find('living widowed person', (p) => alive(p) && p.maritalStatus === 'WIDOWED'),
    deceased: find('deceased person', (p) => p.deceased),
    livingPensioner: find(
      'living pensioner',
      (p) => alive(p) && p.insurance.pension && ageOn(p.birthDate, referenceDate) >= 60,
    ),
    lowIncomeRecipient: find('low-income allowance recipient', (p) => alive(p) && p.lowIncomeAllowance),
    nonRecipient: find(
      'adult non-recipient',
      (p) => alive(p) && adult(p) && !p.lowIncomeAllowance && !p.specialHardship,
    ),
    specialHardshipRecipient: find('special hardship recipient', (p) => alive(p) && p.specialHardship),
    registeredUnemployed: find('registered unemployed person', (p) => alive(p) && p.unemploymentRegistered),
    parentChild: { parent: get(child.motherIdNumber)!, child, parentRole: 'MOTHER', relation: 'PARENT' },
    siblings: [
      sibling,
      get(
        get(sibling.motherIdNumber)!.childIdNumbers.find(
          (c) => c !== sibling.idNumber && alive(get(c)) && get(c)!.fatherIdNumber === sibling.fatherIdNumber,
        )!,
      )!,
    ],
    grandparentGrandchild: { grandparent: get(get(grandchild.motherIdNumber)!.motherIdNumber)!, grandchild },
    household: {
      regionCode: hh.regionCode,
      head: get(hh.headIdNumber)!,
      member: get(hh.memberIdNumbers.find((m) => m !== hh.headIdNumber)!)!,
    },
    unknownIdNumber,
  };
}

import { formatBeijingDate, maskIdNumber, maskName } from '#gw/common';

// What the resident commits to, said in the resident's own words: one first-person sentence per
// fact type (or third-person, 当事人, for the officer of another department who answers an assist), with enumerations as their Chinese names, dates as 2026年12月2日, booleans as words,
// regions by name, and every other person's ID number masked. A fact type without its own
// sentence (one added to the catalog later) is still rendered readably from its claim schema.

export interface ClaimProperty {
  type: string;
  description: string;
  enum?: string[];
  enumNames?: string[];
  pattern?: string;
}

export interface ClaimSchemaLike {
  properties: Record<string, ClaimProperty>;
}

export interface ClaimSentenceInput {
  factCode: string;
  schema: ClaimSchemaLike;
  claim: Record<string, unknown>;
  // Chinese names of the region codes the claim names (for example 环城镇东关社区), when known
  regionNames?: Record<string, string>;
  // FIRST: the resident's own commitment (本人); THIRD: the same claim as another department's
  // officer reads it in an assist request (当事人)
  person?: 'FIRST' | 'THIRD';
}

const ID_NUMBER = /^\d{17}[\dX]$/i;
const CIVIL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION_CODE = /^\d{12}$/;

export class ClaimReader {
  readonly self: string;

  constructor(private readonly input: ClaimSentenceInput) {
    this.self = input.person === 'THIRD' ? '当事人' : '本人';
  }

  has(key: string): boolean {
    const v = this.input.claim[key];
    return v !== undefined && v !== null && v !== '';
  }

  yes(key: string): boolean {
    return this.input.claim[key] === true;
  }

  private raw(key: string): string {
    const v = this.input.claim[key];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  }

  // an enumeration in its Chinese name; a value outside the schema is not shown as a code
  word(key: string): string {
    const prop = this.input.schema.properties[key];
    const i = prop?.enum?.indexOf(this.raw(key)) ?? -1;
    return (i >= 0 ? prop?.enumNames?.[i] : undefined) ?? '（所选情况）';
  }

  // another person's ID number, masked as everywhere outside sealed fields
  id(key: string): string {
    return maskIdNumber(this.raw(key).toUpperCase());
  }

  date(key: string): string {
    const v = this.raw(key);
    return CIVIL_DAY.test(v) ? formatBeijingDate(v) : v;
  }

  region(key: string): string {
    const code = this.raw(key);
    const name = this.input.regionNames?.[code];
    return name ? `${name}（区划代码 ${code}）` : `区划代码为 ${code} 的地方`;
  }

  // free text the window typed, quoted as written
  text(key: string): string {
    return `“${this.raw(key)}”`;
  }

  number(key: string): string {
    return this.raw(key);
  }

  name(key: string): string {
    return maskName(this.raw(key));
  }

  // the generic rendering of one property from its schema
  describe(key: string): string {
    const prop = this.input.schema.properties[key];
    const label = (prop?.description ?? '所称情况').replace(/（[^）]*）/g, '');
    const v = this.input.claim[key];
    if (typeof v === 'boolean') return `${label}：${v ? '是' : '否'}`;
    if (prop?.enum) return `${label}：${this.word(key)}`;
    const s = this.raw(key);
    if (ID_NUMBER.test(s) || /IdNumber$/.test(key)) return `${label}：${this.id(key)}`;
    if (CIVIL_DAY.test(s)) return `${label}：${this.date(key)}`;
    if (REGION_CODE.test(s)) return `${label}：${this.region(key)}`;
    if (typeof v === 'number') return `${label}：${s}`;
    return `${label}：${this.text(key)}`;
  }
}

type Sentence = (c: ClaimReader) => string;

const opt = (c: ClaimReader, key: string, part: (c: ClaimReader) => string): string => (c.has(key) ? part(c) : '');

export const CLAIM_SENTENCES: Record<string, Sentence> = {
  HOUSEHOLD_REGISTRATION: (c) =>
    `${c.self}常住户口登记在${c.region('regionCode')}${opt(c, 'householdHeadIdNumber', () => `，与户主（公民身份号码 ${c.id('householdHeadIdNumber')}）同户`)}。`,
  IDENTITY: (c) =>
    `${c.self}的公民身份号码与姓名${c.name('name')}${opt(c, 'formerName', () => `（曾用名${c.name('formerName')}）`)}属于同一登记人口。`,
  RESIDENCE: (c) =>
    `${c.self}实际居住在${c.region('regionCode')}${opt(c, 'address', () => `，详细地址为${c.text('address')}`)}${opt(c, 'sinceDate', () => `，自${c.date('sinceDate')}起居住`)}。`,
  KINSHIP: (c) =>
    `${c.self}与公民身份号码为 ${c.id('relativeIdNumber')} 的人存在亲属关系，对方是${c.self}的${c.word('relation')}。`,
  MARITAL_STATUS: (c) =>
    `${c.self}婚姻状况为${c.word('status')}${opt(c, 'spouseIdNumber', () => `，配偶公民身份号码为 ${c.id('spouseIdNumber')}`)}。`,
  ALIVE: (c) => (c.yes('alive') ? `${c.self}目前健在。` : `${c.self}所涉人员目前已不健在。`),
  DEATH: (c) =>
    c.yes('deceased')
      ? `${c.self}所涉人员已经死亡${opt(c, 'deathDate', () => `，死亡日期为${c.date('deathDate')}`)}，有死亡医学证明或户籍注销记录。`
      : `${c.self}所涉人员没有死亡。`,
  BIRTH: (c) =>
    `${c.self}的出生医学证明载明：母亲公民身份号码为 ${c.id('motherIdNumber')}${opt(c, 'fatherIdNumber', () => `，父亲公民身份号码为 ${c.id('fatherIdNumber')}`)}${opt(c, 'birthDate', () => `，出生日期为${c.date('birthDate')}`)}。`,
  UNEMPLOYMENT_REGISTRATION: (c) =>
    c.yes('registered')
      ? `${c.self}已在公共就业服务机构办理失业登记，目前仍处于失业状态。`
      : `${c.self}目前不处于失业登记状态。`,
  SOCIAL_INSURANCE: (c) =>
    c.yes('insured')
      ? `${c.self}正在参加${c.word('insuranceType')}。`
      : `${c.self}目前未参加${c.word('insuranceType')}。`,
  MEDICAL_INSURANCE: (c) =>
    c.yes('insured') ? `${c.self}正在参加基本医疗保险。` : `${c.self}目前未参加基本医疗保险。`,
  LOW_INCOME_ALLOWANCE: (c) =>
    c.yes('receiving')
      ? `${c.self}或${c.self}家庭正在享受最低生活保障。`
      : `${c.self}及${c.self}家庭目前未享受最低生活保障。`,
  SPECIAL_HARDSHIP: (c) =>
    c.yes('receiving') ? `${c.self}已被认定为特困人员，正在享受救助供养。` : `${c.self}目前未享受特困人员救助供养。`,
  FAMILY_INCOME: (c) =>
    `${c.self}家庭人均月收入${c.yes('belowThreshold') ? '低于' : '不低于'}${c.has('thresholdYuan') ? `每人每月 ${c.number('thresholdYuan')} 元的标准` : '规定标准'}。`,
  HOUSING_STATUS: (c) =>
    `${c.self}家庭${opt(c, 'regionCode', () => `在${c.region('regionCode')}范围内`)}的住房状况为${c.word('status')}。`,
  REAL_ESTATE: (c) =>
    `${c.self}${opt(c, 'regionCode', () => `在${c.region('regionCode')}范围内`)}${c.yes('ownsRealEstate') ? '登记有' : '没有登记'}不动产权利。`,
  NO_CRIMINAL_RECORD: (c) => (c.yes('noRecord') ? `${c.self}没有犯罪记录。` : `${c.self}有犯罪记录。`),
  COMMUNITY_CORRECTION: (c) =>
    c.yes('underCorrection') ? `${c.self}正在接受社区矫正。` : `${c.self}目前没有接受社区矫正。`,
  DRUG_REHABILITATION: (c) =>
    c.yes('inProgram') ? `${c.self}正在执行社区戒毒或社区康复。` : `${c.self}目前没有执行社区戒毒或社区康复。`,
  DISABILITY: (c) =>
    c.yes('certified')
      ? `${c.self}持有有效的中华人民共和国残疾人证${opt(c, 'category', () => `，残疾类别为${c.word('category')}`)}${opt(c, 'grade', () => `，残疾等级为${c.word('grade')}`)}。`
      : `${c.self}未持有有效的中华人民共和国残疾人证。`,
  GUARDIANSHIP: (c) =>
    `${c.self}是公民身份号码为 ${c.id('counterpartIdNumber')} 的人的${c.word('role')}${opt(c, 'basis', () => `，监护关系为${c.word('basis')}`)}。`,
  SCHOOL_ENROLLMENT: (c) =>
    `${c.self}${opt(c, 'schoolName', () => `在${c.text('schoolName')}`)}${c.yes('enrolled') ? '具有' : '没有'}在读学籍。`,
  ONLY_CHILD: (c) =>
    c.yes('onlyChildParent')
      ? `${c.self}是独生子女父母（领取过《独生子女父母光荣证》或已登记为独生子女父母）。`
      : `${c.self}不是独生子女父母。`,
  VACCINATION: (c) =>
    `${c.self}（儿童）${c.yes('completed') ? '已' : '尚未'}按免疫规划完成${c.has('vaccine') ? c.text('vaccine') : '全部免疫规划疫苗'}接种。`,
  VETERAN_STATUS: (c) =>
    `${c.self}${c.yes('veteran') ? '是' : '不是'}登记在册的退役军人${opt(c, 'entitledGroup', () => `，${c.yes('entitledGroup') ? '是' : '不是'}享受抚恤优待的优抚对象`)}。`,
  BUSINESS_PREMISES: (c) =>
    `${c.self}申报的住所（经营场所）位于${c.region('regionCode')}，详细地址为${c.text('address')}，真实存在且可以使用。`,
  MISSING_PERSON: (c) =>
    c.yes('declaredMissing') ? `${c.self}所涉人员已被人民法院宣告失踪。` : `${c.self}所涉人员未被人民法院宣告失踪。`,
  HEALTH_CONDITION: (c) =>
    `${c.self}${c.yes('diagnosed') ? '经医疗机构诊断患有' : '未经医疗机构诊断患有'}${c.text('condition')}。`,
};

export function hasClaimSentence(factCode: string): boolean {
  return Object.hasOwn(CLAIM_SENTENCES, factCode);
}

export function renderClaim(input: ClaimSentenceInput): string {
  const c = new ClaimReader(input);
  const sentence = CLAIM_SENTENCES[input.factCode] as Sentence | undefined;
  if (sentence) return sentence(c);
  const parts = Object.keys(input.schema.properties)
    .filter((k) => c.has(k))
    .map((k) => c.describe(k));
  return `${c.self}所称情况为：${parts.join('；') || '见上'}。`;
}

// The region codes a claim names (by its schema), for the caller to look up their names.
export function claimRegionCodes(schema: ClaimSchemaLike, claim: Record<string, unknown>): string[] {
  return Object.entries(schema.properties)
    .filter(([, p]) => p.pattern === '^[0-9]{12}$')
    .map(([k]) => claim[k])
    .filter((v): v is string => typeof v === 'string' && REGION_CODE.test(v));
}

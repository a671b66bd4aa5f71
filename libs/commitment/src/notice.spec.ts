import type { ClaimSchema } from '#gw/catalog';
import { checkCharacter, maskIdNumber } from '#gw/common';
import { ClaimSchemaLike, FACT_TYPES, hasClaimSentence, renderClaim } from '#gw/catalog';
import { NOTICE_VERSION, NoticeFacts, noticeHash, renderNotice } from './notice';

const idNumber = (first17: string) => first17 + checkCharacter(first17);
const OTHER_PERSON = idNumber('62102219850315123');
const REGION = '621022100001';
const REGION_NAME = '环城镇东关社区';
const DAY = '1985-03-15';
const FREE_TEXT = '环城镇东关街十二号';

// One claim with every property set, from the fact type's own claim schema; then variants that
// turn each boolean off and walk each enumeration through all its values, and the bare minimum.
function sampleClaims(schema: ClaimSchema): Record<string, unknown>[] {
  const value = (p: ClaimSchema['properties'][string]): unknown => {
    if (p.type === 'boolean') return true;
    if (p.type === 'integer') return 1500;
    if (p.enum) return p.enum[0];
    if (p.pattern === '^[0-9]{17}[0-9X]$') return OTHER_PERSON;
    if (p.pattern === '^[0-9]{12}$') return REGION;
    if (p.pattern === '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') return DAY;
    return FREE_TEXT;
  };
  const full = Object.fromEntries(Object.entries(schema.properties).map(([k, p]) => [k, value(p)]));
  const claims: Record<string, unknown>[] = [full];
  for (const [k, p] of Object.entries(schema.properties)) {
    if (p.type === 'boolean') claims.push({ ...full, [k]: false });
    for (const e of p.enum ?? []) claims.push({ ...full, [k]: e });
  }
  claims.push(Object.fromEntries(schema.required.map((k) => [k, full[k]])));
  return claims;
}

const facts = (over: Partial<NoticeFacts> = {}): NoticeFacts => ({
  factCode: 'MARITAL_STATUS',
  factName: '婚姻状况',
  claimSchema: FACT_TYPES.find((f) => f.code === 'MARITAL_STATUS')!.claimSchema,
  claim: { status: 'MARRIED', spouseIdNumber: OTHER_PERSON },
  subjectMasked: '621022********123X',
  department: '环县政务服务中心',
  matter: '公共租赁住房申请',
  postVerifyDays: 60,
  disclosed: false,
  ...over,
});

describe(renderNotice.name, () => {
  it('states everything national practice requires, in the first person, ending with the line the resident signs', () => {
    const sut = renderNotice(facts());
    expect(sut).toContain(NOTICE_VERSION);
    expect(sut).toMatch(/事项名称[\s\S]*设定依据/);
    expect(sut).toContain(
      `本人（公民身份号码 621022********123X）就“婚姻状况”郑重承诺：本人婚姻状况为已婚，配偶公民身份号码为 ${maskIdNumber(OTHER_PERSON)}。上述内容真实、准确、完整。`,
    );
    expect(sut).toMatch(/终止办理[\s\S]*撤销[\s\S]*社会信用记录/);
    expect(sut).toMatch(/有权对承诺内容进行核查[\s\S]*60 日内/);
    expect(sut).toContain('不予公开');
    expect(sut).toMatch(/不得由他人代签[\s\S]*可以撤回/);
    expect(sut.split('\n').at(-1)).toMatch(/^承诺人（签名）：＿+/);
    expect(sut).not.toMatch(/\d{17}[\dX]/);
    expect(sut).not.toContain('当事人');
  });

  it('says when the commitment is disclosed, and hashes the exact text', () => {
    const open = renderNotice(facts({ disclosed: true }));
    expect(open).toContain('依法公开');
    expect(noticeHash(open)).not.toBe(noticeHash(renderNotice(facts())));
    expect(noticeHash(open)).toMatch(/^[0-9a-f]{64}$/);
    expect(noticeHash(open)).toBe(noticeHash(renderNotice(facts({ disclosed: true }))));
  });

  it('names places by their name where the catalog knows them, and by code otherwise', () => {
    const residence = FACT_TYPES.find((f) => f.code === 'RESIDENCE')!;
    const at = (regionNames?: Record<string, string>) =>
      renderNotice(
        facts({
          factCode: residence.code,
          factName: residence.name,
          claimSchema: residence.claimSchema,
          claim: { regionCode: REGION, sinceDate: '2019-07-01' },
          regionNames,
        }),
      );
    expect(at({ [REGION]: REGION_NAME })).toContain(
      `本人实际居住在${REGION_NAME}（区划代码 ${REGION}），自2019年7月1日起居住。`,
    );
    expect(at()).toContain(`本人实际居住在区划代码为 ${REGION} 的地方，自2019年7月1日起居住。`);
  });

  describe.each(FACT_TYPES.map((f) => [f.code, f] as const))('for %s', (code, fact) => {
    const schema = fact.claimSchema;
    const enumValues = Object.values(schema.properties).flatMap((p) => p.enum ?? []);

    it('has a sentence of its own', () => {
      expect(hasClaimSentence(code)).toBe(true);
    });

    it('says the same about 当事人 for another department’s officer (an assist request)', () => {
      for (const claim of sampleClaims(schema)) {
        const first = renderClaim({ factCode: code, schema, claim });
        const third = renderClaim({ factCode: code, schema, claim, person: 'THIRD' });
        expect(third).toMatch(/^当事人/);
        expect(third).not.toContain('本人');
        expect(third).toBe(first.replaceAll('本人', '当事人'));
      }
    });

    it.each(sampleClaims(schema).map((c) => [JSON.stringify(c), c] as const))(
      'renders %s readably',
      (_label, claim) => {
        const text = renderNotice(
          facts({
            factCode: code,
            factName: fact.name,
            claimSchema: schema,
            claim,
            regionNames: { [REGION]: REGION_NAME },
          }),
        );
        const content = text.split('\n')[2];
        expect(content).toMatch(/^二、承诺内容：本人（公民身份号码 621022\*{8}123X）就“[^”]+”郑重承诺：本人/);
        // no JSON, no keys, no enum constants, no true/false, no ISO dates, no raw ID numbers
        expect(text).not.toMatch(/[{}[\]"]/);
        // (a masked ID number may end in the check character X)
        expect(text.replace(NOTICE_VERSION, '').replace(/\d{6}\*{8}\d{3}[\dX]/g, '')).not.toMatch(/[A-Za-z]/);
        for (const key of Object.keys(schema.properties)) expect(text).not.toContain(key);
        for (const e of enumValues.filter((v) => /[A-Z]/.test(v))) expect(text).not.toContain(e);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toMatch(/\d{17}[\dX]/);
        expect(text).not.toContain('（所选情况）');
        // what was claimed is in the sentence, in words (a "no" may make the details moot: 未持有残疾人证)
        const denies = Object.values(claim).includes(false);
        for (const [k, v] of Object.entries(denies ? {} : claim)) {
          const p = schema.properties[k];
          if (p.enum) expect(content).toContain(p.enumNames![p.enum.indexOf(v as string)]);
          if (v === OTHER_PERSON) expect(content).toContain(maskIdNumber(OTHER_PERSON));
          if (v === DAY) expect(content).toContain('1985年3月15日');
          if (v === REGION) expect(content).toContain(REGION_NAME);
          if (v === 1500) expect(content).toContain('1500');
        }
      },
    );
  });

  it('shows a resident’s own name only masked, where a claim names it', () => {
    const identity = FACT_TYPES.find((f) => f.code === 'IDENTITY')!;
    const text = renderClaim({ factCode: identity.code, schema: identity.claimSchema, claim: { name: '张三丰' } });
    expect(text).toBe('本人的公民身份号码与姓名张**属于同一登记人口。');
  });

  it('renders a fact type added to the catalog later from its schema, still without codes', () => {
    const schema: ClaimSchemaLike = {
      properties: {
        covered: { type: 'boolean', description: '是否已参加' },
        kind: { type: 'string', description: '类别', enum: ['A_KIND'], enumNames: ['甲类'] },
        since: { type: 'string', description: '开始日期（YYYY-MM-DD）', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
        partnerIdNumber: { type: 'string', description: '对方公民身份号码', pattern: '^[0-9]{17}[0-9X]$' },
      },
    };
    expect(
      renderClaim({
        factCode: 'NEW_FACT',
        schema,
        claim: { covered: false, kind: 'A_KIND', since: DAY, partnerIdNumber: OTHER_PERSON },
      }),
    ).toBe(
      `本人所称情况为：是否已参加：否；类别：甲类；开始日期：1985年3月15日；对方公民身份号码：${maskIdNumber(OTHER_PERSON)}。`,
    );
  });
});

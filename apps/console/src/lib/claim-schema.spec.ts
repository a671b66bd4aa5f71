import { buildClaim, claimFieldProblem, claimFields, describeClaim } from './claim-schema';

const KINSHIP = {
  type: 'object',
  properties: {
    relation: {
      type: 'string',
      description: '所称亲属相对于当事人的关系',
      enum: ['PARENT', 'CHILD'],
      enumNames: ['父母', '子女'],
    },
    relativeIdNumber: { type: 'string', description: '亲属公民身份号码', pattern: '^[0-9]{17}[0-9X]$' },
    since: { type: 'string', description: '开始日期（YYYY-MM-DD）', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    regionCode: { type: 'string', description: '户籍地区划代码（12位）', pattern: '^[0-9]{12}$' },
    note: { type: 'string', description: '备注' },
  },
  required: ['relation', 'relativeIdNumber'],
};

describe('claimFields', () => {
  const fields = claimFields(KINSHIP);

  it('reads each property as a field with its control, label and hint', () => {
    expect(fields.map((f) => [f.name, f.kind, f.label, f.hint, f.required])).toEqual([
      ['relation', 'enum', '所称亲属相对于当事人的关系', null, true],
      ['relativeIdNumber', 'idNumber', '亲属公民身份号码', null, true],
      ['since', 'date', '开始日期', null, false],
      ['regionCode', 'regionCode', '户籍地区划代码', '12位', false],
      ['note', 'text', '备注', null, false],
    ]);
    expect(fields[0].options).toEqual([
      { value: 'PARENT', label: '父母' },
      { value: 'CHILD', label: '子女' },
    ]);
  });

  it('falls back to the code when an enum value has no name, and tolerates a broken schema', () => {
    const [f] = claimFields({ properties: { x: { type: 'string', enum: ['A', 'B'], enumNames: ['甲'] } } });
    expect(f.options).toEqual([
      { value: 'A', label: '甲' },
      { value: 'B', label: 'B' },
    ]);
    expect(claimFields(null)).toEqual([]);
    expect(claimFields({ properties: [] })).toEqual([]);
  });
});

describe('claimFieldProblem', () => {
  const [relation, relative, since, region, note] = claimFields(KINSHIP);

  it('asks for required fields in Chinese', () => {
    expect(claimFieldProblem(relation, undefined)).toBe('请选择所称亲属相对于当事人的关系');
    expect(claimFieldProblem(relative, ' ')).toBe('请填写亲属公民身份号码');
    expect(claimFieldProblem(since, undefined)).toBeNull();
  });

  it('checks ID numbers, region codes, dates, enum values and length', () => {
    expect(claimFieldProblem(relative, '110105194912310021')).toBe('亲属公民身份号码：公民身份号码校验位不正确');
    expect(claimFieldProblem(relative, '11010519491231002x')).toBeNull();
    expect(claimFieldProblem(region, '62102210000')).toBe('户籍地区划代码应为 12 位区划代码');
    expect(claimFieldProblem(since, '2026/01/01')).toBe('开始日期应为日期');
    expect(claimFieldProblem(relation, 'SPOUSE')).toBe('请从列表中选择所称亲属相对于当事人的关系');
    expect(claimFieldProblem(note, '字'.repeat(201))).toBe('备注不超过 200 个字');
  });
});

describe('buildClaim and describeClaim', () => {
  const fields = claimFields(KINSHIP);

  it('sends filled fields only, trimmed, with the ID number in upper case', () => {
    expect(
      buildClaim(fields, { relation: 'PARENT', relativeIdNumber: ' 11010519491231002x ', since: '', note: ' 无 ' }),
    ).toEqual({ relation: 'PARENT', relativeIdNumber: '11010519491231002X', note: '无' });
  });

  it('shows a stored claim in Chinese, never an unmasked ID number', () => {
    expect(
      describeClaim(fields, { relation: 'CHILD', relativeIdNumber: '11010519491231002X', ok: true, other: 'x' }),
    ).toEqual([
      { label: '所称亲属相对于当事人的关系', text: '子女' },
      { label: '亲属公民身份号码', text: '110105********002X' },
      { label: 'ok', text: '是' },
      { label: 'other', text: 'x' },
    ]);
  });
});

// The bad-input table: every mutation and every paginated query, each with a valid base input,
// and for each of its fields the ways a careless or hostile client gets it wrong. Each generated
// case must be refused as BAD_USER_INPUT with a Chinese message naming the field, and write nothing.

// A field of an operation's input, by what it holds.
type Kind =
  | 'text' // String!
  | 'optText' // String
  | 'id' // ID!
  | 'optId' // ID
  | 'int' // Int!
  | 'optInt' // Int
  | 'bool' // Boolean!
  | 'optBool' // Boolean
  | 'enum' // an enum, required
  | 'optEnum'
  | 'json' // JSON!
  | 'optJson'
  | 'texts' // [String!]!
  | 'optTexts'
  | 'optEnums' // [SomeEnum!]
  | 'date' // DateTime
  | 'object'; // a nested input object, required

interface FieldSpec {
  kind: Kind;
  value: unknown;
  // the nested input's fields, for kind 'object'
  fields?: Record<string, FieldSpec>;
}

interface Operation {
  field: string;
  mutation: boolean;
  // the operation's arguments: an input object (`input`, `filter`) or scalars
  args: Record<string, { type: string; spec: FieldSpec }>;
  select: string;
  // a resident's own operation: run with a RESIDENT token (which holds no staff role)
  resident?: boolean;
}

export interface BadInputCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  mutation: boolean;
  // the field the refusal must name (its last segment)
  field: string;
  // sent with a RESIDENT token rather than the every-staff-role one
  resident?: boolean;
}

const ID = '01a23496-47e1-70ac-aab9-84781f66a689'; // a well-formed id of no record
const ID_NUMBER = '110101199003071110';
const COUNTY = '621022000000';
const DONGGUAN = '621022100001';
const TYPE = '{ __typename }';
const PAGE = '{ totalCount }';

const f = (kind: Kind, value: unknown, fields?: Record<string, FieldSpec>): FieldSpec => ({ kind, value, fields });
const text = (value: string) => f('text', value);
const optText = (value: string) => f('optText', value);
const id = () => f('id', ID);
const input = (type: string, fields: Record<string, FieldSpec>) => ({
  input: { type: `${type}!`, spec: f('object', undefined, fields) },
});
const mutation = (field: string, args: Operation['args'], select = TYPE, resident = false): Operation => ({
  field,
  mutation: true,
  args,
  select,
  resident,
});
const reasonOnly = (field: string, reason = 'reason', resident = false) =>
  mutation(
    field,
    {
      id: { type: 'ID!', spec: id() },
      [reason]: { type: 'String!', spec: text('不再需要，已另行办理') },
    },
    TYPE,
    resident,
  );

const subject = f('object', undefined, { idNumber: text(ID_NUMBER), name: optText('张三') });

export const MUTATIONS: Operation[] = [
  mutation(
    'verifyFact',
    input('VerifyFactInput', {
      factType: text('MARITAL_STATUS'),
      claim: f('json', { status: 'UNMARRIED' }),
      subject,
      matter: text('办理低保申请'),
      purpose: text('核验婚姻状况'),
      idempotencyKey: text('bad-input-key-0001'),
      communityCode: optText(DONGGUAN),
    }),
  ),
  mutation(
    'verifyCertificate',
    input('VerifyCertificateInput', {
      certificateCode: text('NO_CRIMINAL_RECORD'),
      facts: f('json', undefined),
      subject,
      matter: text('办理就业登记'),
      purpose: text('核验证明事项'),
      idempotencyKey: text('bad-input-key-0002'),
      communityCode: optText(DONGGUAN),
    }),
    '{ verifications { id } }',
  ),
  mutation(
    'requestAssist',
    input('RequestAssistInput', { verificationId: id(), idNumber: text(ID_NUMBER), question: optText('请协助核实') }),
  ),
  mutation(
    'answerAssistRequest',
    input('AnswerAssistInput', { id: id(), answer: f('enum', 'CONFIRMED'), note: text('经核实属实') }),
  ),
  reasonOnly('cancelAssistRequest'),
  mutation('revealAssistSubject', { id: { type: 'ID!', spec: id() } }, ''),
  mutation(
    'offerCommitment',
    input('OfferCommitmentInput', { verificationId: id(), idNumber: text(ID_NUMBER), disclosed: f('optBool', true) }),
  ),
  mutation(
    'signCommitment',
    input('SignCommitmentInput', {
      id: id(),
      acceptedNoticeHash: text('a'.repeat(64)),
      evidenceHash: text('b'.repeat(64)),
      evidenceRef: text('档案-2026-0001'),
      method: f('enum', 'HANDWRITTEN_SCAN'),
      signerIdNumber: text(ID_NUMBER),
    }),
  ),
  reasonOnly('withdrawCommitment'),
  mutation(
    'recordPostVerification',
    input('PostVerifyCommitmentInput', { id: id(), result: f('enum', 'HONORED'), evidence: text('经核查属实') }),
  ),
  reasonOnly('repairCreditRecord', 'note'),
  mutation(
    'checkCommunityCertificate',
    input('CheckCommunityCertificateInput', { certificate: text('居住证明'), communityCode: text(DONGGUAN) }),
  ),
  mutation(
    'issueCommunityCertificate',
    input('IssueCommunityCertificateInput', {
      certificateCode: text('RESIDENCE'),
      communityCode: text(DONGGUAN),
      content: text('兹证明该居民在本社区居住'),
      idNumber: text(ID_NUMBER),
      purpose: text('办理入学'),
    }),
  ),
  reasonOnly('revokeCommunityCertificate'),
  mutation(
    'recordFormFiling',
    input('RecordFormFilingInput', { communityCode: text(DONGGUAN), form: text('测试表'), period: text('2026') }),
  ),
  mutation(
    'submitWorkAccessApplication',
    input('SubmitWorkAccessApplicationInput', {
      listKind: f('enum', 'ASSIST'),
      action: f('enum', 'ADD'),
      baseVersion: f('int', 1),
      content: optText('协助开展防溺水宣传'),
      legalBasis: optText('《中华人民共和国未成年人保护法》第四十条'),
      funding: optText('县教育局按社区拨付宣传经费'),
      workingConditions: optText('县教育局提供宣传材料'),
      justification: text('减少溺水事故'),
      itemSeq: f('optInt', 1),
      certificateCode: optText('RESIDENCE'),
    }),
  ),
  mutation(
    'reviewWorkAccessApplication',
    input('ReviewWorkAccessInput', {
      id: id(),
      step: f('enum', 'CIVIL_AFFAIRS_REVIEW'),
      decision: f('enum', 'PASS'),
      reason: text('符合条件'),
    }),
  ),
  mutation(
    'recordWorkAccessApproval',
    input('RecordCountyApprovalInput', {
      id: id(),
      approved: f('bool', true),
      approvedOn: text('2026-11-01'),
      authority: f('enum', 'COUNTY_GOVERNMENT'),
      documentNumber: text('环政发〔2026〕1号'),
      effectiveFrom: optText('2026-12-01'),
      reason: text('同意纳入'),
    }),
  ),
  mutation(
    'resolveWorkAccessScreening',
    input('ResolveWorkAccessScreeningInput', {
      id: id(),
      resolution: f('enum', 'CLEAR'),
      reason: text('不属于负面清单'),
    }),
  ),
  reasonOnly('withdrawWorkAccessApplication'),
  mutation(
    'addCertificateAlias',
    input('AddCertificateAliasInput', {
      certificateCode: text('RESIDENCE'),
      alias: text('住址证明'),
      reason: text('居民常用说法'),
    }),
  ),
  mutation('retireCertificateAlias', input('RetireCertificateAliasInput', { id: id(), reason: text('不再使用') })),
  mutation(
    'registerDataSource',
    input('RegisterDataSourceInput', {
      code: text('BAD_INPUT_SOURCE'),
      name: text('测试数据源'),
      endpoint: text('http://127.0.0.1:9/verify'),
      factTypes: f('texts', ['IDENTITY']),
      timeoutMs: f('optInt', 2000),
      maxConcurrency: f('optInt', 4),
      publicKeyJwk: f('optJson', { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }),
      authSecret: optText('secret-0123456789'),
    }),
  ),
  mutation(
    'updateDataSource',
    input('UpdateDataSourceInput', {
      id: id(),
      name: optText('改名的数据源'),
      endpoint: optText('http://127.0.0.1:9/verify2'),
      factTypes: f('optTexts', ['IDENTITY']),
      timeoutMs: f('optInt', 3000),
      maxConcurrency: f('optInt', 8),
      jwksUrl: optText('http://127.0.0.1:9/jwks.json'),
      authSecret: optText('secret-0123456789'),
    }),
  ),
  reasonOnly('suspendDataSource'),
  mutation('reactivateDataSource', { id: { type: 'ID!', spec: id() } }),
  mutation('probeDataSource', { id: { type: 'ID!', spec: id() } }),
  mutation('grantSourceAccess', {
    sourceId: { type: 'ID!', spec: id() },
    consumerDepartmentCode: { type: 'String!', spec: text('HX_ZWFW') },
  }),
  mutation('revokeSourceAccess', {
    sourceId: { type: 'ID!', spec: id() },
    consumerDepartmentCode: { type: 'String!', spec: text('HX_ZWFW') },
  }),
  mutation(
    'recordManualCheck',
    input('RecordManualCheckInput', {
      verificationId: id(),
      checkedBy: text('窗口工作人员王五'),
      observed: text('查看了户口簿原件，婚姻状况栏为未婚'),
      evidenceRef: text('档案-2026-0002'),
      result: f('enum', 'CONFIRMED'),
    }),
  ),
  mutation(
    'delegateFactType',
    input('DelegateFactTypeInput', {
      factType: text('MARITAL_STATUS'),
      delegateDepartmentCode: text('HX_ZWFW'),
      reason: text('由政务服务中心代为登记数据源'),
    }),
  ),
  reasonOnly('revokeFactTypeDelegation'),
  mutation('createCommitmentSignLink', { commitmentId: { type: 'ID!', spec: id() } }),
  mutation(
    'answerResidentObjection',
    input('AnswerObjectionInput', {
      id: id(),
      answer: text('经核查，该次核验由本人申请办理'),
      close: f('optBool', true),
    }),
  ),
  // the resident's own
  mutation(
    'raiseObjection',
    input('RaiseObjectionInput', { entryId: id(), text: text('我没有在这一天办理过业务') }),
    TYPE,
    true,
  ),
  mutation(
    'signCommitmentByLink',
    input('SignByLinkInput', {
      token: text('a-sign-link-token-of-no-commitment'),
      acceptedNoticeHash: text('a'.repeat(64)),
      signatureHash: optText('b'.repeat(64)),
      signatureRef: optText('签名-2026-0001'),
    }),
    TYPE,
    true,
  ),
  reasonOnly('withdrawMyCommitment', 'reason', true),
];

// verifyCertificate's facts: a list of input objects, given whole
MUTATIONS.find((m) => m.field === 'verifyCertificate')!.args.input.spec.fields!.facts = f('json', [
  { factType: 'IDENTITY', claim: { name: '张三' } },
]);

const pageQuery = (field: string, extra: Operation['args'] = {}, resident = false): Operation => ({
  field,
  mutation: false,
  args: { first: { type: 'Int', spec: f('optInt', 10) }, after: { type: 'String', spec: optText('') }, ...extra },
  select: PAGE,
  resident,
});
const timeFilter = (type: string, more: Record<string, FieldSpec> = {}) => ({
  filter: {
    type,
    spec: f('object', undefined, { from: f('date', '2026-01-01'), to: f('date', '2026-12-31'), ...more }),
  },
});

export const PAGINATED: Operation[] = [
  pageQuery('verifications', timeFilter('VerificationFilter', { factType: optText('MARITAL_STATUS') })),
  pageQuery('auditTrail', timeFilter('AuditTrailFilter', { action: optText('source.update') })),
  pageQuery('communityChecks', timeFilter('CommunityCheckFilter', { regionCode: optText(DONGGUAN) })),
  pageQuery('assistRequests'),
  pageQuery('commitments'),
  pageQuery('formFilings', {
    filter: { type: 'FormFilingFilter', spec: f('object', undefined, { regionCode: optText(DONGGUAN) }) },
  }),
  pageQuery('issuedCertificates', {
    filter: { type: 'IssuedCertificateFilter', spec: f('object', undefined, { serial: optText('2026-0001') }) },
  }),
  pageQuery('catalogRevisions'),
  pageQuery('certificateTypes', { search: { type: 'String', spec: optText('居住') } }),
  pageQuery('creditDeliveries'),
  pageQuery('listHistory', { kind: { type: 'ListKind!', spec: f('enum', 'DUTY') } }),
  pageQuery('matchedPhrases'),
  pageQuery('workAccessApplications'),
  pageQuery('burdenReport', {
    filter: {
      type: 'BurdenFilter!',
      spec: f('object', undefined, { regionCode: text(COUNTY), from: text('2026-01-01'), to: text('2026-01-31') }),
    },
  }),
  pageQuery('commitmentsToPostVerify', {
    filter: {
      type: 'CommitmentFilter',
      spec: f('object', undefined, {
        due: f('optBool', true),
        status: f('optEnum', 'SIGNED'),
        verificationId: f('optId', ID),
      }),
    },
  }),
  pageQuery('residentObjections', {
    filter: { type: 'ObjectionCaseFilter', spec: f('object', undefined, { status: f('optEnum', 'OPEN') }) },
  }),
  pageQuery(
    'myDataUses',
    timeFilter('DataUseFilter', { kinds: f('optEnums', ['NAMED_IN_VERIFICATION', 'COMMITMENT']) }),
    true,
  ),
];

// lists with a filter but no pages
export const FILTERED: Operation[] = [
  {
    field: 'factTypeDelegations',
    mutation: false,
    args: {
      filter: {
        type: 'FactTypeDelegationFilter',
        spec: f('object', undefined, { factType: optText('MARITAL_STATUS'), activeOnly: f('optBool', true) }),
      },
    },
    select: TYPE,
  },
];

// The mutations and paginated queries that have no cases here, each with why. The coverage test
// (test/bad-input.e2e-spec.ts) fails for any other one the schema has and this table does not.
export const EXEMPT: Record<string, string> = {
  auditCheckpoints: 'first is a count clamped to 1..100 (no cursor, a plain list), and only a county caller reaches it',
};

// the root fields the table sends bad input to
export const COVERED = new Set([...MUTATIONS, ...PAGINATED, ...FILTERED].map((op) => op.field));

// --- what goes wrong with a value of each kind

// beyond the longest text the gateway takes anywhere (8000 characters)
const LONG = '长'.repeat(9000);
const NUL = '办理\u0000业务';
const BELL = '办理\u0007业务';
const BLANK = ' \t\u3000 ';

interface Defect {
  label: string;
  // undefined: the field is left out
  value: unknown;
  omit?: boolean;
}

function defectsOf(kind: Kind, path: string, base: unknown): Defect[] {
  const required = !kind.startsWith('opt') && kind !== 'date';
  const out: Defect[] = [];
  if (required && kind !== 'object')
    out.push({ label: 'missing', value: undefined, omit: true }, { label: 'null', value: null });
  switch (kind) {
    case 'text':
    case 'optText':
      out.push(
        { label: 'a number', value: 12345 },
        { label: 'an object', value: { text: 'x' } },
        { label: 'blank', value: BLANK },
        { label: 'a NUL byte', value: NUL },
        { label: 'a control character', value: BELL },
        { label: 'too long', value: LONG },
      );
      break;
    case 'id':
    case 'optId':
      out.push(
        { label: 'a boolean', value: true },
        { label: 'blank', value: BLANK },
        { label: 'a NUL byte', value: `${ID}\u0000` },
      );
      break;
    case 'int':
    case 'optInt':
      out.push(
        { label: 'text', value: 'x' },
        { label: 'a fraction', value: 1.5 },
        { label: 'beyond 32 bits', value: 2 ** 40 },
      );
      break;
    case 'bool':
    case 'optBool':
      out.push({ label: 'text', value: 'yes' });
      break;
    case 'enum':
    case 'optEnum':
      out.push({ label: 'an unknown value', value: 'NOT_A_VALUE' }, { label: 'a number', value: 7 });
      break;
    case 'json':
    case 'optJson':
      if (Array.isArray(base)) {
        out.push({
          label: 'a __proto__ key',
          value: [JSON.parse('{"__proto__": {"admin": true}, "factType": "IDENTITY"}')],
        });
      } else {
        out.push(
          { label: 'a __proto__ key', value: JSON.parse('{"__proto__": {"admin": true}}') },
          { label: 'a constructor key', value: { constructor: { prototype: 1 } } },
          { label: 'a NUL byte in a value', value: { status: NUL } },
        );
      }
      break;
    case 'texts':
    case 'optTexts':
      out.push(
        { label: 'a number in the list', value: [5] },
        { label: 'blank in the list', value: [BLANK] },
        { label: 'a NUL byte in the list', value: [NUL] },
      );
      break;
    case 'optEnums':
      out.push(
        { label: 'an unknown value in the list', value: ['NOT_A_VALUE'] },
        { label: 'a number in the list', value: [7] },
      );
      break;
    case 'date':
      out.push(
        { label: '"yesterday"', value: 'yesterday' },
        { label: '2026-02-30', value: '2026-02-30T00:00:00Z' },
        { label: '"garbage"', value: 'garbage' },
        { label: 'a number', value: 20260101 },
      );
      break;
    case 'object':
      break;
  }
  void path;
  return out;
}

function specValue(spec: FieldSpec): unknown {
  if (spec.kind !== 'object') return spec.value;
  return Object.fromEntries(Object.entries(spec.fields!).map(([k, v]) => [k, specValue(v)]));
}

function documentOf(op: Operation): string {
  const names = Object.keys(op.args);
  const vars = names.map((n) => `$${n}: ${op.args[n].type}`).join(', ');
  const call = names.map((n) => `${n}: $${n}`).join(', ');
  return `${op.mutation ? 'mutation' : 'query'}(${vars}) { ${op.field}(${call}) ${op.select} }`;
}

// a copy of the variables with the value at `path` replaced (or left out)
function withValue(
  vars: Record<string, unknown>,
  path: string[],
  value: unknown,
  omit = false,
): Record<string, unknown> {
  const copy = structuredClone(vars);
  let at: Record<string, unknown> = copy;
  for (const seg of path.slice(0, -1)) at = at[seg] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (omit) delete at[last];
  else at[last] = value;
  return copy;
}

// every (operation, field, defect): the base input with that one field spoiled
function casesOf(op: Operation): BadInputCase[] {
  const query = documentOf(op);
  const base = Object.fromEntries(Object.entries(op.args).map(([n, a]) => [n, specValue(a.spec)]));
  const out: BadInputCase[] = [];
  const visit = (spec: FieldSpec, path: string[]) => {
    // the argument itself ("input") is not part of the field's name
    const label = (path.length > 1 && op.args[path[0]].spec.kind === 'object' ? path.slice(1) : path).join('.');
    if (spec.kind === 'object') {
      for (const [k, child] of Object.entries(spec.fields!)) visit(child, [...path, k]);
      out.push({
        name: `${op.field}: ${label || path[0]} with a field its type does not have`,
        query,
        variables: withValue(base, [...path, 'unknownField'], 'x'),
        mutation: op.mutation,
        field: 'unknownField',
        resident: op.resident,
      });
      return;
    }
    for (const d of defectsOf(spec.kind, label, spec.value))
      out.push({
        name: `${op.field}: ${label} ${d.label}`,
        query,
        variables: withValue(base, path, d.value, d.omit),
        mutation: op.mutation,
        field: path[path.length - 1],
        resident: op.resident,
      });
  };
  for (const [name, arg] of Object.entries(op.args)) visit(arg.spec, [name]);
  return out;
}

// the paging arguments of every list, beyond what the generic defects cover
function pagingCases(op: Operation): BadInputCase[] {
  const query = documentOf(op);
  const base = Object.fromEntries(Object.entries(op.args).map(([n, a]) => [n, specValue(a.spec)]));
  const cursor = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  const spoil: [string, string, unknown][] = [
    ['first 0', 'first', 0],
    ['first -1', 'first', -1],
    ['first 101', 'first', 101],
    ['after not base64', 'after', '!!!not-a-cursor!!!'],
    ['after a key beyond the integer range', 'after', cursor('99999999999999999999')],
    ['after a negative key', 'after', cursor('-1')],
    ['after a cursor of 2026-02-30', 'after', cursor('2026-02-30T00:00:00.000Z|x')],
    ['after 2000 characters', 'after', 'A'.repeat(2000)],
  ];
  return spoil
    .filter(([, field]) => field in op.args)
    .map(([name, field, value]) => ({
      name: `${op.field}: ${name}`,
      query,
      variables: { ...base, [field]: value },
      mutation: false,
      field,
      resident: op.resident,
    }));
}

function paginatedCases(op: Operation): BadInputCase[] {
  // first and after have their own cases; the generic ones are for the filters and other arguments
  const generic = casesOf(op).filter((c) => !/^\w+: (first|after) /.test(c.name));
  return [...pagingCases(op), ...generic];
}

// The inputs the hardening probe found wrongly accepted or answered with an internal error,
// each as it was sent.
const doc = (
  mutation: boolean,
  name: string,
  field: string,
  query: string,
  variables: Record<string, unknown> = {},
) => ({
  name,
  query,
  variables,
  mutation,
  field,
});
const UPDATE = 'mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) { id } }';
const REGISTER = 'mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id } }';
const FILING = 'mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) { id } }';
const source = (publicKeyJwk: Record<string, unknown>) => ({
  code: 'BAD_INPUT_JWK',
  name: '测试数据源',
  endpoint: 'http://127.0.0.1:9/verify',
  factTypes: ['IDENTITY'],
  publicKeyJwk,
});
// a P-256 public key's x with a y that puts the point off the curve
const OFF_CURVE = { kty: 'EC', crv: 'P-256', x: 'osVlvjLODkgVCmcH2XsiB-_VEBm_kDIqUGobkkAq2VY', y: 'A'.repeat(43) };

export const PROBED_CASES: BadInputCase[] = [
  ...['name', 'endpoint', 'timeoutMs', 'maxConcurrency', 'factTypes'].map((field) =>
    doc(true, `updateDataSource: ${field} null`, field, UPDATE, { i: { id: ID, [field]: null } }),
  ),
  doc(true, 'registerDataSource: a JWK whose point is not on its curve', 'publicKeyJwk', REGISTER, {
    i: source(OFF_CURVE),
  }),
  doc(true, 'registerDataSource: an RSA JWK with a garbage modulus', 'publicKeyJwk', REGISTER, {
    i: source({ kty: 'RSA', n: 'not-a-modulus', e: 'AQAB' }),
  }),
  ...['0000', '9999', '1999', '2026-00', '2026-Q0', '2026-H3'].map((period) =>
    doc(true, `recordFormFiling: period ${period}`, 'period', FILING, {
      i: { communityCode: DONGGUAN, form: '测试表', period },
    }),
  ),
  doc(
    false,
    'verifications: a literal from "yesterday"',
    '日期时间',
    'query { verifications(filter: { from: "yesterday" }) { totalCount } }',
  ),
  doc(
    false,
    'auditTrail: a literal to "garbage"',
    '日期时间',
    'query { auditTrail(filter: { to: "garbage" }) { totalCount } }',
  ),
  doc(
    false,
    'communityList: at "garbage"',
    'at',
    'query($at: DateTime) { communityList(kind: DUTY, at: $at) { version } }',
    {
      at: 'garbage',
    },
  ),
  doc(
    false,
    'communityList: at 2026-02-30',
    'at',
    'query($at: DateTime) { communityList(kind: DUTY, at: $at) { version } }',
    {
      at: '2026-02-30',
    },
  ),
  doc(
    false,
    'communityList: a literal at "garbage"',
    '日期时间',
    'query { communityList(kind: DUTY, at: "garbage") { version } }',
  ),
  doc(
    true,
    'verifyFact: a claim key constructor, in a literal',
    'constructor',
    `mutation { verifyFact(input: { factType: "MARITAL_STATUS", claim: { constructor: "x" }, subject: { idNumber: "${ID_NUMBER}" }, matter: "办理业务", purpose: "核验", idempotencyKey: "bad-input-key-0003" }) { id } }`,
  ),
];

export const BAD_INPUT_CASES: BadInputCase[] = [
  ...MUTATIONS.flatMap(casesOf),
  ...PAGINATED.flatMap(paginatedCases),
  ...FILTERED.flatMap(casesOf),
  ...PROBED_CASES,
];

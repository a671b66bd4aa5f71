import { createHash } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { exportJWK, generateKeyPair } from 'jose';
import { Role } from '#gw/auth';
import { checkCharacter, chinaDay } from '#gw/common';
import { rootFields, rootResolverMethods, RootResolverMethod } from './helpers/root-resolvers';
import { errorCodes, GqlResponse, startTestApp, TestApp } from './helpers/test-app';

// Every operation, walked with callers outside the scope of data created in scope first: each
// is refused (FORBIDDEN or NOT_FOUND) or finds nothing, and no row changes. The operations come
// from the schema, so a new one fails this test until it says what its scope is.

const COUNTY = '621022000000';
const HUANCHENG = '621022100000'; // 环城镇: the fixture's township
const DONGGUAN = '621022100001'; // 东关社区: the fixture's community
const XIGUAN = '621022100002'; // another community of the same township
const QUZI = '621022101000'; // 曲子镇: another township
const QUZI_COMMUNITY = '621022101001';
const OUTSIDE = '621021000000'; // the county next door: no region of the gateway's
const OUTSIDE_COMMUNITY = '621021100001';

interface Claims {
  department?: string | null;
  region?: string | null;
  subject?: string;
  // RESIDENT: the ID number the identity provider verified
  idNumber?: string;
}

interface Stranger {
  label: string;
  claims: Claims;
}

// For each role, callers who hold it but whose department, community or region is not the
// fixture's. Overseers sit in a department that owns none of the fixture's records.
const OVERSEER_STRANGERS: Stranger[] = [
  { label: 'of another township', claims: { department: 'HX_SF', region: QUZI } },
  { label: 'of a region outside the county', claims: { department: 'HX_SF', region: OUTSIDE } },
  { label: 'with no region', claims: { department: 'HX_SF', region: null } },
];
const STRANGERS: Record<Role, Stranger[]> = {
  [Role.WINDOW_STAFF]: [{ label: 'of another department', claims: { department: 'HX_JY' } }],
  [Role.SOURCE_ADMIN]: [{ label: 'of another department', claims: { department: 'HX_JY' } }],
  [Role.DEPT_OFFICER]: [{ label: 'of another department', claims: { department: 'HX_JY' } }],
  [Role.THIRD_PARTY]: [{ label: 'of another organisation', claims: { department: 'HX_TP_SOCIAL_WORK' } }],
  [Role.COMMUNITY_STAFF]: [
    { label: 'of another community of the township', claims: { region: XIGUAN } },
    { label: 'of a community of another township', claims: { region: QUZI_COMMUNITY } },
    { label: 'whose token names the township', claims: { region: HUANCHENG } },
    { label: 'of a community outside the county', claims: { region: OUTSIDE_COMMUNITY } },
  ],
  [Role.LIST_ADMIN]: OVERSEER_STRANGERS,
  [Role.REVIEWER]: OVERSEER_STRANGERS,
  [Role.AUDITOR]: OVERSEER_STRANGERS,
  // residents whose data the fixture has none of (the fixture's own residents are insiders)
  [Role.RESIDENT]: [
    { label: 'another resident', claims: { idNumber: '621022197501010036' } },
    {
      label: 'another resident claiming a staff department and region',
      claims: { idNumber: '621022197501010044', department: 'HX_ZWFW', region: COUNTY },
    },
  ],
};

// the fixture's residents: the one whose commitment proved false, and one with a sign link
const RESIDENT_ID = '621022196606060713';
const LINK_RESIDENT_ID = '621022196607070729';

// Callers in scope, for the controls that show the walk can fail.
const INSIDERS = {
  window: [Role.WINDOW_STAFF, { department: 'HX_ZWFW', region: COUNTY }],
  mzOfficer: [Role.DEPT_OFFICER, { department: 'HX_MZ', region: COUNTY }],
  wjOfficer: [Role.DEPT_OFFICER, { department: 'HX_WJ', region: COUNTY }],
  gaAdmin: [Role.SOURCE_ADMIN, { department: 'HX_GA', region: COUNTY }],
  mzAdmin: [Role.SOURCE_ADMIN, { department: 'HX_MZ', region: COUNTY }],
  clerk: [Role.COMMUNITY_STAFF, { department: null, region: DONGGUAN }],
  countyListAdmin: [Role.LIST_ADMIN, { department: 'HX_MZ', region: COUNTY }],
  countyReviewer: [Role.REVIEWER, { department: 'HX_ZZB', region: COUNTY }],
  countyAuditor: [Role.AUDITOR, { department: 'HX_MZ', region: COUNTY }],
  townshipAuditor: [Role.AUDITOR, { department: 'HX_MZ', region: HUANCHENG }],
  townshipReviewer: [Role.REVIEWER, { department: 'HX_ZZB', region: HUANCHENG }],
  resident: [Role.RESIDENT, { idNumber: RESIDENT_ID }],
  linkResident: [Role.RESIDENT, { idNumber: LINK_RESIDENT_ID }],
} satisfies Record<string, [Role, Claims]>;
type Insider = keyof typeof INSIDERS;

interface Fixture {
  today: string;
  verification: { id: string; idNumber: string; input: Record<string, unknown> };
  certificate: { ids: string[]; input: Record<string, unknown> };
  assistId: string; // open, addressed to 县民政局
  commitment: { id: string; verificationId: string; idNumber: string; noticeHash: string };
  creditRecordId: string;
  applicationId: string; // submitted by 县卫健局
  sourceId: string; // 县公安局's, granted to 县政务服务中心
  delegationId: string; // 县民政局 lets 县公安局 run sources for MARITAL_STATUS
  issuedCertificateId: string; // 东关社区's
  aliasId: string; // added by the county's civil affairs
  flaggedApplicationId: string; // submitted by 县卫健局, flagged by the negative-list screening
  objectionId: string; // the resident's, about their verification
  signLink: { token: string; commitmentId: string; noticeHash: string }; // for LINK_RESIDENT_ID's offered commitment
}

interface Doc {
  query: string;
  variables?: Record<string, unknown>;
}

type Case =
  // open by design: anyone holding a signed token may check it
  | { kind: 'public'; why: string }
  // the same for every signed-in caller
  | { kind: 'reference'; why: string }
  | { kind: 'read'; docs: (f: Fixture) => Doc[]; insiders: Insider[] }
  | { kind: 'write'; docs: (f: Fixture) => Doc[]; state: (f: Fixture) => Promise<unknown> }
  // makes a record of the caller's own: it must not hand back the fixture's
  | { kind: 'creates'; doc: (f: Fixture, n: number) => Doc; own: (result: any, f: Fixture, claims: Claims) => boolean };

const REFUSALS = ['FORBIDDEN', 'NOT_FOUND'];
const PAGE = '{ totalCount nodes { __typename } }';
const TYPE = '{ __typename }';
const MARITAL = { factType: 'MARITAL_STATUS', claim: { status: 'UNMARRIED' } };

let seq = 0;
function idNumber(): string {
  const birth = String(19800101 + (seq++ % 28));
  const first17 = `621022${birth}${String(100 + seq).slice(-3)}`;
  return first17 + checkCharacter(first17);
}
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const burden = (regionCode: string, f: Fixture) => ({ regionCode, from: f.today, to: f.today });

function field(doc: Doc): string {
  return /\{\s*(\w+)/.exec(doc.query)![1];
}

function refused(res: GqlResponse): boolean {
  const codes = errorCodes(res);
  return codes.length > 0 && codes.every((c) => REFUSALS.includes(c ?? '')) && !res.data;
}

function empty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  const page = value as { totalCount?: number; nodes?: unknown[] } | null;
  return !!page && page.totalCount === 0 && page.nodes?.length === 0;
}

const CASES: Record<string, Case> = {
  // --- public checks of signed tokens
  verifyReceipt: { kind: 'public', why: 'checks a receipt its holder shows' },
  verifyCommitmentRecord: { kind: 'public', why: 'checks a commitment record its holder shows' },
  verifyCommunityCertificate: { kind: 'public', why: 'checks a community certificate its holder shows' },

  // --- the resident's own (another resident finds nothing of the fixture's resident)
  residentMe: {
    kind: 'creates',
    doc: () => ({ query: `query { residentMe { subjectMasked } }` }),
    own: (me: { subjectMasked: string }, _f, claims) =>
      !!claims.idNumber && me.subjectMasked === `${claims.idNumber.slice(0, 6)}********${claims.idNumber.slice(14)}`,
  },
  myDataUses: {
    kind: 'read',
    docs: () => [{ query: `query { myDataUses ${PAGE} }` }],
    insiders: ['resident', 'linkResident'],
  },
  myObjections: { kind: 'read', docs: () => [{ query: `query { myObjections { id } }` }], insiders: ['resident'] },
  myCommitments: {
    kind: 'read',
    docs: () => [{ query: `query { myCommitments { id } }` }],
    insiders: ['resident', 'linkResident'],
  },
  myCreditRecords: {
    kind: 'read',
    docs: () => [{ query: `query { myCreditRecords { id } }` }],
    insiders: ['resident'],
  },
  myCertificates: { kind: 'read', docs: () => [{ query: `query { myCertificates { id } }` }], insiders: ['resident'] },
  commitmentSignLink: {
    kind: 'read',
    docs: (f) => [
      { query: `query($t: String!) { commitmentSignLink(token: $t) ${TYPE} }`, variables: { t: f.signLink.token } },
    ],
    insiders: ['linkResident'],
  },
  signCommitmentByLink: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: SignByLinkInput!) { signCommitmentByLink(input: $i) ${TYPE} }`,
        variables: { i: { token: f.signLink.token, acceptedNoticeHash: f.signLink.noticeHash } },
      },
    ],
    state: (f) => t.db.commitment.findUnique({ where: { id: f.signLink.commitmentId } }),
  },
  withdrawMyCommitment: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { withdrawMyCommitment(id: $id, reason: "不办了") ${TYPE} }`,
        variables: { id: f.signLink.commitmentId },
      },
      {
        query: `mutation($id: ID!) { withdrawMyCommitment(id: $id, reason: "不办了") ${TYPE} }`,
        variables: { id: f.commitment.id },
      },
    ],
    state: (f) => t.db.commitment.findMany({ where: { id: { in: [f.signLink.commitmentId, f.commitment.id] } } }),
  },
  raiseObjection: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) ${TYPE} }`,
        variables: { i: { entryId: `VERIFICATION:${f.commitment.verificationId}`, text: '不是我' } },
      },
      {
        query: `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) ${TYPE} }`,
        variables: { i: { entryId: `CREDIT_RECORD:${f.creditRecordId}`, text: '不是我' } },
      },
    ],
    state: () => t.db.residentObjection.count(),
  },
  createCommitmentSignLink: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { createCommitmentSignLink(commitmentId: $id) { token } }`,
        variables: { id: f.signLink.commitmentId },
      },
    ],
    state: (f) => t.db.commitmentSignLink.count({ where: { commitmentId: f.signLink.commitmentId } }),
  },
  residentObjections: {
    kind: 'read',
    docs: () => [{ query: `query { residentObjections ${PAGE} }` }],
    insiders: ['countyAuditor'],
  },
  answerResidentObjection: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: AnswerObjectionInput!) { answerResidentObjection(input: $i) ${TYPE} }`,
        variables: { i: { id: f.objectionId, answer: '已核实', close: true } },
      },
    ],
    state: (f) => t.db.residentObjection.findUnique({ where: { id: f.objectionId } }),
  },

  // --- reference data
  certificateTypes: { kind: 'reference', why: 'the certificate catalog' },
  certificateType: { kind: 'reference', why: 'the certificate catalog' },
  factTypes: { kind: 'reference', why: 'the fact-type catalog' },
  departments: { kind: 'reference', why: 'the departments' },
  regions: { kind: 'reference', why: 'the region tree' },
  communityList: { kind: 'public', why: 'the published community lists, also at /lists/*' },
  listHistory: { kind: 'public', why: 'the versions of the published community lists' },

  // --- a department's records
  verification: {
    kind: 'read',
    docs: (f) => [{ query: `query($id: ID!) { verification(id: $id) ${TYPE} }`, variables: { id: f.verification.id } }],
    insiders: ['window', 'countyAuditor'],
  },
  verifications: {
    kind: 'read',
    docs: () => [{ query: `query { verifications ${PAGE} }` }],
    insiders: ['window', 'countyAuditor'],
  },
  assistRequest: {
    kind: 'read',
    docs: (f) => [{ query: `query($id: ID!) { assistRequest(id: $id) ${TYPE} }`, variables: { id: f.assistId } }],
    insiders: ['window', 'mzOfficer', 'countyAuditor'],
  },
  assistRequests: {
    kind: 'read',
    docs: () => [{ query: `query { assistRequests ${PAGE} }` }],
    insiders: ['window', 'mzOfficer', 'countyAuditor'],
  },
  commitment: {
    kind: 'read',
    docs: (f) => [{ query: `query($id: ID!) { commitment(id: $id) ${TYPE} }`, variables: { id: f.commitment.id } }],
    insiders: ['window', 'countyAuditor'],
  },
  commitments: {
    kind: 'read',
    docs: () => [{ query: `query { commitments ${PAGE} }` }],
    insiders: ['window', 'countyAuditor'],
  },
  // the fact-owning department's (MARITAL_STATUS: 县民政局) post-verification work; the
  // fixture's commitment was post-verified already, so it is asked for by that status
  commitmentsToPostVerify: {
    kind: 'read',
    docs: () => [{ query: `query { commitmentsToPostVerify(filter: { status: BREACHED }) ${PAGE} }` }],
    insiders: ['mzOfficer', 'countyAuditor'],
  },
  workAccessApplication: {
    kind: 'read',
    docs: (f) => [
      { query: `query($id: ID!) { workAccessApplication(id: $id) ${TYPE} }`, variables: { id: f.applicationId } },
    ],
    insiders: ['wjOfficer', 'countyListAdmin', 'countyReviewer', 'countyAuditor'],
  },
  workAccessApplications: {
    kind: 'read',
    docs: () => [
      { query: `query { workAccessApplications ${PAGE} }` },
      { query: `query { workAccessApplications(filter: { applicantDepartment: "HX_WJ" }) ${PAGE} }` },
    ],
    insiders: ['wjOfficer', 'countyListAdmin', 'countyAuditor'],
  },
  dataSource: {
    kind: 'read',
    docs: (f) => [{ query: `query($id: ID!) { dataSource(id: $id) ${TYPE} }`, variables: { id: f.sourceId } }],
    insiders: ['gaAdmin', 'window', 'countyAuditor'],
  },
  dataSources: {
    kind: 'read',
    docs: () => [{ query: `query { dataSources ${TYPE} }` }],
    insiders: ['gaAdmin', 'window', 'countyAuditor'],
  },
  factTypeDelegations: {
    kind: 'read',
    docs: () => [
      { query: `query { factTypeDelegations ${TYPE} }` },
      { query: `query { factTypeDelegations(filter: { factType: "MARITAL_STATUS", activeOnly: true }) ${TYPE} }` },
    ],
    insiders: ['mzAdmin', 'gaAdmin', 'countyAuditor'],
  },

  // --- the communities' records
  communityChecks: {
    kind: 'read',
    docs: () => [
      { query: `query { communityChecks ${PAGE} }` },
      { query: `query { communityChecks(filter: { regionCode: "${DONGGUAN}" }) ${PAGE} }` },
      { query: `query { communityChecks(filter: { regionCode: "${COUNTY}" }) ${PAGE} }` },
    ],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  formFilings: {
    kind: 'read',
    docs: () => [
      { query: `query { formFilings ${PAGE} }` },
      { query: `query { formFilings(filter: { regionCode: "${HUANCHENG}" }) ${PAGE} }` },
    ],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  burdenReport: {
    kind: 'read',
    docs: (f) =>
      [DONGGUAN, HUANCHENG, COUNTY].map((code) => ({
        query: `query($f: BurdenFilter!) { burdenReport(filter: $f) ${PAGE} }`,
        variables: { f: burden(code, f) },
      })),
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  burdenTotals: {
    kind: 'read',
    docs: (f) =>
      [DONGGUAN, HUANCHENG].map((code) => ({
        query: `query($f: BurdenFilter!) { burdenTotals(filter: $f) ${TYPE} }`,
        variables: { f: burden(code, f) },
      })),
    insiders: ['townshipReviewer', 'countyAuditor'],
  },
  burdenTrend: {
    kind: 'read',
    docs: (f) => [
      {
        query: `query($f: BurdenFilter!) { burdenTrend(filter: $f, granularity: DAY) ${TYPE} }`,
        variables: { f: burden(DONGGUAN, f) },
      },
    ],
    insiders: ['clerk', 'townshipAuditor'],
  },

  // --- county-wide records
  creditRecords: {
    kind: 'read',
    docs: (f) => [
      { query: `query { creditRecords ${TYPE} }` },
      {
        query: `query($n: String) { creditRecords(subjectIdNumber: $n) ${TYPE} }`,
        variables: { n: f.commitment.idNumber },
      },
    ],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  creditDeliveries: {
    kind: 'read',
    docs: () => [{ query: `query { creditDeliveries ${PAGE} }` }],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  creditDeliverySummary: {
    kind: 'read',
    docs: () => [{ query: `query { creditDeliverySummary ${TYPE} }` }],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  auditTrail: {
    kind: 'read',
    docs: () => [{ query: `query { auditTrail ${PAGE} }` }],
    insiders: ['countyAuditor'],
  },
  verifyAuditChain: {
    kind: 'read',
    docs: () => [{ query: `query { verifyAuditChain ${TYPE} }` }],
    insiders: ['countyAuditor'],
  },
  issuedCertificates: {
    kind: 'read',
    docs: () => [{ query: `query { issuedCertificates ${PAGE} }` }],
    insiders: ['clerk'],
  },
  catalogRevisions: {
    kind: 'read',
    docs: () => [{ query: `query { catalogRevisions ${PAGE} }` }],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  matchedPhrases: {
    kind: 'read',
    docs: () => [{ query: `query { matchedPhrases ${PAGE} }` }],
    insiders: ['countyListAdmin', 'countyAuditor'],
  },
  addCertificateAlias: {
    kind: 'write',
    docs: () => [
      {
        query: `mutation($i: AddCertificateAliasInput!) { addCertificateAlias(input: $i) ${TYPE} }`,
        variables: { i: { certificateCode: 'RESIDENCE', alias: '长住证明', reason: '社区反映居民常这样说' } },
      },
    ],
    state: () => t.db.certificateAlias.findMany({ orderBy: { id: 'asc' } }),
  },
  retireCertificateAlias: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: RetireCertificateAliasInput!) { retireCertificateAlias(input: $i) ${TYPE} }`,
        variables: { i: { id: f.aliasId, reason: '误加' } },
      },
    ],
    state: (f) => t.db.certificateAlias.findUnique({ where: { id: f.aliasId } }),
  },
  resolveWorkAccessScreening: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: ResolveWorkAccessScreeningInput!) { resolveWorkAccessScreening(input: $i) ${TYPE} }`,
        variables: { i: { id: f.flaggedApplicationId, resolution: 'CLEAR', reason: '只是宣传' } },
      },
    ],
    state: (f) => t.db.workAccessScreening.findMany({ where: { applicationId: f.flaggedApplicationId } }),
  },
  auditCheckpoints: {
    kind: 'read',
    docs: () => [{ query: `query { auditCheckpoints { seq } }` }],
    insiders: ['countyAuditor'],
  },

  // --- mutations on the fixture's records
  requestAssist: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: RequestAssistInput!) { requestAssist(input: $i) ${TYPE} }`,
        variables: { i: { verificationId: f.verification.id, idNumber: f.verification.idNumber } },
      },
    ],
    state: (f) => t.db.assistRequest.findMany({ where: { verificationId: f.verification.id } }),
  },
  answerAssistRequest: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) ${TYPE} }`,
        variables: { i: { id: f.assistId, answer: 'CONFIRMED', note: '经核实属实' } },
      },
    ],
    state: (f) => t.db.assistRequest.findUnique({ where: { id: f.assistId } }),
  },
  cancelAssistRequest: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { cancelAssistRequest(id: $id, reason: "不再需要") ${TYPE} }`,
        variables: { id: f.assistId },
      },
    ],
    state: (f) => t.db.assistRequest.findUnique({ where: { id: f.assistId } }),
  },
  revealAssistSubject: {
    kind: 'write',
    docs: (f) => [{ query: `mutation($id: ID!) { revealAssistSubject(id: $id) }`, variables: { id: f.assistId } }],
    state: (f) => t.db.auditEvent.count({ where: { action: 'assist.revealSubject', targetId: f.assistId } }),
  },
  offerCommitment: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) ${TYPE} }`,
        variables: { i: { verificationId: f.commitment.verificationId, idNumber: f.commitment.idNumber } },
      },
    ],
    state: (f) => t.db.commitment.findMany({ where: { verificationId: f.commitment.verificationId } }),
  },
  signCommitment: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) ${TYPE} }`,
        variables: {
          i: {
            id: f.commitment.id,
            signerIdNumber: f.commitment.idNumber,
            acceptedNoticeHash: f.commitment.noticeHash,
            method: 'ON_SCREEN',
            evidenceHash: sha256('another signature'),
            evidenceRef: 'pad/another.png',
          },
        },
      },
    ],
    state: (f) => t.db.commitment.findUnique({ where: { id: f.commitment.id } }),
  },
  withdrawCommitment: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { withdrawCommitment(id: $id, reason: "当事人撤回") ${TYPE} }`,
        variables: { id: f.commitment.id },
      },
    ],
    state: (f) => t.db.commitment.findUnique({ where: { id: f.commitment.id } }),
  },
  recordPostVerification: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) ${TYPE} }`,
        variables: { i: { id: f.commitment.id, result: 'HONORED', evidence: '经核查属实' } },
      },
    ],
    state: (f) => t.db.commitment.findUnique({ where: { id: f.commitment.id } }),
  },
  // the department check comes before the check that no route remains: another department is
  // refused whatever state the verification is in
  recordManualCheck: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: RecordManualCheckInput!) { recordManualCheck(input: $i) ${TYPE} }`,
        variables: {
          i: {
            verificationId: f.verification.id,
            checkedBy: '窗口工作人员',
            observed: '查看了当事人出示的原件',
            evidenceRef: 'walk-evidence-1',
            result: 'CONFIRMED',
          },
        },
      },
    ],
    state: (f) => t.db.verification.findUnique({ where: { id: f.verification.id }, include: { attempts: true } }),
  },
  repairCreditRecord: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { repairCreditRecord(id: $id, note: "已履行承诺并完成信用修复") ${TYPE} }`,
        variables: { id: f.creditRecordId },
      },
    ],
    state: (f) => t.db.creditRecord.findUnique({ where: { id: f.creditRecordId } }),
  },
  checkCommunityCertificate: {
    kind: 'write',
    docs: () => [
      {
        query: `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) ${TYPE} }`,
        variables: { i: { communityCode: DONGGUAN, certificate: '开个住址证明' } },
      },
    ],
    state: () => t.db.communityCheck.count(),
  },
  issueCommunityCertificate: {
    kind: 'write',
    docs: () => [
      {
        query: `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) ${TYPE} }`,
        variables: {
          i: {
            communityCode: DONGGUAN,
            certificateCode: 'VOLUNTEER_SERVICE',
            idNumber: idNumber(),
            purpose: '评优',
            content: '参加社区志愿服务 40 小时',
          },
        },
      },
    ],
    state: () => Promise.all([t.db.issuedCertificate.count(), t.db.communityCheck.count()]),
  },
  revokeCommunityCertificate: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { revokeCommunityCertificate(id: $id, reason: "出具有误") ${TYPE} }`,
        variables: { id: f.issuedCertificateId },
      },
    ],
    state: (f) => t.db.issuedCertificate.findUnique({ where: { id: f.issuedCertificateId } }),
  },
  recordFormFiling: {
    kind: 'write',
    docs: () => [
      {
        query: `mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) ${TYPE} }`,
        variables: { i: { communityCode: DONGGUAN, form: '城乡最低生活保障对象动态管理情况表', period: '2026-10' } },
      },
    ],
    state: () => t.db.formFiling.count(),
  },
  reviewWorkAccessApplication: {
    kind: 'write',
    docs: (f) =>
      ['CIVIL_AFFAIRS_REVIEW', 'ORGANIZATION_REVIEW'].map((step) => ({
        query: `mutation($i: ReviewWorkAccessInput!) { reviewWorkAccessApplication(input: $i) ${TYPE} }`,
        variables: { i: { id: f.applicationId, step, decision: 'REJECT', reason: '依据不足，不予纳入' } },
      })),
    state: (f) => t.db.workAccessApplication.findUnique({ where: { id: f.applicationId }, include: { steps: true } }),
  },
  recordWorkAccessApproval: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: RecordCountyApprovalInput!) { recordWorkAccessApproval(input: $i) ${TYPE} }`,
        variables: {
          i: {
            id: f.applicationId,
            approved: false,
            authority: 'COUNTY_GOVERNMENT',
            documentNumber: '环政发〔2026〕99号',
            approvedOn: f.today,
            reason: '不予批准',
          },
        },
      },
    ],
    state: (f) => t.db.workAccessApplication.findUnique({ where: { id: f.applicationId }, include: { steps: true } }),
  },
  withdrawWorkAccessApplication: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { withdrawWorkAccessApplication(id: $id, reason: "申请有误") ${TYPE} }`,
        variables: { id: f.applicationId },
      },
    ],
    state: (f) => t.db.workAccessApplication.findUnique({ where: { id: f.applicationId }, include: { steps: true } }),
  },
  updateDataSource: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($i: UpdateDataSourceInput!) { updateDataSource(input: $i) ${TYPE} }`,
        variables: { i: { id: f.sourceId, name: '改名的数据源' } },
      },
    ],
    state: (f) => source(f),
  },
  suspendDataSource: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { suspendDataSource(id: $id, reason: "维护") ${TYPE} }`,
        variables: { id: f.sourceId },
      },
    ],
    state: (f) => source(f),
  },
  reactivateDataSource: {
    kind: 'write',
    docs: (f) => [
      { query: `mutation($id: ID!) { reactivateDataSource(id: $id) ${TYPE} }`, variables: { id: f.sourceId } },
    ],
    state: (f) => source(f),
  },
  grantSourceAccess: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_JY") ${TYPE} }`,
        variables: { id: f.sourceId },
      },
    ],
    state: (f) => source(f),
  },
  revokeSourceAccess: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { revokeSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_ZWFW") ${TYPE} }`,
        variables: { id: f.sourceId },
      },
    ],
    state: (f) => source(f),
  },
  delegateFactType: {
    kind: 'write',
    // another department delegating civil affairs' fact, to itself or to anyone
    docs: () => [
      {
        query: `mutation($i: DelegateFactTypeInput!) { delegateFactType(input: $i) ${TYPE} }`,
        variables: { i: { factType: 'MARITAL_STATUS', delegateDepartmentCode: 'HX_JY', reason: '代为登记' } },
      },
    ],
    state: () =>
      t.db.factTypeDelegation.findMany({ where: { factTypeCode: 'MARITAL_STATUS' }, orderBy: { id: 'asc' } }),
  },
  revokeFactTypeDelegation: {
    kind: 'write',
    docs: (f) => [
      {
        query: `mutation($id: ID!) { revokeFactTypeDelegation(id: $id, reason: "撤销") ${TYPE} }`,
        variables: { id: f.delegationId },
      },
    ],
    state: (f) => t.db.factTypeDelegation.findUnique({ where: { id: f.delegationId } }),
  },
  probeDataSource: {
    kind: 'write',
    docs: (f) => [{ query: `mutation($id: ID!) { probeDataSource(id: $id) ${TYPE} }`, variables: { id: f.sourceId } }],
    state: (f) => source(f),
  },

  // --- mutations that make the caller's own records
  verifyFact: {
    kind: 'creates',
    // the fixture's request, idempotency key and all: another department's key is its own
    doc: (f) => ({
      query: `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id requesterDepartment } }`,
      variables: { i: f.verification.input },
    }),
    own: (r, f, c) => r.id !== f.verification.id && r.requesterDepartment === c.department,
  },
  verifyCertificate: {
    kind: 'creates',
    doc: (f) => ({
      query: `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) { verifications { id requesterDepartment } } }`,
      variables: { i: f.certificate.input },
    }),
    own: (r: { verifications: { id: string; requesterDepartment: string }[] }, f, c) =>
      r.verifications.every((v) => !f.certificate.ids.includes(v.id) && v.requesterDepartment === c.department),
  },
  submitWorkAccessApplication: {
    kind: 'creates',
    doc: (_f, n) => ({
      query: `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { id applicantDepartment } }`,
      variables: { i: assistItem(`协助开展第 ${n} 次防溺水安全宣传。`) },
    }),
    own: (r, f, c) => r.id !== f.applicationId && r.applicantDepartment === c.department,
  },
  registerDataSource: {
    kind: 'creates',
    doc: (_f, n) => ({
      query: `mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id providerDepartment { code } grantedDepartments { code } } }`,
      // a fact type the stranger's own department (县教育局) owns
      variables: { i: sourceInput(`JY_WALK_${n}`, ['SCHOOL_ENROLLMENT']) },
    }),
    own: (r, f, c) =>
      r.id !== f.sourceId && r.providerDepartment.code === c.department && r.grantedDepartments.length === 0,
  },
};

let t: TestApp;
let publicKeyJwk: Record<string, unknown>;

const source = (f: Fixture) =>
  t.db.dataSource.findUnique({ where: { id: f.sourceId }, include: { grants: true, facts: true } });

function assistItem(content: string) {
  return {
    listKind: 'ASSIST',
    action: 'ADD',
    baseVersion: 1,
    content,
    legalBasis: '《中华人民共和国未成年人保护法》第四十条',
    funding: '县教育局按社区拨付宣传经费',
    workingConditions: '县教育局提供宣传材料',
    justification: '减少溺水事故',
  };
}

function sourceInput(code: string, factTypes = ['IDENTITY']) {
  return {
    code,
    name: '测试数据源',
    endpoint: 'http://127.0.0.1:9/verify',
    factTypes,
    publicKeyJwk,
  };
}

describe('scope walk (e2e)', () => {
  let methods: Map<string, RootResolverMethod>;
  let fields: string[];
  let f: Fixture;
  const tokens = new Map<string, string>();

  async function token(role: Role, claims: Claims): Promise<string> {
    const key = `${role}|${JSON.stringify(claims)}`;
    if (!tokens.has(key)) tokens.set(key, await t.token(role, claims));
    return tokens.get(key)!;
  }
  const insider = (name: Insider) => {
    const [role, claims]: [Role, Claims] = INSIDERS[name];
    return token(role, claims);
  };

  async function ok<T = any>(query: string, variables: Record<string, unknown>, who: Insider): Promise<T> {
    const res = await t.gql(query, variables, await insider(who));
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data!)[0] as T;
  }

  // Data of every kind, made by the callers whose it is.
  async function fixture(): Promise<Fixture> {
    const today = chinaDay(new Date());
    const VERIFY = `mutation($i: VerifyFactInput!) { verifyFact(input: $i) { id outcome nextRoute } }`;
    const request = (verificationId: string, id: string) =>
      ok<{ id: string }>(
        `mutation($i: RequestAssistInput!) { requestAssist(input: $i) { id } }`,
        { i: { verificationId, idNumber: id } },
        'window',
      );
    const verificationFor = (subject: string, key: string) => ({
      ...MARITAL,
      subject: { idNumber: subject },
      matter: '公共租赁住房申请',
      purpose: '核实婚姻状况',
      communityCode: DONGGUAN,
      idempotencyKey: key,
    });

    // no source holds these residents: shared data cannot settle, the fact goes to assist
    const first = idNumber();
    const input = verificationFor(first, `walk-open-${process.pid}`);
    const v1 = await ok<{ id: string; nextRoute: string }>(VERIFY, { i: input }, 'window');
    expect(v1.nextRoute).toBe('INTER_DEPARTMENT');
    const assist = await request(v1.id, first);

    // the owner cannot verify either: the next route is a commitment, which proves false
    const second = RESIDENT_ID;
    const v2 = await ok<{ id: string }>(VERIFY, { i: verificationFor(second, `walk-commit-${process.pid}`) }, 'window');
    const a2 = await request(v2.id, second);
    await ok(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: a2.id, answer: 'UNABLE', note: '本部门无该人登记' } },
      'mzOfficer',
    );
    const offered = await ok<{ id: string; noticeHash: string }>(
      `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash } }`,
      { i: { verificationId: v2.id, idNumber: second } },
      'window',
    );
    await ok(
      `mutation($i: SignCommitmentInput!) { signCommitment(input: $i) { id } }`,
      {
        i: {
          id: offered.id,
          signerIdNumber: second,
          acceptedNoticeHash: offered.noticeHash,
          method: 'ON_SCREEN',
          evidenceHash: sha256(offered.id),
          evidenceRef: `pad/${offered.id}.png`,
        },
      },
      'window',
    );
    await ok(
      `mutation($i: PostVerifyCommitmentInput!) { recordPostVerification(input: $i) { id } }`,
      { i: { id: offered.id, result: 'BREACHED', evidence: '经核查，当事人已登记结婚' } },
      'window',
    );
    const credit = await t.db.creditRecord.findFirstOrThrow({ where: { commitmentId: offered.id } });

    const deceased = idNumber();
    const certificateInput = {
      certificateCode: 'INHERITANCE',
      subject: { idNumber: deceased },
      facts: [
        { factType: 'DEATH', claim: { deceased: true } },
        { factType: 'KINSHIP', claim: { relation: 'SPOUSE', relativeIdNumber: idNumber() } },
      ],
      matter: '继承权公证',
      purpose: '核实死亡和亲属关系',
      idempotencyKey: `walk-cert-${process.pid}`,
    };
    const certificate = await ok<{ verifications: { id: string }[] }>(
      `mutation($i: VerifyCertificateInput!) { verifyCertificate(input: $i) { verifications { id } } }`,
      { i: certificateInput },
      'window',
    );

    const application = await ok<{ id: string }>(
      `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { id } }`,
      { i: assistItem('协助开展无偿献血宣传动员。') },
      'wjOfficer',
    );

    const registered = await ok<{ id: string }>(
      `mutation($i: RegisterDataSourceInput!) { registerDataSource(input: $i) { id } }`,
      { i: sourceInput('GA_WALK_SOURCE') },
      'gaAdmin',
    );
    await ok(
      `mutation($id: ID!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: "HX_ZWFW") { id } }`,
      { id: registered.id },
      'gaAdmin',
    );
    const delegation = await ok<{ id: string }>(
      `mutation($i: DelegateFactTypeInput!) { delegateFactType(input: $i) { id } }`,
      { i: { factType: 'MARITAL_STATUS', delegateDepartmentCode: 'HX_GA', reason: '户籍窗口代为核验婚姻状况' } },
      'mzAdmin',
    );

    await ok(
      `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) { id } }`,
      { i: { communityCode: DONGGUAN, certificate: '开个住址证明' } },
      'clerk',
    );
    const issued = await ok<{ id: string }>(
      `mutation($i: IssueCommunityCertificateInput!) { issueCommunityCertificate(input: $i) { id } }`,
      {
        i: {
          communityCode: DONGGUAN,
          certificateCode: 'VOLUNTEER_SERVICE',
          idNumber: RESIDENT_ID,
          purpose: '评优',
          content: '参加社区志愿服务 40 小时',
        },
      },
      'clerk',
    );
    await ok(
      `mutation($i: RecordFormFilingInput!) { recordFormFiling(input: $i) { id } }`,
      { i: { communityCode: DONGGUAN, form: '城乡最低生活保障对象动态管理情况表', period: '2026-11' } },
      'clerk',
    );

    // a phrasing the matcher does not know is counted for the list administrators
    await ok(
      `mutation($i: CheckCommunityCertificateInput!) { checkCommunityCertificate(input: $i) { id } }`,
      { i: { communityCode: DONGGUAN, certificate: '开一张那个啥的证明' } },
      'clerk',
    );
    const alias = await ok<{ id: string }>(
      `mutation($i: AddCertificateAliasInput!) { addCertificateAlias(input: $i) { id } }`,
      { i: { certificateCode: 'RESIDENCE', alias: '久居证明', reason: '社区反映居民常这样说' } },
      'countyListAdmin',
    );
    const flagged = await ok<{ id: string; screening: { status: string } | null }>(
      `mutation($i: SubmitWorkAccessApplicationInput!) { submitWorkAccessApplication(input: $i) { id screening { status } } }`,
      { i: assistItem('组织社区居民学习特种设备安全知识') },
      'wjOfficer',
    );
    expect(flagged.screening?.status).toBe('FLAGGED');

    const objection = await ok<{ id: string }>(
      `mutation($i: RaiseObjectionInput!) { raiseObjection(input: $i) { id } }`,
      { i: { entryId: `VERIFICATION:${v2.id}`, text: '我没有申请过公共租赁住房' } },
      'resident',
    );
    const v3 = await ok<{ id: string }>(
      VERIFY,
      { i: verificationFor(LINK_RESIDENT_ID, `walk-link-${process.pid}`) },
      'window',
    );
    const a3 = await request(v3.id, LINK_RESIDENT_ID);
    await ok(
      `mutation($i: AnswerAssistInput!) { answerAssistRequest(input: $i) { id } }`,
      { i: { id: a3.id, answer: 'UNABLE', note: '本部门无该人登记' } },
      'mzOfficer',
    );
    const linked = await ok<{ id: string; noticeHash: string }>(
      `mutation($i: OfferCommitmentInput!) { offerCommitment(input: $i) { id noticeHash } }`,
      { i: { verificationId: v3.id, idNumber: LINK_RESIDENT_ID } },
      'window',
    );
    const signLink = await ok<{ token: string }>(
      `mutation($id: ID!) { createCommitmentSignLink(commitmentId: $id) { token } }`,
      { id: linked.id },
      'window',
    );

    return {
      objectionId: objection.id,
      signLink: { token: signLink.token, commitmentId: linked.id, noticeHash: linked.noticeHash },
      today,
      aliasId: alias.id,
      flaggedApplicationId: flagged.id,
      verification: { id: v1.id, idNumber: first, input },
      certificate: { ids: certificate.verifications.map((v) => v.id), input: certificateInput },
      assistId: assist.id,
      commitment: { id: offered.id, verificationId: v2.id, idNumber: second, noticeHash: offered.noticeHash },
      creditRecordId: credit.id,
      applicationId: application.id,
      sourceId: registered.id,
      delegationId: delegation.id,
      issuedCertificateId: issued.id,
    };
  }

  // Every (role the operation admits, stranger of that role) pair.
  function strangersOf(name: string): { role: Role; stranger: Stranger }[] {
    const roles = methods.get(name)?.roles ?? [];
    return roles.flatMap((role) => STRANGERS[role].map((stranger) => ({ role, stranger })));
  }

  beforeAll(async () => {
    t = await startTestApp({ VERIFICATION_SWEEP_MS: '3600000' });
    const { publicKey } = await generateKeyPair('ES256');
    publicKeyJwk = (await exportJWK(publicKey)) as Record<string, unknown>;
    const schema = t.app.get(GraphQLSchemaHost).schema;
    fields = rootFields(schema).map((q) => q.split('.')[1]);
    methods = new Map(rootResolverMethods(t).map((m) => [m.field.split('.')[1], m]));
    f = await fixture();
  }, 60_000);
  afterAll(() => t.close());

  it('says what the scope of every operation is, and of no operation that does not exist', () => {
    expect(Object.keys(CASES).sort()).toEqual([...fields].sort());
    const declaredPublic = [...methods.values()].filter((m) => m.isPublic).map((m) => m.field.split('.')[1]);
    const casePublic = Object.entries(CASES)
      .filter(([, c]) => c.kind === 'public')
      .map(([name]) => name);
    expect(casePublic.sort()).toEqual(declaredPublic.sort());
    for (const [name, c] of Object.entries(CASES)) {
      if (c.kind !== 'public' && c.kind !== 'reference')
        expect([name, strangersOf(name).length > 0]).toEqual([name, true]);
    }
  });

  it('lets the callers in scope reach every record of the fixture (so that the walk can fail)', async () => {
    const misses: string[] = [];
    for (const [name, c] of Object.entries(CASES)) {
      if (c.kind !== 'read') continue;
      for (const doc of c.docs(f)) {
        for (const who of c.insiders) {
          const res = await t.gql(doc.query, doc.variables ?? {}, await insider(who));
          const value = res.data?.[field(doc)];
          if (res.errors || value === null || value === undefined || empty(value))
            misses.push(
              `${name} ${JSON.stringify(doc.variables ?? {})} as ${who}: ${JSON.stringify(res.errors ?? value)}`,
            );
        }
      }
    }
    expect(misses).toEqual([]);
  }, 60_000);

  it('refuses every read outside the caller’s scope, or finds nothing', async () => {
    const leaks: string[] = [];
    for (const [name, c] of Object.entries(CASES)) {
      if (c.kind !== 'read') continue;
      for (const doc of c.docs(f)) {
        for (const { role, stranger } of strangersOf(name)) {
          const res = await t.gql(doc.query, doc.variables ?? {}, await token(role, stranger.claims));
          if (!refused(res) && !(res.errors === undefined && empty(res.data?.[field(doc)])))
            leaks.push(`${name} as ${role} ${stranger.label}: ${JSON.stringify(res.errors ?? res.data)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  it('refuses every mutation of a record outside the caller’s scope, and changes nothing', async () => {
    const leaks: string[] = [];
    for (const [name, c] of Object.entries(CASES)) {
      if (c.kind !== 'write') continue;
      const before = await c.state(f);
      expect([name, before]).not.toEqual([name, null]);
      for (const doc of c.docs(f)) {
        for (const { role, stranger } of strangersOf(name)) {
          const res = await t.gql(doc.query, doc.variables ?? {}, await token(role, stranger.claims));
          if (!refused(res))
            leaks.push(`${name} as ${role} ${stranger.label}: ${JSON.stringify(res.errors ?? res.data)}`);
        }
      }
      if (JSON.stringify(await c.state(f)) !== JSON.stringify(before))
        leaks.push(`${name} changed the fixture's record`);
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  it('lets a caller outside the scope make only records of their own', async () => {
    const leaks: string[] = [];
    let n = 0;
    for (const [name, c] of Object.entries(CASES)) {
      if (c.kind !== 'creates') continue;
      for (const { role, stranger } of strangersOf(name)) {
        const doc = c.doc(f, ++n);
        const res = await t.gql(doc.query, doc.variables ?? {}, await token(role, stranger.claims));
        const made = res.data?.[field(doc)];
        // refused (a stranger whose token cannot act at all), or made a record that is theirs
        if (!refused(res) && !(res.errors === undefined && made && c.own(made, f, stranger.claims)))
          leaks.push(`${name} as ${role} ${stranger.label}: ${JSON.stringify(res.errors ?? res.data)}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  describe('region scope', () => {
    it('gives a township’s overseer its own communities’ records and none of the county departments’', async () => {
      const auditor = await insider('townshipAuditor');
      const res = await t.gql(
        `query { communityChecks { totalCount } formFilings { totalCount } verifications { totalCount }
          auditTrail { totalCount } creditRecords { id } }`,
        {},
        auditor,
      );
      expect(res.errors).toBeUndefined();
      const township = { communityCode: { startsWith: '621022100' } };
      expect(res.data).toEqual({
        communityChecks: { totalCount: await t.db.communityCheck.count({ where: township }) },
        formFilings: { totalCount: await t.db.formFiling.count({ where: township }) },
        verifications: { totalCount: 0 },
        auditTrail: { totalCount: 0 },
        creditRecords: [],
      });
      const county = await t.gql(
        `query($f: BurdenFilter!) { burdenTotals(filter: $f) { communities } }`,
        { f: burden(COUNTY, f) },
        auditor,
      );
      expect(errorCodes(county)).toEqual(['FORBIDDEN']);
      expect(res.data!.communityChecks.totalCount).toBeGreaterThan(0);
    });

    it('refuses an overseer of a region outside the county alike in every list, as burdenTotals does', async () => {
      const outsider = await t.token(Role.AUDITOR, { region: OUTSIDE });
      const res = await Promise.all(
        [
          `query { communityChecks { totalCount } }`,
          `query { formFilings { totalCount } }`,
          `query { creditRecords { id } }`,
          `query($f: BurdenFilter!) { burdenTotals(filter: $f) { communities } }`,
        ].map((q) => t.gql(q, { f: burden(OUTSIDE, f) }, outsider)),
      );
      // burdenTotals first names the region asked for, which is none of the gateway's
      expect(res.map((r) => errorCodes(r))).toEqual([['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN'], ['BAD_USER_INPUT']]);
      expect(res.slice(0, 3).map((r) => r.errors![0].message)).toEqual([
        '登录凭证所载区划不存在',
        '登录凭证所载区划不存在',
        '登录凭证所载区划不存在',
      ]);
      const asked = await t.gql(
        `query($f: BurdenFilter!) { burdenTotals(filter: $f) { communities } }`,
        { f: burden(DONGGUAN, f) },
        outsider,
      );
      expect(asked.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', '登录凭证所载区划不存在'],
      ]);
    });
  });
});

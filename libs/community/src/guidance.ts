import { CheckDecision, CheckReason } from '#gw/catalog';

// What the clerk hands to the resident, in plain Chinese. Every answer says where to go (the
// community's own office, the approval window, the department that does the work) and what the
// window will actually do, as registered today: a fact with an active shared source is checked
// online; one without is asked of its owning department (assist), whatever the catalog's
// disposition hopes for. Every answer ends with the 12345 hotline.

const POLICY_BASIS_PARTS = [
  '《环县开展社区减负专项行动的实施方案》二（五）、四（二）',
  '环民发〔2020〕131号',
  '环民发〔2022〕138号',
];

export const POLICY_BASIS = POLICY_BASIS_PARTS.join('；');

export const HOTLINE = '12345 政务服务便民热线';
const WINDOW = '办理该事项的办事窗口（县政务服务中心或要求提供证明的部门窗口）';
const COMPLAIN = `如办事单位仍要求社区出具证明，可拨打 ${HOTLINE}反映。`;
const NEGATIVE_LIST_TITLE = '《甘肃省不应由社区组织承担的事项指导清单（第一批）》';

// A certificate's own legal basis, followed by whatever of the local policy it does not cite yet.
export function withPolicyBasis(basis: string): string {
  const missing = POLICY_BASIS_PARTS.filter((part) => !basis.includes(part));
  return [basis, ...missing].filter(Boolean).join('；');
}

export interface SharedSource {
  name: string;
  providerName: string;
}

// One fact a certificate stands for, with what is registered for it today.
export interface FactRoute {
  name: string;
  owner: string;
  assistDueHours: number;
  commitmentAllowed: boolean;
  postVerifyDays: number | null;
  sources: SharedSource[];
}

export interface GuidanceCandidate {
  name: string;
  decision: CheckDecision;
  reason: CheckReason;
}

export interface GuidanceInput {
  reason: CheckReason;
  certificate: { name: string; description: string } | null;
  facts: FactRoute[];
  communityName: string;
  negative?: { seq: number; category: string | null; responsible: string | null } | null;
  // AMBIGUOUS: the entries to choose from; NOT_LISTED: entries the words fit a little
  candidates?: GuidanceCandidate[];
  // the resident's words, when they named nothing the matcher recognises
  unrecognised?: string | null;
}

export const REASON_LABEL: Record<CheckReason, string> = {
  [CheckReason.ON_PERMITTED_LIST]: '社区可出具',
  [CheckReason.ABOLISHED]: '已取消，无需提供',
  [CheckReason.DATA_SHARING]: '改由数据共享核验，社区不出具',
  [CheckReason.INTER_DEPARTMENT]: '改由部门间协查，社区不出具',
  [CheckReason.COMMITMENT]: '改由个人告知承诺，社区不出具',
  [CheckReason.NEGATIVE_LIST]: '属于负面清单，社区不得承担',
  [CheckReason.NOT_LISTED]: '不在清单内，社区不得出具',
  [CheckReason.AMBIGUOUS]: '须确认是哪一项',
};

const quote = (s: string) => `“${s}”`;
const list = (items: string[]) => items.join('、');

function sharedPart(f: FactRoute): string {
  return `${quote(f.name)}由窗口通过政务数据共享在线核验（${list(f.sources.map((s) => `${s.name}，${s.providerName}`))}）`;
}

function assistPart(f: FactRoute, unshared: boolean): string {
  const why = unshared ? '目前没有可用的共享数据源，' : '';
  return `${quote(f.name)}${why}由窗口向${f.owner}发起部门间协查核实，一般在 ${f.assistDueHours} 小时内答复`;
}

// What the window does for each fact: online where a source is active, assist where not.
function checks(facts: FactRoute[]): string {
  return facts.map((f) => (f.sources.length > 0 ? sharedPart(f) : assistPart(f, true))).join('；');
}

export function guidanceFor(g: GuidanceInput): string {
  const name = g.certificate ? quote(g.certificate.name) : '该证明';
  const facts = g.facts;
  switch (g.reason) {
    case CheckReason.ON_PERMITTED_LIST:
      return `${name}在社区可出具证明事项清单内。请居民带本人身份证到${g.communityName}居（村）民委员会办理：${g.certificate?.description ?? '社区据实核实后出具'}出具后在系统中登记，证明带编号和签名，办事单位可在线核验。对出具结果有异议的，可拨打 ${HOTLINE}反映。`;
    case CheckReason.ABOLISHED:
      return `${name}已取消，社区不再出具，办事时也无需提供。${g.certificate?.description ?? ''}请居民直接到${WINDOW}办理，告知窗口该证明已取消。${COMPLAIN}`;
    case CheckReason.DATA_SHARING:
      return facts.length === 0
        ? `${name}无需社区出具，请居民带本人身份证直接到${WINDOW}办理，由窗口向主管部门核实。${COMPLAIN}`
        : `${name}无需社区出具。请居民带本人身份证直接到${WINDOW}办理：${checks(facts)}。居民无需往返开具证明。${COMPLAIN}`;
    case CheckReason.INTER_DEPARTMENT: {
      const parts = facts.map((f) => (f.sources.length > 0 ? sharedPart(f) : assistPart(f, false)));
      const commit =
        facts.length > 0 && facts.every((f) => f.commitmentAllowed)
          ? '；仍无法核实的，居民可在窗口签署书面告知承诺'
          : '';
      return `${name}无需社区出具。请居民带本人身份证到${WINDOW}办理：${parts.join('；') || '由窗口向主管部门发起部门间协查'}${commit}。${COMPLAIN}`;
    }
    case CheckReason.COMMITMENT: {
      const shared = facts.filter((f) => f.sources.length > 0);
      const days = Math.max(0, ...facts.map((f) => f.postVerifyDays ?? 0));
      const first = shared.length > 0 ? `窗口先${shared.map(sharedPart).join('；')}；` : '';
      const after = days > 0 ? `办事部门将在 ${days} 天内事后核查，` : '办事部门将事后核查，';
      return `${name}无需社区出具。请居民到${WINDOW}办理：${first}无法核验的，由居民本人在窗口签署书面告知承诺书代替证明，${after}虚假承诺将记入社会信用记录。${COMPLAIN}`;
    }
    case CheckReason.NEGATIVE_LIST: {
      const n = g.negative;
      const item = n ? `第 ${n.seq} 项${n.category ? `“${n.category}”` : ''}` : '';
      const who = n?.responsible ?? '相关主管部门及其执法机构';
      return `该事项属于${NEGATIVE_LIST_TITLE}${item}，社区组织不具有主体资格和专业资质，不得出具或承办。请居民直接找${who}办理。如有单位坚持要求社区出具，可拨打 ${HOTLINE}反映。`;
    }
    case CheckReason.NOT_LISTED: {
      const ask =
        g.unrecognised !== undefined && g.unrecognised !== null
          ? '未能识别居民要的是哪种证明。请先问清：哪个单位要求开证明、用来办理什么事项、证明上要写明什么，再按证明名称重新核对。'
          : '';
      const maybe =
        g.candidates && g.candidates.length > 0
          ? `如居民要的其实是${list(g.candidates.map((c) => quote(c.name)))}，请按该名称重新核对。`
          : '';
      return `${ask}${name}不在社区可出具证明事项清单内，社区不得出具。请居民告诉要求提供证明的单位：按照${POLICY_BASIS_PARTS[0]}，凡能通过数据共享查询核实的信息不得向居民索要证明，未共享的由部门之间协查核实，确实无法核实的可由居民书面告知承诺；请该单位说明要核实的具体事项，由其窗口核实。${maybe}${COMPLAIN}`;
    }
    case CheckReason.AMBIGUOUS: {
      const options = (g.candidates ?? []).map((c) => `${quote(c.name)}（${REASON_LABEL[c.reason]}）`);
      return `居民所说可能是以下 ${options.length} 项证明之一：${list(options)}。请与居民确认要求出具证明的单位和用途，选定后按该证明重新核对；确认之前社区不出具任何证明。如有疑问可拨打 ${HOTLINE}咨询。`;
    }
    default: {
      const unreachable: never = g.reason;
      return unreachable;
    }
  }
}

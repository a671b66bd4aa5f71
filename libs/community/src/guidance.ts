import type { CertificateRow } from '#gw/catalog';
import { CheckReason } from '#gw/catalog';

// What the clerk hands to the resident, in plain Chinese: why the community does not issue it
// and where the fact gets verified instead.

const POLICY_BASIS_PARTS = [
  '《环县开展社区减负专项行动的实施方案》二（五）、四（二）',
  '环民发〔2020〕131号',
  '环民发〔2022〕138号',
];

export const POLICY_BASIS = POLICY_BASIS_PARTS.join('；');

// A certificate's own legal basis, followed by whatever of the local policy it does not cite yet.
export function withPolicyBasis(basis: string): string {
  const missing = POLICY_BASIS_PARTS.filter((part) => !basis.includes(part));
  return [basis, ...missing].filter(Boolean).join('；');
}

function facts(cert: CertificateRow): string {
  return cert.facts.map((f) => f.factType.name).join('、') || '相关信息';
}

function owners(cert: CertificateRow): string {
  const names = [...new Set(cert.facts.map((f) => f.factType.ownerDepartment.name))];
  return names.join('、') || '相关主管部门';
}

export function guidanceFor(
  reason: CheckReason,
  cert: CertificateRow | null,
  negative?: { category: string | null; content: string },
): string {
  const name = cert ? `“${cert.name}”` : '该证明';
  switch (reason) {
    case CheckReason.ON_PERMITTED_LIST:
      return `${name}在本社区可出具证明事项清单内，社区可据实核实后出具，并登记出具记录。`;
    case CheckReason.ABOLISHED:
      return `${name}已取消，办事时无需提供。请告知居民直接到办事窗口办理；如办事单位仍索要，可向县民政局反映。`;
    case CheckReason.DATA_SHARING:
      return `${name}无需社区出具：办事窗口通过政务数据共享平台向${owners(cert!)}核验${facts(cert!)}，居民无需另行开具证明，请直接到办事窗口办理。`;
    case CheckReason.INTER_DEPARTMENT:
      return `${name}无需社区出具：由办事窗口向${owners(cert!)}发起部门间协查，核实${facts(cert!)}，居民无需往返开具证明，请直接到办事窗口办理。`;
    case CheckReason.COMMITMENT:
      return `${name}无需社区出具：居民可在办事窗口签署书面告知承诺书代替证明。承诺须真实，办事部门将事后核查，虚假承诺将被记入社会信用记录。`;
    case CheckReason.NEGATIVE_LIST:
      return `该事项属于《甘肃省不应由社区组织承担的事项指导清单（第一批）》${negative?.category ? `“${negative.category}”` : ''}事项，社区组织不具有主体资格和专业资质，应由相关主管部门及其执法机构办理，社区不予出具。`;
    case CheckReason.NOT_LISTED:
      return `${name}不在社区可出具证明事项清单内，社区不予出具。请居民向要求提供证明的单位说明：凡能通过数据共享查询核实的不得向居民索要，未共享的由部门之间协查，确实无法核实的可采取告知承诺方式。`;
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

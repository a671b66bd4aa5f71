import { CertificateRow, CheckDecision, CheckReason, Disposition, ListVersionRow } from '#gw/catalog';
import { POLICY_BASIS, withPolicyBasis } from './guidance';

export interface CertificateDecision {
  decision: CheckDecision;
  reason: CheckReason;
  legalBasis: string;
}

// What the community may do about one catalog entry, given the permitted list in force: issue it
// if the list holds it, otherwise the disposition says where the fact is checked instead.
export function decisionFor(certificate: CertificateRow, permitted: ListVersionRow): CertificateDecision {
  const disposition = certificate.disposition as Disposition;
  if (disposition === Disposition.COMMUNITY_PERMITTED) {
    const item = permitted.items.find((i) => i.certificateCode === certificate.code);
    return item
      ? { decision: CheckDecision.ALLOWED, reason: CheckReason.ON_PERMITTED_LIST, legalBasis: item.legalBasis }
      : { decision: CheckDecision.REFUSED, reason: CheckReason.NOT_LISTED, legalBasis: POLICY_BASIS };
  }
  return {
    decision: CheckDecision.REFUSED,
    reason: CheckReason[disposition],
    legalBasis: withPolicyBasis(certificate.legalBasis),
  };
}

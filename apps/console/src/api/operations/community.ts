import { graphql } from '../../gql';

export const CheckCertificateMutation = graphql(`
  mutation CheckCertificate($input: CheckCommunityCertificateInput!) {
    checkCommunityCertificate(input: $input) {
      id
      certificateInput
      decision
      reason
      guidance
      legalBasis
      checkedAt
      community {
        code
        name
      }
      certificateType {
        code
        name
        disposition
      }
      listVersion {
        kind
        version
        title
      }
      negativeListItem {
        seq
        category
        content
        reason
      }
      candidates {
        code
        name
        decision
        reason
        matchedOn
        explanation
      }
    }
  }
`);

export const IssuedCertificateFields = graphql(`
  fragment IssuedCertificateFields on IssuedCertificate {
    id
    serial
    communityCode
    certificateCode
    subjectMasked
    purpose
    content
    qr
    status
    issuedAt
    revokedAt
    revokeReason
  }
`);

export const IssueCertificateMutation = graphql(`
  mutation IssueCertificate($input: IssueCommunityCertificateInput!) {
    issueCommunityCertificate(input: $input) {
      ...IssuedCertificateFields
    }
  }
`);

export const IssuedCertificatesQuery = graphql(`
  query IssuedCertificates($filter: IssuedCertificateFilter, $first: Int, $after: String) {
    issuedCertificates(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...IssuedCertificateFields
      }
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($id: ID!, $reason: String!) {
    revokeCommunityCertificate(id: $id, reason: $reason) {
      ...IssuedCertificateFields
    }
  }
`);

export const RecordFormFilingMutation = graphql(`
  mutation RecordFormFiling($input: RecordFormFilingInput!) {
    recordFormFiling(input: $input) {
      id
      formName
      period
      filedAt
    }
  }
`);

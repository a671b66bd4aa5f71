import { graphql } from '../../gql';

export const VerificationFields = graphql(`
  fragment VerificationFields on Verification {
    id
    factType
    certificateCode
    matter
    purpose
    subjectMasked
    claim
    communityCode
    status
    outcome
    route
    nextRoute
    fallbackRoutes
    reason
    retryAfter
    source
    recordAsOf
    receipt
    requesterDepartment
    createdAt
    finishedAt
    ownerDepartment {
      code
      name
    }
    attempts {
      id
      route
      source
      outcome
      latencyMs
      reason
      recordAsOf
      startedAt
    }
  }
`);

export const VerifyFactMutation = graphql(`
  mutation VerifyFact($input: VerifyFactInput!) {
    verifyFact(input: $input) {
      ...VerificationFields
    }
  }
`);

export const VerifyCertificateMutation = graphql(`
  mutation VerifyCertificate($input: VerifyCertificateInput!) {
    verifyCertificate(input: $input) {
      outcome
      certificate {
        code
        name
      }
      verifications {
        ...VerificationFields
      }
    }
  }
`);

export const VerificationQuery = graphql(`
  query Verification($id: ID!) {
    verification(id: $id) {
      ...VerificationFields
    }
  }
`);

export const VerificationsQuery = graphql(`
  query Verifications($filter: VerificationFilter, $first: Int, $after: String) {
    verifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        factType
        matter
        subjectMasked
        status
        outcome
        route
        nextRoute
        source
        createdAt
      }
    }
  }
`);

export const RequestAssistMutation = graphql(`
  mutation RequestAssist($input: RequestAssistInput!) {
    requestAssist(input: $input) {
      id
      kind
      toDepartment
      dueAt
      status
    }
  }
`);

export const VerificationAssistsQuery = graphql(`
  query VerificationAssists($verificationId: ID!) {
    assistRequests(filter: { verificationId: $verificationId }, first: 20) {
      nodes {
        id
        kind
        verificationId
        toDepartment
        status
        answer
        note
        dueAt
        createdAt
        closedAt
      }
    }
  }
`);

export const CancelAssistMutation = graphql(`
  mutation CancelAssist($id: ID!, $reason: String!) {
    cancelAssistRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RecordManualCheckMutation = graphql(`
  mutation RecordManualCheck($input: RecordManualCheckInput!) {
    recordManualCheck(input: $input) {
      ...VerificationFields
    }
  }
`);
